// @ts-check

/**
 * A warning for an instance on a PostgreSQL server started without
 * NEXTAUTH_SECRET, or null. It then signs sessions with the secret it keeps
 * in its own .data/auth-secret; other instances on other machines (or in
 * other containers) keep theirs, so behind a load balancer a reader would be
 * signed out whenever a request lands on another instance. Not refused: one
 * instance alone on a PostgreSQL server is a fine set-up, and so are several
 * sharing one .data directory.
 *
 * @param {Record<string, string | undefined>} env
 * @param {import("../../lib/db/database-config.mjs").DatabaseConfig} database
 * @returns {string | null}
 */
export function sharedSecretWarning(env, database) {
  if (database.kind !== "postgres" || env.NEXTAUTH_SECRET?.trim()) return null;
  return (
    "Warning: NEXTAUTH_SECRET is not set, so this instance signs sessions with the secret in its own " +
    ".data/auth-secret. If several instances share this database, set the same NEXTAUTH_SECRET on every " +
    "instance, or a reader is signed out whenever the load balancer sends them to another one."
  );
}
