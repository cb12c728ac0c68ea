import { createHash, randomBytes } from "node:crypto";
import { INVITE_TOKEN } from "@/lib/validation/sharing";

/** The stored form of an invite token: only its SHA-256 is kept, so the database never holds a working link. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new unguessable token (256 bits) and its hash. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

/** Whether `token` has the shape of one of ours; anything else is not looked up. */
export function isInviteToken(token: string): boolean {
  return INVITE_TOKEN.test(token);
}
