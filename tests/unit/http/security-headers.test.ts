import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function pageResponse(url = "http://localhost:3000/documents", headers: Record<string, string> = {}) {
  const { proxy } = await import("@/proxy");
  return proxy(new NextRequest(url, { headers }));
}

function directives(policy: string | null) {
  return new Map(
    (policy ?? "").split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
}

describe("security headers of a page", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends a Content-Security-Policy with a fresh nonce, and hands the same policy to Next's render", async () => {
    const first = await pageResponse();
    const second = await pageResponse();
    const policy = first.headers.get("content-security-policy");
    const script = directives(policy).get("script-src")!;
    const nonce = script.find((value) => value.startsWith("'nonce-"));
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // Next reads the nonce from the request's CSP header while it renders.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("allows no eval, no plugins, no framing, no foreign scripts, styles or connections in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const policy = directives((await pageResponse()).headers.get("content-security-policy"));
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("sends HSTS only when the site is served over HTTPS", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect((await pageResponse()).headers.get("strict-transport-security")).toBeNull();
    const behindTls = await pageResponse(undefined, { "x-forwarded-proto": "https" });
    expect(behindTls.headers.get("strict-transport-security")).toBe("max-age=31536000");
    vi.stubEnv("NEXTAUTH_URL", "https://warrant.example");
    expect((await pageResponse()).headers.get("strict-transport-security")).toBe("max-age=31536000");
  });

  it("leaves the API out of the proxy, so request bodies stream to the routes unread", async () => {
    const { config } = await import("@/proxy");
    const source = new RegExp(`^${config.matcher[0]!.source}$`);
    expect(source.test("/documents/abc")).toBe(true);
    expect(source.test("/")).toBe(true);
    expect(source.test("/api/users")).toBe(false);
    expect(source.test("/_next/static/chunks/a.js")).toBe(false);
  });

  it("sends nosniff, a same-origin referrer policy and no framing with every response, and an empty policy for the API", async () => {
    const { default: nextConfig } = await import("@/next.config.mjs");
    const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[];
    const all = Object.fromEntries(
      rules.find((rule) => rule.source === "/:path*")!.headers.map((h) => [h.key, h.value]),
    );
    expect(all).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
    });
    const api = rules.find((rule) => rule.source === "/api/:path*")!.headers;
    expect(api).toEqual([{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }]);
  });
});
