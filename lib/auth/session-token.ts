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
  try {
    const payload = await decode({ token: parts.map((part) => part.value).join(""), secret });
    return typeof payload?.sid === "string" ? payload.sid : null;
  } catch {
    return null;
  }
}

function chunkIndex(name: string) {
  const suffix = Number(name.slice(name.lastIndexOf(".") + 1));
  return Number.isInteger(suffix) ? suffix : 0;
}
