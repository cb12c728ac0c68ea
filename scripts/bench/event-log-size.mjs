// @ts-check
import pg from "pg";

/**
 * The size of the DocumentEvent log on the PostgreSQL server at `url`: its
 * rows, the bytes it takes on disk with its index (after VACUUM, so dead
 * space does not count), and a row's average size as stored.
 * @param {string} url
 */
export async function eventLogSize(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum analyze "DocumentEvent"');
    const { rows } = await client.query(`
      select count(*)::int as rows,
        pg_total_relation_size('"DocumentEvent"')::bigint as "totalBytes",
        coalesce(avg(pg_column_size(e.*)), 0)::float as "rowBytes"
      from "DocumentEvent" e`);
    const { rows: count, totalBytes, rowBytes } = rows[0];
    return {
      rows: /** @type {number} */ (count),
      totalBytes: Number(totalBytes),
      rowBytes: /** @type {number} */ (rowBytes),
    };
  } finally {
    await client.end();
  }
}
