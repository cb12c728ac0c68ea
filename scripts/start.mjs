// @ts-check
// `npm start`: check the database, migrate it if needed, build if needed, then
// serve Warrant. `npm run dev` does the same with Next's dev server.
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { stampPeerAddress } from "../lib/auth/peer-address.mjs";
import { databaseConfigFromEnv, redactDatabaseUrl } from "../lib/db/database-config.mjs";
import { lockDataDir } from "../lib/db/data-dir-lock.mjs";
import { closePglite, openPglite } from "../lib/db/pglite-instance.mjs";
import { buildIfNeeded } from "./start/build-if-needed.mjs";
import { pendingMigrations } from "./start/pending-migrations.mjs";
import { run, stopChildren } from "./start/run.mjs";
import { resolveServerEnv } from "./start/server-env.mjs";
import { sharedSecretWarning } from "./start/shared-secret-warning.mjs";
import { staticAssets } from "./start/static-assets.mjs";
import { restoreRouteEncoding } from "../lib/http/route-encoding.mjs";

const dev = process.argv.includes("--dev");
/** How long a stop waits for requests in flight (and a migration) to finish. */
const DRAIN_MS = 10_000;

/** Prints one line and exits: start-up problems must be readable, not stack traces. */
function fail(/** @type {unknown} */ error) {
  console.error(`Warrant cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** Runs `prisma migrate deploy`; it inherits this process's environment, data-directory lock included. */
async function migrate(/** @type {string[]} */ pending) {
  console.log(`Applying ${pending.length} database migration(s)…`);
  await run(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], process.env);
}

/** Brings a PostgreSQL server's schema up to date; one clear line if it is unreachable. */
async function preparePostgres(/** @type {string} */ url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  let pending;
  try {
    await client.connect();
    pending = await pendingMigrations(client);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot reach the PostgreSQL server at ${redactDatabaseUrl(url)}: ${reason || "connection failed"}`,
      {
        cause: error,
      },
    );
  } finally {
    await client.end().catch(() => {});
  }
  if (pending.length > 0) await migrate(pending);
}

/** Locks the embedded data directory for this process's lifetime and migrates it. */
async function preparePglite(/** @type {string} */ dir) {
  lockDataDir(dir);
  const pending = await pendingMigrations(openPglite(dir));
  if (pending.length === 0) return;
  // The Prisma CLI opens the directory itself (inheriting our lock), so this
  // process must close it first: two open instances corrupt the data.
  await closePglite();
  await migrate(pending);
}

/** The HTTP server once it listens, and the requests it is answering (live streams aside). */
const serving = { server: /** @type {http.Server | null} */ (null), inFlight: 0, drained: () => {} };

/**
 * Stops at any moment of start-up or serving, from the first instant: stops
 * taking requests, lets those in flight finish (up to DRAIN_MS; live streams
 * are cut, their clients reconnect, and what they were writing is awaited),
 * ends a build, waits for a migration, then closes the embedded database so
 * it is left "shut down".
 * A second signal exits at once.
 */
function handleSignals() {
  let stopping = false;
  const stop = async (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: closing the database and stopping.`);
    const { server } = serving;
    if (server) {
      server.close();
      server.closeIdleConnections();
      if (serving.inFlight > 0) {
        await new Promise((resolve) => {
          serving.drained = () => resolve(undefined);
          setTimeout(resolve, DRAIN_MS).unref();
        });
      }
      server.closeAllConnections();
      await liveWorkDone();
    }
    await stopChildren(DRAIN_MS);
    await closePglite();
    process.exit(0);
  };
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT", "SIGHUP"]))
    process.on(signal, () => void stop(signal));
}

/**
 * Waits (up to DRAIN_MS) for what the live streams just cut were still
 * writing, chiefly that their reader left, so the database does not close
 * under it. A cut stream learns of it when its socket closes, a turn of the
 * event loop after closeAllConnections: hence the short wait first.
 */
async function liveWorkDone() {
  const hub = /** @type {{ drained?: () => Promise<void> } | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for("warrant.live-hub")]
  );
  if (!hub?.drained) return;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.race([hub.drained(), new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref())]);
}

/** @param {http.IncomingMessage} req */
const isLiveStream = (req) => /^\/api\/documents\/[^/]+\/events(\?|$)/.test(req.url ?? "");

async function main() {
  handleSignals();
  const database = databaseConfigFromEnv(process.env);
  const server = resolveServerEnv(process.env);
  // Worked out before NEXTAUTH_SECRET is filled in below; said once the database is reached.
  const secretWarning = sharedSecretWarning(process.env, database);
  process.env.NEXTAUTH_SECRET = server.secret;
  process.env.NEXTAUTH_URL = server.url;
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  if (database.kind === "postgres") await preparePostgres(database.url);
  else await preparePglite(database.dir);
  if (secretWarning) console.warn(secretWarning);

  if (!dev) {
    // Build workers must never open the data directory, so they do not inherit the lock.
    const buildEnv = { ...process.env, NODE_ENV: "production" };
    delete buildEnv.WARRANT_DATA_DIR_LOCK;
    await buildIfNeeded(buildEnv);
  }

  process.env.NODE_ENV = dev ? "development" : "production";
  process.env.WARRANT_SERVER = "1";
  const { default: next } = await import("next");
  const app = next({ dev, dir: process.cwd(), hostname: server.host, port: server.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The build's static files come from memory, compressed once (Next's development server makes its own).
  const assets = dev ? null : staticAssets(path.resolve(".next"));
  const httpServer = http.createServer((req, res) => {
    // Route handlers cannot see the socket: per-source sign-in limits read its address from this header.
    stampPeerAddress(req);
    if (isLiveStream(req)) return void handle(req, res);
    serving.inFlight += 1;
    res.once("close", () => {
      serving.inFlight -= 1;
      if (serving.inFlight === 0) serving.drained();
    });
    if (assets?.answer(req, res)) return;
    restoreRouteEncoding(res);
    void handle(req, res);
  });
  serving.server = httpServer;
  httpServer.on("error", fail);
  await new Promise((resolve) => httpServer.listen(server.port, server.host, () => resolve(undefined)));
  // Next creates its request handler, and runs instrumentation.ts (which seeds
  // the sample article), on the first request: make that request ourselves so
  // "ready" means ready.
  const self = server.host === "0.0.0.0" || server.host === "::" ? "127.0.0.1" : server.host;
  await fetch(`http://${self.includes(":") ? `[${self}]` : self}:${server.port}/signin`).then((r) => r.arrayBuffer());
  void assets?.warm();
  const where = database.kind === "postgres" ? redactDatabaseUrl(database.url) : database.dir;
  console.log(`Warrant is ready on http://localhost:${server.port} (database: ${where})`);
}

main().catch(fail);
