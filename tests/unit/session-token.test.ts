import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName, sessionIdFromCookies } from "@/lib/auth/session-token";

const secret = "a-secret-for-this-test-only-0123456789";
const sid = "0b7e2f3c-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

const jar = (cookies: Record<string, string>) => ({
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});

describe("the session id in next-auth's cookie", () => {
  it("is read from the token next-auth wrote, under the cookie name it uses", async () => {
    const token = await encode({ token: { sid, name: "Reader" }, secret });
    expect(await sessionIdFromCookies(jar({ [sessionCookieName(true)]: token }), { secure: true, secret })).toBe(sid);
    expect(await sessionIdFromCookies(jar({ [sessionCookieName(false)]: token }), { secure: false, secret })).toBe(sid);
    // A secure deployment does not read the plain cookie, nor the other way round.
    expect(await sessionIdFromCookies(jar({ [sessionCookieName(false)]: token }), { secure: true, secret })).toBeNull();
  });

  it("joins a token split into chunks, in their order", async () => {
    const token = await encode({ token: { sid }, secret });
    const name = sessionCookieName(false);
    const at = Math.floor(token.length / 2);
    const chunks = { [`${name}.1`]: token.slice(at), [`${name}.0`]: token.slice(0, at) };
    expect(await sessionIdFromCookies(jar(chunks), { secure: false, secret })).toBe(sid);
  });

  it("is null for no cookie, another secret, a tampered or expired token, a token without a session, or no secret", async () => {
    const name = sessionCookieName(false);
    const token = await encode({ token: { sid }, secret });
    const read = (value: string, key = secret) =>
      sessionIdFromCookies(jar({ [name]: value }), { secure: false, secret: key });
    expect(await sessionIdFromCookies(jar({ other: token }), { secure: false, secret })).toBeNull();
    expect(await read(token, "another-secret-entirely-0123456789")).toBeNull();
    expect(await read(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await read(await encode({ token: { sid }, secret, maxAge: -60 }))).toBeNull();
    expect(await read(await encode({ token: { name: "no session" }, secret }))).toBeNull();
    expect(await sessionIdFromCookies(jar({ [name]: token }), { secure: false, secret: undefined })).toBeNull();
  });

  describe("once read", () => {
    afterEach(() => vi.useRealTimers());

    it("is remembered for the same token and secret only, and never past the token's expiry (with next-auth's 15 s of leeway)", async () => {
      const name = sessionCookieName(false);
      const token = await encode({ token: { sid }, secret, maxAge: 60 });
      const read = (key = secret) => sessionIdFromCookies(jar({ [name]: token }), { secure: false, secret: key });
      expect(await read()).toBe(sid);
      expect(await read()).toBe(sid);
      expect(await read("another-secret-entirely-0123456789")).toBeNull();
      vi.useFakeTimers({ now: Date.now() + 90_000, toFake: ["Date"] });
      expect(await read()).toBeNull();
    });
  });
});
