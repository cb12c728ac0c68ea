import { Prisma } from "./generated/client";

/**
 * SQL text written in the code, never taken from input, as a fragment of a
 * tagged `$queryRaw`: for a column list that a prepared statement
 * (prepared-statement.ts) shares with a Prisma statement.
 */
export function fixedSql(text: string): Prisma.Sql {
  return Prisma.raw(text);
}
