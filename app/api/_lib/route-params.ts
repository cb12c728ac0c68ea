import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/** Longest share-link or invitation token a path may carry (they are 43 characters). */
const MAX_TOKEN_LENGTH = 128;
/** Versions are stored as PostgreSQL integers. */
const MAX_VERSION = 2 ** 31 - 1;

/**
 * Checks a route's path parameters before its handler runs: an id that is
 * not a UUID, a version that is not a positive 32-bit integer or an
 * over-long token names nothing that can exist, so it is 404 — the same
 * answer as a well-formed id of nothing — rather than a database error
 * (a 500) deep inside the handler. Every API route's parameters pass here,
 * through handleRoute.
 */
export function checkRouteParams(params: Record<string, string | string[] | undefined>): void {
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "string") continue;
    const fits =
      !value.includes("\0") &&
      (name === "id" || name.endsWith("Id")
        ? isUuid(value)
        : name === "version"
          ? /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_VERSION
          : name === "token"
            ? value.length <= MAX_TOKEN_LENGTH
            : true);
    if (!fits) throw new NotFoundError(`Nothing here has the ${name} "${value.slice(0, 64)}"`);
  }
}

/**
 * Refuses (400) a query string holding U+0000 in a name or value:
 * PostgreSQL cannot compare text with it, so a search for it failed as a 500.
 */
export function checkQuery(url: string): void {
  for (const [name, value] of new URL(url).searchParams) {
    if (name.includes("\0") || value.includes("\0")) {
      throw new InvalidInputError(name, `${name}: the query may not contain the NUL character (U+0000)`);
    }
  }
}
