import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db/client";

/** JOIN_CODE's alphabet (lib/validation/classroom.ts): no 0/O, 1/I/L, so a code read aloud is typed right. */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const JOIN_CODE_LENGTH = 8;
const ATTEMPTS = 10;

/** A crypto-random code of JOIN_CODE's shape. */
export function randomJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A join code no course holds. 31^8 ≈ 8.5 × 10^11 codes make a collision
 * rare, but a taken code is tried again rather than trusted to chance.
 * It is looked up first instead of caught from the unique index because a
 * failed insert would abort the whole transaction on PostgreSQL; two
 * courses drawing the same fresh code in the same instant would still be
 * stopped by that index (a 500, never a shared code).
 */
export async function uniqueJoinCode(tx: Tx, draw: () => string = randomJoinCode): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const code = draw();
    if (!(await tx.course.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new Error(`No free join code after ${ATTEMPTS} draws`);
}

/** Where a join code leads: the page that offers "Join <course>". */
export function joinPath(code: string): string {
  return `/join/${code}`;
}
