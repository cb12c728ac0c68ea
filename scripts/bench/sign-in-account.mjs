// @ts-check
const PASSWORD = "benchmark passphrase";

/**
 * Signs up a new account called `name` on `base` and signs it in through
 * next-auth's credentials callback, as a browser would; returns the cookie
 * header (CSRF and session cookies) its requests carry.
 */
export async function signInNewAccount(/** @type {string} */ base, /** @type {string} */ name) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@bench.example.org`;
  const created = await fetch(`${base}/api/users`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, email, password: PASSWORD }),
  });
  if (created.status !== 201) throw new Error(`sign-up failed: ${await created.text()}`);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = /** @type {{ csrfToken: string }} */ (await csrf.json());
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, json: "true" }),
  });
  const session = (signIn.headers.getSetCookie() ?? [])
    .map((c) => c.split(";")[0])
    .filter((c) => /session-token/.test(c));
  if (session.length === 0) throw new Error("sign-in gave no session cookie");
  return [...jar, ...session].join("; ");
}
