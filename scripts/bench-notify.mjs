// @ts-check
// `npm run bench:notify`: how many notifications a second one PostgreSQL
// server delivers to LISTENERS (2) listening connections — the ceiling of
// live updates across app instances (each instance LISTENs on one connection
// of its own, lib/db/change-listener.ts). SENDERS (4) connections send
// COUNT (20,000) notifications shaped like Warrant's (channel
// warrant_events, payload "<document id>:<seq>"), one per transaction as
// each change sends its own; timed from the first send until every listener
// has heard the last. Prints notifications/s sent and delivered, on a
// throwaway server started like the integration tests' (fsync off).
//
//   npm run bench:notify
//   npm run bench:notify -- --listeners 4 --senders 8 --count 50000
import os from "node:os";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { startPostgresCluster } from "../tests/support/postgres-cluster.mjs";
import { option } from "./bench/option.mjs";

const LISTENERS = Number(option("listeners", "2"));
const SENDERS = Number(option("senders", "4"));
const COUNT = Number(option("count", "20000"));
const CHANNEL = "warrant_events";

const cluster = await startPostgresCluster();
try {
  const documentId = randomUUID();
  const listeners = await Promise.all(
    Array.from({ length: LISTENERS }, async () => {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      let heard = 0;
      /** @type {() => void} */
      let done = () => {};
      const all = new Promise((resolve) => (done = () => resolve(undefined)));
      client.on("notification", () => {
        if (++heard === COUNT) done();
      });
      await client.query(`listen ${CHANNEL}`);
      return { client, all, heard: () => heard };
    }),
  );
  const senders = await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      return client;
    }),
  );

  const began = performance.now();
  let next = 0;
  await Promise.all(
    senders.map(async (client) => {
      // Every payload differs: PostgreSQL folds identical ones sent in one transaction.
      for (let seq = next++; seq < COUNT; seq = next++)
        await client.query("select pg_notify($1, $2)", [CHANNEL, `${documentId}:${seq}`]);
    }),
  );
  const sent = performance.now() - began;
  await Promise.all(listeners.map((listener) => listener.all));
  const delivered = performance.now() - began;

  console.log(`bench:notify — ${os.cpus().length} cores, Node ${process.version}; one PostgreSQL server`);
  console.log(
    `${COUNT} notifications from ${SENDERS} connections, one per transaction: sent in ${sent.toFixed(0)} ms ` +
      `(${((COUNT / sent) * 1000).toFixed(0)}/s)`,
  );
  console.log(
    `every one heard by each of ${LISTENERS} listeners in ${delivered.toFixed(0)} ms: ` +
      `${((COUNT / delivered) * 1000).toFixed(0)} notifications/s delivered to each ` +
      `(${(((COUNT * LISTENERS) / delivered) * 1000).toFixed(0)}/s in all)`,
  );
  await Promise.all([...senders, ...listeners.map((listener) => listener.client)].map((client) => client.end()));
} finally {
  await cluster.stop();
}
