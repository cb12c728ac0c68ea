// @ts-check
// How fast the event log is pruned (lib/db/prune-events.ts): a log of
// 100,000 old events over 50 documents, plus 10 documents of recent ones,
// pruned batch by batch with the default retention; prints rows a second,
// the time of each batch (on PGlite an open transaction holds up every other
// query of the process: a batch's time is the longest a request waits on
// it), and the cost of a run that finds nothing to prune.
// Usage: node scripts/bench-prune.mjs [--rows 100000] [--batch 2000]
//   On PostgreSQL: node scripts/with-postgres.mjs node scripts/bench-prune.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createJiti } from "jiti";
import { option } from "./bench/option.mjs";
import { quantile } from "./bench/quantile.mjs";

const jiti = createJiti(import.meta.url, {
  alias: { "server-only": path.resolve(import.meta.dirname, "../node_modules/server-only/empty.js") },
});
const rows = Number(option("rows", "100000"));
const batchSize = Number(option("batch", "2000"));
const oldDocuments = 50;
const recentDocuments = 10;
const recentPerDocument = 1_000;

const { createPrismaClient } = /** @type {typeof import("../lib/db/client.ts")} */ (
  await jiti.import("../lib/db/client.ts")
);
const { pruneEventBatch, pruneEvents } = /** @type {typeof import("../lib/db/prune-events.ts")} */ (
  await jiti.import("../lib/db/prune-events.ts")
);
const { DEFAULT_EVENT_RETENTION } = /** @type {typeof import("../lib/realtime/event-retention.ts")} */ (
  await jiti.import("../lib/realtime/event-retention.ts")
);
const { closePglite, openPglite } = await import("../lib/db/pglite-instance.mjs");

const migrations = fs
  .readdirSync("prisma/migrations")
  .filter((name) => fs.existsSync(path.join("prisma/migrations", name, "migration.sql")))
  .sort()
  .map((name) => fs.readFileSync(path.join("prisma/migrations", name, "migration.sql"), "utf8"));

/** @type {import("../lib/db/database-config.mjs").DatabaseConfig} */
let config;
let dir = null;
if (process.env.DATABASE_URL) {
  config = { kind: "postgres", url: process.env.DATABASE_URL };
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows: found } = await client.query(`select to_regclass('"DocumentEvent"') as t`);
  if (!found[0].t) for (const sql of migrations) await client.query(sql);
  await client.end();
} else {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "warrant-bench-prune-"));
  const pglite = openPglite(dir);
  for (const sql of migrations) await pglite.exec(sql);
  config = { kind: "pglite", dir };
}
const db = createPrismaClient(config);

try {
  const [user] = await db.$queryRaw`
    insert into "User" (id, email, name) values (gen_random_uuid(), ${`prune-${Date.now()}@bench.test`}, 'Bench')
    returning id::text as id`;
  const documents = async (count, perDocument, ageHours) => {
    const ids = [];
    for (let i = 0; i < count; i++) {
      const [document] = await db.$queryRaw`
        insert into "Document" (id, "ownerId", title, content, "plainText", "sourceFormat", "eventSeq", "updatedAt")
        values (gen_random_uuid(), ${user.id}::uuid, 'Bench', '{}'::jsonb, '', 'text', ${perDocument}, now())
        returning id::text as id`;
      // Rows as the change path writes them: an annotation's id and its audiences before and after.
      await db.$executeRaw`
        insert into "DocumentEvent" ("documentId", seq, kind, "entityId", audiences, "actorId", "createdAt")
        select ${document.id}::uuid, g, 'annotation', gen_random_uuid(),
          jsonb_build_array(jsonb_build_object('authorId', ${user.id}::text, 'visibility', 'everyone', 'groupId', null),
            jsonb_build_object('authorId', ${user.id}::text, 'visibility', 'everyone', 'groupId', null)),
          ${user.id}::uuid, now() - make_interval(hours => ${ageHours}) + g * interval '1 ms'
        from generate_series(1, ${perDocument}) g`;
      ids.push(document.id);
    }
    return ids;
  };
  const started = performance.now();
  await documents(oldDocuments, Math.round(rows / oldDocuments), 48);
  await documents(recentDocuments, recentPerDocument, 1);
  const total = await db.documentEvent.count();
  console.log(
    `${config.kind}: ${total} events (${rows} two days old over ${oldDocuments} documents, ` +
      `${recentDocuments * recentPerDocument} recent) made in ${Math.round(performance.now() - started)} ms; ` +
      `${os.cpus().length} cores`,
  );

  const retention = { ...DEFAULT_EVENT_RETENTION, batch: batchSize };
  const times = [];
  let deleted = 0;
  const pruneStarted = performance.now();
  for (;;) {
    const t = performance.now();
    const count = await pruneEventBatch(db, retention);
    times.push(performance.now() - t);
    deleted += count ?? 0;
    if (count === null || count < retention.batch) break;
  }
  const seconds = (performance.now() - pruneStarted) / 1000;
  const expected = rows - oldDocuments * retention.keepPerDocument;
  console.log(
    `pruned ${deleted} (expected ${expected}) in ${times.length} batches of ≤ ${retention.batch}: ` +
      `${Math.round(deleted / seconds)} rows/s; batch ms p50 ${quantile(times, 0.5).toFixed(1)}, ` +
      `p95 ${quantile(times, 0.95).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`,
  );
  const idle = [];
  for (let i = 0; i < 5; i++) idle.push((await pruneEvents(db, retention)).ms);
  console.log(
    `a run with nothing to prune (${oldDocuments + recentDocuments} documents): p50 ${quantile(idle, 0.5).toFixed(1)} ms`,
  );
  console.log(`left: ${await db.documentEvent.count()} events`);
} finally {
  await db.$disconnect();
  await closePglite();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
