import { decode } from "next-auth/jwt";

type CookieJar = { getAll(): { name: string; value: string }[] };

/** next-auth's session cookie name: `__Secure-` prefixed when cookies are secure. */
export function sessionCookieName(secure: boolean) {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The UserSession id carried by the request's next-auth JWT, or null when
 * there is no token or it does not decrypt (wrong secret, tampered,
 * expired). It decrypts the token and nothing more: next-auth's
 * getServerSession also re-encrypts it on every request to slide its
 * expiry, which Warrant does not use (a session's lifetime is the
 * UserSession row's, SESSION_MAX_AGE_S from sign-in, the same as the
 * cookie's), and which cost a key derivation and an encryption per request.
 * The session row must still be checked (userOfSession): the token alone
 * outlives signing out.
 */
export async function sessionIdFromCookies(jar: CookieJar, { secure, secret }: { secure: boolean; secret?: string }) {
  if (!secret) return null;
  const name = sessionCookieName(secure);
  // A large token is split into name.0, name.1, …; Warrant's never is, but read it as next-auth writes it.
  const parts = jar
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  if (parts.length === 0) return null;
  const token = parts.map((part) => part.value).join("");
  const known = decrypted.get(token);
  if (known && known.secret === secret && known.expiresAtMs > Date.now()) return known.sessionId;
  try {
    const payload = await decode({ token, secret });
    const sessionId = typeof payload?.sid === "string" ? payload.sid : null;
    if (sessionId && typeof payload?.exp === "number")
      remember(token, { sessionId, secret, expiresAtMs: payload.exp * 1000 });
    return sessionId;
  } catch {
    return null;
  }
}

/**
 * Tokens decrypted lately: a browser sends the same token with every
 * request, and its decryption (a key derivation, then AES-GCM) was a tenth
 * of a 304's time. Only tokens that decrypted are kept, each until its own
 * expiry, and at most DECRYPTED_TOKENS of them.
 */
const DECRYPTED_TOKENS = 2_000;
const decrypted = new Map<string, { sessionId: string; secret: string; expiresAtMs: number }>();

function remember(token: string, entry: { sessionId: string; secret: string; expiresAtMs: number }) {
  if (decrypted.size >= DECRYPTED_TOKENS) decrypted.delete(decrypted.keys().next().value as string);
  decrypted.set(token, entry);
}

function chunkIndex(name: string) {
  const suffix = Number(name.slice(name.lastIndexOf(".") + 1));
  return Number.isInteger(suffix) ? suffix : 0;
}
