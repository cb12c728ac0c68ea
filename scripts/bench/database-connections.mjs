// @ts-check
import pg from "pg";

/**
 * The connections open to the PostgreSQL server at `url` besides the one
 * asking (the app instances' pools and LISTEN connections, still open right
 * after a load: a pool closes an idle connection only after 10 s), and the
 * server's max_connections.
 * @param {string} url
 */
export async function databaseConnections(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      select (select count(*)::int from pg_stat_activity
              where backend_type = 'client backend' and pid <> pg_backend_pid()) as open,
        current_setting('max_connections')::int as max,
        current_setting('superuser_reserved_connections')::int as reserved`);
    return /** @type {{ open: number, max: number, reserved: number }} */ (rows[0]);
  } finally {
    await client.end();
  }
}
