// @ts-check
// `npm run bench:load`: a class opening one annotated reading at once, on a
// production build (issue 12). The sample article carries ANNOTATIONS (1,500)
// annotations shared with everyone by ACCOUNTS (30) accounts; autocannon
// then loads, for --duration seconds each (10):
//   reader page /documents/{id}                       at 20 and 50 connections
//   GET /api/documents/{id}/annotations, first load   at 20 and 50
//   the same, a reload with If-None-Match (304)       at 50
//   POST /api/documents/{id}/annotations              at 10
//   GET /api/documents                                at 50
// and prints req/s, p50, p95 and p99 per row (medians of --runs runs, 3), the
// cores' idle share and the hypervisor's steal (scripts/bench/cpu-time.mjs),
// with raw Prisma inserts a second on the same database measured in the same
// run (one create after another from one client) beside POST annotation.
// Requests rotate over the 30 accounts, and ask for gzip as browsers do.
//
//   npm run bench:load                      # PGlite, then PostgreSQL if its binaries are installed
//   npm run bench:load -- --db pglite --runs 1 --duration 5
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:load -- --db pglite --only page,list
//   npm run bench:load -- --instances 2     # two instances on one throwaway PostgreSQL, the
//                                           # connections of each row split between them; checks
//                                           # that a change made on one reaches a reader on the other
//
// Builds or starts the production server: run it under `flock /tmp/e2e.lock`.
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { findPostgresBinDir } from "../tests/support/postgres-cluster.mjs";
import { median } from "./bench/bench-server.mjs";
import { prismaInsertsPerSecond } from "./bench/prisma-inserts.mjs";
import {
  CLASS_ACCOUNTS as ACCOUNTS,
  CLASS_ANNOTATIONS as ANNOTATIONS,
  seedClass,
  targetAt,
} from "./bench/seed-class.mjs";
import { quantile } from "./bench/quantile.mjs";
import { option } from "./bench/option.mjs";
import { startClassServers } from "./bench/class-servers.mjs";
import { liveUpdateCrossesInstances } from "./bench/live-across-instances.mjs";
import { eventLogSize } from "./bench/event-log-size.mjs";
import { databaseConnections } from "./bench/database-connections.mjs";
import { cpuShares, cpuTime } from "./bench/cpu-time.mjs";

const PORT = 3165;

const RUNS = Number(option("runs", "3"));
const DURATION = Number(option("duration", "10"));
const INSTANCES = Number(option("instances", "1"));
// Several instances share one database server: PGlite is one process's alone.
const DATABASES = option("db", INSTANCES > 1 ? "postgres" : findPostgresBinDir() ? "pglite,postgres" : "pglite").split(
  ",",
);
const ONLY = option("only", "").split(",").filter(Boolean);

/**
 * One autocannon run of `load.path` on every server in `bases` at once, its
 * connections split evenly between them (as a load balancer spreading
 * connections round robin would); each request carries the next account's
 * cookie, and a POST its server's own Origin.
 * @param {string[]} bases
 * @param {{ path: string, connections: number, cookies: string[], method?: "GET" | "POST", headers?: Record<string, string>, body?: (i: number) => string }} load
 */
async function cannon(bases, load) {
  let n = 0;
  /** @type {number[]} */
  const latencies = [];
  const statuses = new Map();
  const runs = bases.map((base, b) => {
    const instance = autocannon({
      url: `${base}${load.path}`,
      connections: Math.floor(load.connections / bases.length) + (b < load.connections % bases.length ? 1 : 0),
      duration: DURATION,
      requests: [
        {
          method: load.method ?? "GET",
          setupRequest(request) {
            const i = n++;
            return {
              ...request,
              headers: {
                ...request.headers,
                ...load.headers,
                ...(load.method === "POST" ? { origin: base } : {}),
                cookie: load.cookies[i % load.cookies.length],
                "accept-encoding": "gzip",
              },
              ...(load.body ? { body: load.body(i) } : {}),
            };
          },
        },
      ],
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    return instance;
  });
  const before = cpuTime();
  const errors = (await Promise.all(runs)).reduce((sum, result) => sum + result.errors, 0);
  const shares = cpuShares(before, cpuTime());
  return {
    idle: shares?.idle ?? NaN,
    steal: shares?.steal ?? NaN,
    rps: latencies.length / DURATION,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    statuses: [...[...statuses].map(([status, count]) => `${status}×${count}`), `errors×${errors}`].join(" "),
  };
}

async function benchDatabase(/** @type {"pglite" | "postgres"} */ kind) {
  const dir = `tests/.tmp/bench-load-pglite`;
  fs.rmSync(dir, { recursive: true, force: true });
  const servers = await startClassServers({ kind, dir, instances: INSTANCES, port: PORT });
  const { bases } = servers;
  const base = bases[0];
  const label = bases.length > 1 ? `${kind}, ${bases.length} instances` : kind;
  console.log(`\n${label}: seeding ${ANNOTATIONS} annotations from ${ACCOUNTS} accounts…`);
  const seeded = await seedClass(base);
  const cookies = seeded.students;
  const listPath = `/api/documents/${seeded.sampleId}/annotations`;
  const listUrl = `${base}${listPath}`;
  const probe = await fetch(listUrl, { headers: { cookie: cookies[0] } });
  const etag = probe.headers.get("etag");
  const { annotations } = await probe.json();
  const listed = annotations.length;
  if (listed < ANNOTATIONS) throw new Error(`the list holds ${listed} annotations, not ${ANNOTATIONS}`);
  // Every account's tag: the reload row sends each account its own.
  const tags = await Promise.all(
    cookies.map(async (cookie) => (await fetch(listUrl, { headers: { cookie } })).headers.get("etag") ?? ""),
  );
  /** @type {{ key: string, name: string, load: Parameters<typeof cannon>[1] }[]} */
  const rows = [
    {
      key: "page",
      name: "reader page, c=20",
      load: { path: `/documents/${seeded.sampleId}`, connections: 20, cookies },
    },
    {
      key: "page",
      name: "reader page, c=50",
      load: { path: `/documents/${seeded.sampleId}`, connections: 50, cookies },
    },
    {
      key: "list",
      name: "GET annotations (1,500), first load, c=20",
      load: { path: listPath, connections: 20, cookies },
    },
    {
      key: "list",
      name: "GET annotations (1,500), first load, c=50",
      load: { path: listPath, connections: 50, cookies },
    },
    {
      key: "reload",
      name: `GET annotations, reload If-None-Match, c=50${etag ? "" : " (no ETag)"}`,
      // One account's cookie with its own tag: the cookie rotation would mismatch tags.
      load: { path: listPath, connections: 50, cookies: [cookies[0]], headers: { "if-none-match": tags[0] } },
    },
    {
      key: "post",
      name: "POST annotation, c=10",
      load: {
        path: listPath,
        connections: 10,
        cookies,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: (i) =>
          JSON.stringify({
            kind: "note",
            visibility: "everyone",
            comment: `load ${i}`,
            target: targetAt(seeded.plainText, i),
          }),
      },
    },
    {
      key: "documents",
      name: "GET /api/documents, c=50",
      load: { path: "/api/documents", connections: 50, cookies },
    },
  ].filter((row) => ONLY.length === 0 || ONLY.includes(row.key));

  const results = [];
  // Next loads each route's code on its first request: warm every route once, uncounted.
  for (const row of rows)
    for (const at of bases)
      if (row.load.method !== "POST") await fetch(`${at}${row.load.path}`, { headers: { cookie: cookies[1] } });
  for (const row of rows) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await cannon(bases, row.load));
    results.push({
      name: row.name,
      rps: median(runs.map((run) => run.rps)),
      p50: median(runs.map((run) => run.p50)),
      p95: median(runs.map((run) => run.p95)),
      p99: median(runs.map((run) => run.p99)),
      idle: median(runs.map((run) => run.idle)),
      steal: Math.max(...runs.map((run) => run.steal)),
      statuses: runs.at(-1)?.statuses ?? "",
    });
    console.log(`  ${row.name}: ${results.at(-1)?.rps.toFixed(0)} req/s`);
  }
  const crossing =
    bases.length > 1
      ? await liveUpdateCrossesInstances({
          writerBase: bases[0],
          readerBase: bases[1],
          cookie: cookies[0],
          documentId: seeded.sampleId,
          target: targetAt(seeded.plainText, 0),
        })
      : null;

  const connections = servers.database.kind === "postgres" ? await databaseConnections(servers.database.url) : null;
  // Every annotation made (seeding, the POST row) appended to the event log: its growth per change.
  const eventLog = servers.database.kind === "postgres" ? await eventLogSize(servers.database.url) : null;
  const authorId = annotations[0].author.id;
  // Measured with the servers stopped: PGlite's directory is one process's alone.
  if (servers.database.kind === "pglite") await servers.stop();
  const inserts =
    ONLY.length === 0 || ONLY.includes("post")
      ? await prismaInsertsPerSecond(servers.database, {
          documentId: seeded.sampleId,
          authorId: /** @type {string} */ (authorId),
        })
      : NaN;
  if (servers.database.kind === "postgres") await servers.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  return { kind: label, results, inserts, crossing, eventLog, connections };
}

const reports = [];
for (const kind of DATABASES) reports.push(await benchDatabase(/** @type {"pglite" | "postgres"} */ (kind)));

console.log(
  `\nbench:load — ${os.cpus().length} cores, Node ${process.version}; medians of ${RUNS} run(s) of ${DURATION} s; ` +
    `the sample with ${ANNOTATIONS} annotations shared by ${ACCOUNTS} accounts`,
);
for (const { kind, results, inserts, crossing, eventLog, connections } of reports) {
  console.log(`\n${kind}`);
  console.log(
    `${"request".padEnd(56)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}` +
      ` ${"idle %".padStart(7)} ${"steal %".padStart(8)}  statuses`,
  );
  for (const r of results) {
    const cells = [r.rps, r.p50, r.p95, r.p99, r.idle, r.steal].map((v) => v.toFixed(0).padStart(7));
    console.log(
      `${r.name.padEnd(56)} ${cells[0]} ${cells[1].padStart(8)} ${cells[2].padStart(8)} ${cells[3].padStart(8)}` +
        ` ${cells[4]} ${cells[5].padStart(8)}  ${r.statuses}`,
    );
  }
  console.log(
    `idle %: the median run's share of the ${os.cpus().length} cores' time left idle; ` +
      "steal %: the most the hypervisor took for other guests in any run of the row",
  );
  if (!Number.isNaN(inserts)) {
    const post = results.find((r) => r.name.startsWith("POST"));
    const ratio = post ? ` (POST annotation = ${(post.rps / inserts).toFixed(2)}× of it)` : "";
    console.log(`raw Prisma inserts, one client: ${inserts.toFixed(0)}/s${ratio}`);
  }
  if (connections)
    console.log(
      `database connections open right after the load: ${connections.open} ` +
        `(max_connections ${connections.max}, ${connections.reserved} reserved for superusers)`,
    );
  if (eventLog)
    console.log(
      `event log: ${eventLog.rows} rows, ${(eventLog.totalBytes / 1024).toFixed(0)} kB with its index ` +
        `(${(eventLog.totalBytes / eventLog.rows).toFixed(0)} bytes a row on disk, ${eventLog.rowBytes.toFixed(0)} as stored); pruned beyond 24 h and each document's last 100 (bench:prune)`,
    );
  if (crossing !== null) console.log(`live update made on instance 1 reached a reader on instance 2 in ${crossing} ms`);
}
process.exit(0);
