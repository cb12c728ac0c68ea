import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as signUpRoute } from "@/app/api/users/route";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { TEST_PASSWORD } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

/**
 * Sign-up is the one write open to anyone, so it shows the boundary best:
 * each request below would create an account if it got through.
 */
function signUp(
  headers: Record<string, string>,
  body = { name: "Ada", email: "ada@example.org", password: TEST_PASSWORD },
) {
  return signUpRoute(
    new Request("http://localhost:3000/api/users", {
      method: "POST",
      headers: { host: "localhost:3000", ...headers },
      body: JSON.stringify(body),
    }),
    {},
  );
}

describe(`cross-site requests and content types on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  beforeEach(() => {
    // The routes use the process's client (getDb); point it at this test's database.
    (globalThis as Record<symbol, unknown>)[Symbol.for("warrant.prisma")] = db();
    process.env.NEXTAUTH_URL = "https://warrant.example";
  });

  it("refuses a JSON body sent as text/plain (what a cross-site form can send) with 415, creating nothing", async () => {
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", ""]) {
      const response = await signUp(type ? { "content-type": type } : {});
      expect(response.status, type).toBe(415);
      expect((await response.json()).error).toMatch(/application\/json/);
    }
    expect(await db().user.count()).toBe(0);
  });

  it("refuses a write whose Origin is another site, or that the browser marks cross-site, with 403", async () => {
    const json = { "content-type": "application/json" };
    const refused = [
      { ...json, origin: "https://evil.example" },
      { ...json, origin: "http://localhost:3000.evil.example" },
      { ...json, origin: "null" },
      { ...json, "sec-fetch-site": "cross-site" },
      { ...json, origin: "http://localhost:3000", "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refused) {
      const response = await signUp(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error).toMatch(/another site/);
    }
    expect(await db().user.count()).toBe(0);
  });

  it("accepts its own origin (the Host it was sent to, or NEXTAUTH_URL), and clients that send neither header", async () => {
    const json = { "content-type": "application/json" };
    const accepted = [
      { ...json, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
      { ...json, origin: "https://warrant.example" },
      json, // curl, scripts, servers: no browser, so no victim's cookies to ride on
    ];
    for (const [i, headers] of accepted.entries()) {
      const response = await signUp(headers, { name: "Ada", email: `ada${i}@example.org`, password: TEST_PASSWORD });
      expect(response.status, JSON.stringify(headers)).toBe(201);
    }
    expect(await db().user.count()).toBe(3);
  });

  it("guards next-auth's own form posts the same way", async () => {
    const response = await nextAuthPost(
      new NextRequest("http://localhost:3000/api/auth/signout", {
        method: "POST",
        headers: {
          host: "localhost:3000",
          origin: "https://evil.example",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: "csrfToken=x",
      }),
      { params: Promise.resolve({ nextauth: ["signout"] }) },
    );
    expect(response.status).toBe(403);
  });
});
