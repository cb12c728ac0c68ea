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
// and prints req/s, p50, p95 and p99 per row (medians of --runs runs, 3),
// with raw Prisma inserts a second on the same database measured in the same
// run (one create after another from one client) beside POST annotation.
// Requests rotate over the 30 accounts, and ask for gzip as browsers do.
//
//   npm run bench:load                      # PGlite, then PostgreSQL if its binaries are installed
//   npm run bench:load -- --db pglite --runs 1 --duration 5
//   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:load -- --db pglite --only page,list
//
// Builds or starts the production server: run it under `flock /tmp/e2e.lock`.
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { signInNewAccount } from "./bench/sign-in-account.mjs";
import { startPostgresCluster, findPostgresBinDir } from "../tests/support/postgres-cluster.mjs";
import { median, spawnWarrant } from "./bench/bench-server.mjs";
import { prismaInsertsPerSecond } from "./bench/prisma-inserts.mjs";

const ANNOTATIONS = 1_500;
const ACCOUNTS = 30;
const PORT = 3165;

/** `--name value` from the command line, or `fallback`. @param {string} name @param {string} fallback */
function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const RUNS = Number(option("runs", "3"));
const DURATION = Number(option("duration", "10"));
const DATABASES = option("db", findPostgresBinDir() ? "pglite,postgres" : "pglite").split(",");
const ONLY = option("only", "").split(",").filter(Boolean);

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * Starts the server with `env` (the database to use) and the write limits
 * off: seeding makes 1,500 annotations in seconds, far past them.
 * @param {Record<string, string>} env
 */
async function startServer(env) {
  const server = await spawnWarrant({
    PORT: String(PORT),
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    WARRANT_WRITE_LIMITS: "off",
    ...env,
  });
  // An address, not "localhost": autocannon tried ::1 first, where Next does not listen.
  return { base: `http://127.0.0.1:${PORT}`, stop: server.stop };
}

/** The `i`-th annotation's target: a 30-character span starting at a word, spread over the text. */
function targetAt(/** @type {string} */ text, /** @type {number} */ i) {
  let start = Math.floor(((i * 7919) % ANNOTATIONS) * ((text.length - 40) / ANNOTATIONS));
  while (start > 0 && text[start - 1] !== " ") start--;
  const end = Math.min(text.length, start + 30);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

/** Runs `count` promises made by `make`, `width` at a time. */
async function inBatches(
  /** @type {number} */ count,
  /** @type {number} */ width,
  /** @type {(i: number) => Promise<void>} */ make,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await make(next++);
    }),
  );
}

/** The sample article with its class: 30 accounts sharing 1,500 annotations with everyone. */
async function seed(/** @type {string} */ base) {
  const students = [];
  for (let n = 0; n < ACCOUNTS; n++) students.push(await signInNewAccount(base, `Student ${n}`));
  const library = await (await fetch(`${base}/api/documents`, { headers: { cookie: students[0] } })).json();
  const sampleId = library.documents.find((/** @type {{ role: string }} */ d) => d.role !== "owner").id;
  const { document } = await (
    await fetch(`${base}/api/documents/${sampleId}`, { headers: { cookie: students[0] } })
  ).json();
  await inBatches(ANNOTATIONS, 10, async (i) => {
    const response = await fetch(`${base}/api/documents/${sampleId}/annotations`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: students[i % ACCOUNTS] },
      body: JSON.stringify({
        kind: "claim",
        visibility: "everyone",
        comment: `note ${i}`,
        target: targetAt(document.plainText, i),
      }),
    });
    if (response.status !== 201) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  });
  return { students, sampleId, plainText: /** @type {string} */ (document.plainText) };
}

/**
 * One autocannon run; each request carries the next account's cookie.
 * @param {{ url: string, connections: number, cookies: string[], method?: "GET" | "POST", headers?: Record<string, string>, body?: (i: number) => string }} load
 */
async function cannon(load) {
  let n = 0;
  const latencies = [];
  const statuses = new Map();
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
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
  const result = await instance;
  return {
    rps: latencies.length / DURATION,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    statuses: [...[...statuses].map(([status, count]) => `${status}×${count}`), `errors×${result.errors}`].join(" "),
  };
}

async function benchDatabase(/** @type {"pglite" | "postgres"} */ kind) {
  const dir = `tests/.tmp/bench-load-pglite`;
  fs.rmSync(dir, { recursive: true, force: true });
  const cluster = kind === "postgres" ? await startPostgresCluster() : null;
  const server = await startServer(
    cluster ? { DATABASE_URL: cluster.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: dir },
  );
  const { base } = server;
  console.log(`\n${kind}: seeding ${ANNOTATIONS} annotations from ${ACCOUNTS} accounts…`);
  const seeded = await seed(base);
  const cookies = seeded.students;
  const listUrl = `${base}/api/documents/${seeded.sampleId}/annotations`;
  const probe = await fetch(listUrl, { headers: { cookie: cookies[0] } });
  const etag = probe.headers.get("etag");
  const { annotations } = await probe.json();
  const listed = annotations.length;
  if (listed < ANNOTATIONS) throw new Error(`the list holds ${listed} annotations, not ${ANNOTATIONS}`);
  // Every account's tag: the reload row sends each account its own.
  const tags = await Promise.all(
    cookies.map(async (cookie) => (await fetch(listUrl, { headers: { cookie } })).headers.get("etag") ?? ""),
  );
  /** @type {{ key: string, name: string, load: Parameters<typeof cannon>[0] }[]} */
  const rows = [
    {
      key: "page",
      name: "reader page, c=20",
      load: { url: `${base}/documents/${seeded.sampleId}`, connections: 20, cookies },
    },
    {
      key: "page",
      name: "reader page, c=50",
      load: { url: `${base}/documents/${seeded.sampleId}`, connections: 50, cookies },
    },
    {
      key: "list",
      name: "GET annotations (1,500), first load, c=20",
      load: { url: listUrl, connections: 20, cookies },
    },
    {
      key: "list",
      name: "GET annotations (1,500), first load, c=50",
      load: { url: listUrl, connections: 50, cookies },
    },
    {
      key: "reload",
      name: `GET annotations, reload If-None-Match, c=50${etag ? "" : " (no ETag)"}`,
      // One account's cookie with its own tag: the cookie rotation would mismatch tags.
      load: { url: listUrl, connections: 50, cookies: [cookies[0]], headers: { "if-none-match": tags[0] } },
    },
    {
      key: "post",
      name: "POST annotation, c=10",
      load: {
        url: listUrl,
        connections: 10,
        cookies,
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
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
      load: { url: `${base}/api/documents`, connections: 50, cookies },
    },
  ].filter((row) => ONLY.length === 0 || ONLY.includes(row.key));

  const results = [];
  // Next loads each route's code on its first request: warm every route once, uncounted.
  for (const row of rows)
    if (row.load.method !== "POST") await fetch(row.load.url, { headers: { cookie: cookies[1] } });
  for (const row of rows) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await cannon(row.load));
    results.push({
      name: row.name,
      rps: median(runs.map((run) => run.rps)),
      p50: median(runs.map((run) => run.p50)),
      p95: median(runs.map((run) => run.p95)),
      p99: median(runs.map((run) => run.p99)),
      statuses: runs.at(-1)?.statuses ?? "",
    });
    console.log(`  ${row.name}: ${results.at(-1)?.rps.toFixed(0)} req/s`);
  }
  await server.stop();

  const authorId = annotations[0].author.id;
  const inserts =
    ONLY.length === 0 || ONLY.includes("post")
      ? await prismaInsertsPerSecond(cluster ? { kind: "postgres", url: cluster.url } : { kind: "pglite", dir }, {
          documentId: seeded.sampleId,
          authorId: /** @type {string} */ (authorId),
        })
      : NaN;
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  return { kind, results, inserts };
}

const reports = [];
for (const kind of DATABASES) reports.push(await benchDatabase(/** @type {"pglite" | "postgres"} */ (kind)));

console.log(
  `\nbench:load — ${os.cpus().length} cores, Node ${process.version}; medians of ${RUNS} run(s) of ${DURATION} s; ` +
    `the sample with ${ANNOTATIONS} annotations shared by ${ACCOUNTS} accounts`,
);
for (const { kind, results, inserts } of reports) {
  console.log(`\n${kind}`);
  console.log(
    `${"request".padEnd(56)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses`,
  );
  for (const r of results) {
    const cells = [r.rps, r.p50, r.p95, r.p99].map((v) => v.toFixed(0).padStart(7));
    console.log(
      `${r.name.padEnd(56)} ${cells[0]} ${cells[1].padStart(8)} ${cells[2].padStart(8)} ${cells[3].padStart(8)}  ${r.statuses}`,
    );
  }
  if (!Number.isNaN(inserts)) {
    const post = results.find((r) => r.name.startsWith("POST"));
    const ratio = post ? ` (POST annotation = ${(post.rps / inserts).toFixed(2)}× of it)` : "";
    console.log(`raw Prisma inserts, one client: ${inserts.toFixed(0)}/s${ratio}`);
  }
}
process.exit(0);
