// @ts-check
import { startPostgresCluster } from "../../tests/support/postgres-cluster.mjs";
import { spawnWarrant } from "./bench-server.mjs";
import { startInstances } from "./instances.mjs";

/**
 * @typedef {{ kind: "pglite", dir: string } | { kind: "postgres", url: string }} BenchDatabase
 * @typedef {{ bases: string[], database: BenchDatabase, stop: () => Promise<void> }} ClassServers
 */

/**
 * The production servers a class benchmark loads: one on its own database
 * (the PGlite directory `dir`, or a throwaway PostgreSQL server), or
 * `instances` of them on one throwaway PostgreSQL server, on ports `port`,
 * `port` + 1, …. The write limits are off: seeding makes 1,500 annotations
 * in seconds, far past them. `bases` are 127.0.0.1 addresses, not
 * "localhost": autocannon tried ::1 first, where Next does not listen.
 *
 * @param {{ kind: "pglite" | "postgres", dir: string, instances: number, port: number }} options
 * @returns {Promise<ClassServers>}
 */
export async function startClassServers({ kind, dir, instances, port }) {
  if (instances > 1) {
    if (kind !== "postgres") throw new Error("several instances need PostgreSQL: PGlite is one process's alone");
    const started = await startInstances(instances, port);
    return { bases: started.urls, database: { kind, url: started.databaseUrl }, stop: started.stop };
  }
  const cluster = kind === "postgres" ? await startPostgresCluster() : null;
  const server = await spawnWarrant({
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    WARRANT_WRITE_LIMITS: "off",
    ...(cluster ? { DATABASE_URL: cluster.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: dir }),
  });
  return {
    bases: [`http://127.0.0.1:${port}`],
    database: cluster ? { kind: "postgres", url: cluster.url } : { kind: "pglite", dir },
    async stop() {
      await server.stop();
      await cluster?.stop();
    },
  };
}
