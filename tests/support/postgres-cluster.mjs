// @ts-check
// Throwaway PostgreSQL clusters for integration tests and scripts/with-postgres.mjs.
// Standard library only, so it works before (or without) `npm install`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * @typedef {{ log?: (line: string) => void }} StartOptions
 * @typedef {{ url: string, stop: () => Promise<void> }} Cluster
 * @typedef {"runuser" | "su" | null} RunAs  how server binaries are run: as `postgres` via runuser/su, or directly
 * @typedef {{ dir: string, data: string, bin: string, runAs: RunAs, busy?: import("node:child_process").ChildProcess }} Handle
 * @typedef {{ code: number | null, out: string }} Result
 */

/** Clusters that are (possibly) running, for the exit/signal hooks. @type {Set<Handle>} */
const active = new Set();

/** Finds the server binaries: $PG_BIN, else /usr/lib/postgresql/<newest>/bin; returns null when none. */
export function findPostgresBinDir() {
  // An explicit PG_BIN wins even if wrong, so a typo fails loudly instead of silently skipping.
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  let versions;
  try {
    versions = readdirSync(root);
  } catch {
    return null;
  }
  const newest = versions
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))[0];
  return newest ? path.join(root, newest, "bin") : null;
}

/**
 * Starts a throwaway PostgreSQL cluster (initdb + pg_ctl) with a `warrant` database.
 * @param {StartOptions} [options]
 * @returns {Promise<Cluster>}
 */
export async function startPostgresCluster({ log = () => {} } = {}) {
  const bin = findPostgresBinDir();
  if (!bin) throw new Error("No PostgreSQL server binaries found: set PG_BIN or apt-get install postgresql");
  if (!existsSync(path.join(bin, "initdb"))) throw new Error(`No initdb in ${bin} (check PG_BIN)`);

  const owner = await serverUser();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "warrant-pg-"));
  /** @type {Handle} */
  const h = { dir, data: path.join(dir, "data"), bin, runAs: owner?.runAs ?? null };
  active.add(h);
  installExitHooks();

  try {
    // initdb/postgres refuse to run as root, so the whole dir belongs to the postgres user.
    if (owner) await fs.chown(dir, owner.uid, owner.gid);

    const initArgs = ["-D", h.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"];
    const initdb = (/** @type {string} */ locale) => asServer(h, "initdb", [...initArgs, `--locale=${locale}`]);
    let init = initdb("C.UTF-8");
    let inited = await run(init, h);
    if (inited.code !== 0) {
      // Older glibc images lack C.UTF-8; plain C still gives a UTF8-encoded cluster.
      await fs.rm(h.data, { recursive: true, force: true });
      init = initdb("C");
      inited = await run(init, h);
    }
    check(inited, init);
    log(`initialised cluster in ${h.data}`);

    const port = await freePort();
    // Socket dir inside our temp dir, so /var/run/postgresql permissions never matter.
    const opts = `-p ${port} -k ${shq(dir)} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    const start = asServer(h, "pg_ctl", ["-D", h.data, "-o", opts, "-l", path.join(dir, "log"), "-w", "start"]);
    const started = await run(start, h);
    if (started.code !== 0) {
      // pg_ctl only says "could not start server"; the reason is in the server log.
      started.out += "\n" + readTail(path.join(dir, "log"));
    }
    check(started, start);
    log(`server listening on 127.0.0.1:${port}`);

    /** @type {[string, string[]]} */
    const createdb = [path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "warrant"]];
    check(await run(createdb, h), createdb);

    /** @type {Promise<void> | undefined} */
    let stopping;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/warrant`,
      stop: () => (stopping ??= stopCluster(h).then(() => log("cluster stopped and removed"))),
    };
  } catch (err) {
    await stopCluster(h).catch(() => stopSync(h));
    throw err;
  }
}

/**
 * Who runs initdb/postgres: null when we are not root (run directly), else the `postgres` user.
 * @returns {Promise<{ uid: number, gid: number, runAs: "runuser" | "su" } | null>}
 */
async function serverUser() {
  if (process.getuid?.() !== 0) return null;
  const id = async () => {
    const [u, g] = await Promise.all([run(["id", ["-u", "postgres"]]), run(["id", ["-g", "postgres"]])]);
    return u.code === 0 && g.code === 0 ? { uid: Number(u.out.trim()), gid: Number(g.out.trim()) } : null;
  };
  let ids = await id();
  if (!ids) {
    /** @type {[string, string[]]} */
    const add = ["useradd", ["--system", "--no-create-home", "postgres"]];
    check(await run(add), add);
    ids = await id();
    if (!ids) throw new Error("useradd postgres succeeded but `id -u postgres` still fails");
  }
  const runAs = onPath("runuser") ? "runuser" : onPath("su") ? "su" : null;
  if (!runAs) throw new Error("Running as root but neither runuser nor su is available to drop to the postgres user");
  return { ...ids, runAs };
}

/**
 * The command line that runs a server binary as the cluster's owner.
 * @param {Handle} h @param {string} tool @param {string[]} args
 * @returns {[string, string[]]}
 */
function asServer(h, tool, args) {
  const file = path.join(h.bin, tool);
  if (h.runAs === "runuser") return ["runuser", ["-u", "postgres", "--", file, ...args]];
  if (h.runAs === "su") return ["su", ["postgres", "-s", "/bin/sh", "-c", [file, ...args].map(shq).join(" ")]];
  return [file, args];
}

/** @param {Handle} h */
async function stopCluster(h) {
  if (existsSync(path.join(h.data, "postmaster.pid"))) {
    // Immediate: the data is thrown away, so there is nothing worth a clean shutdown.
    const stop = asServer(h, "pg_ctl", ["-D", h.data, "-m", "immediate", "-w", "stop"]);
    const stopped = await run(stop, h);
    // A stale pid file (server already gone) makes stop fail; only a live server is a real problem.
    if (stopped.code !== 0 && (await run(asServer(h, "pg_ctl", ["-D", h.data, "status"]), h)).code === 0) {
      check(stopped, stop);
    }
  }
  await fs.rm(h.dir, { recursive: true, force: true });
  active.delete(h);
}

/** Synchronous best-effort stop for the 'exit' event, where async work never runs. @param {Handle} h */
function stopSync(h) {
  // Interrupted mid-start: stop initdb/pg_ctl first (runuser passes SIGTERM on) so they don't write while we delete.
  h.busy?.kill();
  if (existsSync(path.join(h.data, "postmaster.pid"))) {
    const [cmd, args] = asServer(h, "pg_ctl", ["-D", h.data, "-m", "immediate", "-w", "stop"]);
    spawnSync(cmd, args, { cwd: h.dir, stdio: "ignore", timeout: 30_000 });
  }
  try {
    // Retries cover ENOTEMPTY while a dying initdb still writes; never throw from an exit/signal hook.
    rmSync(h.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch {
    // Best effort: a leftover temp dir must not turn a passing run into a crash.
  }
  active.delete(h);
}

let hooked = false;
function installExitHooks() {
  if (hooked) return;
  hooked = true;
  process.on("exit", () => active.forEach(stopSync));
  for (const sig of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    const onSignal = () => {
      // Someone else (with-postgres, a test runner) handles this signal and will exit; the 'exit' hook covers us then.
      if (process.listenerCount(sig) > 1) return;
      // Listening disabled Node's default "die on signal", so clean up and re-raise to die the normal way.
      active.forEach(stopSync);
      process.removeListener(sig, onSignal);
      process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

/**
 * Runs a command, collecting stdout+stderr; never rejects.
 * @param {[string, string[]]} command @param {Handle} [h]  the cluster this works on, if any
 * @returns {Promise<Result>}
 */
function run([cmd, args], h) {
  return new Promise((resolve) => {
    // cwd: the postgres user may not be allowed into the caller's cwd (e.g. /root/...).
    const child = spawn(cmd, args, { cwd: h?.dir, stdio: ["ignore", "pipe", "pipe"] });
    if (h) h.busy = child;
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (err) => resolve({ code: null, out: err.message }));
    child.on("close", (code) => resolve({ code, out }));
  });
}

/**
 * Throws a one-line error naming the command and the tail of its output.
 * @param {Result} result @param {[string, string[]]} command
 */
function check(result, [cmd, args]) {
  if (result.code === 0) return;
  const tail = result.out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-6)
    .join(" | ");
  const line = [cmd, ...args].map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(" ");
  throw new Error(`\`${line}\` failed (exit ${result.code ?? "spawn error"}): ${tail || "no output"}`);
}

/** @param {string} file */
function readTail(file) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-10).join("\n");
  } catch {
    return "";
  }
}

/** A free port, by letting the kernel pick one. Racy in theory, fine for tests. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? "").split(path.delimiter).some((d) => d && existsSync(path.join(d, name)));
}

/** Single-quotes for /bin/sh (su -c and pg_ctl -o both go through a shell). @param {string} s */
function shq(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
