/**
 * True when a Prisma error is a unique-constraint violation. The pg adapter
 * reports it as P2002; the PGlite adapter passes PostgreSQL's own error
 * through as a DriverAdapterError whose cause carries SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown; originalCode?: unknown } };
  return code === "P2002" || cause?.code === "23505" || cause?.originalCode === "23505";
}
