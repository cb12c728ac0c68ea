// @ts-check
import { startPostgresCluster } from "../../tests/support/postgres-cluster.mjs";
import { spawnWarrant } from "./bench-server.mjs";

/**
 * Starts `count` production instances of Warrant on one throwaway PostgreSQL
 * server, on ports firstPort, firstPort + 1, …, sharing one NEXTAUTH_SECRET
 * (so a session made on one is good on all) and with the per-account write
 * limits off (benchmarks write far past them). One after the other: the
 * first builds if needed and migrates the empty database, the next find
 * both done. Their addresses are 127.0.0.1, not "localhost" (autocannon
 * tries ::1 first, where Next does not listen).
 *
 * @param {number} count @param {number} firstPort
 */
export async function startInstances(count, firstPort) {
  const cluster = await startPostgresCluster();
  const servers = [];
  const urls = [];
  try {
    for (let i = 0; i < count; i++) {
      const url = `http://127.0.0.1:${firstPort + i}`;
      servers.push(
        await spawnWarrant({
          PORT: String(firstPort + i),
          DATABASE_URL: cluster.url,
          PGLITE_DIR: "",
          NEXTAUTH_SECRET: "benchmark secret shared by the instances",
          NEXTAUTH_URL: url,
          WARRANT_WRITE_LIMITS: "off",
        }),
      );
      urls.push(url);
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    await cluster.stop();
    throw error;
  }
  return {
    urls,
    databaseUrl: cluster.url,
    pids: servers.map((server) => /** @type {number} */ (server.pid)),
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await cluster.stop();
    },
  };
}
