import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Start-up fails fast, before any build, with one line saying why.
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split("\n") };
}

describe("start-up errors", () => {
  it("refuses a malformed DATABASE_URL in one line", () => {
    const { status, lines } = start({ DATABASE_URL: "mysql://somewhere/db" });
    expect(status).toBe(1);
    expect(lines).toEqual([
      "Warrant cannot start: DATABASE_URL must look like postgresql://user:password@host:5432/database",
    ]);
  });

  it("names an unreachable PostgreSQL server in one line, without its password", () => {
    const { status, lines } = start({ DATABASE_URL: "postgresql://warrant:s3cret@127.0.0.1:1/warrant" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Warrant cannot start: cannot reach the PostgreSQL server at postgresql:\/\/warrant:\*\*\*@127\.0\.0\.1:1\/warrant: .*ECONNREFUSED/,
    );
  });

  it("refuses an invalid PORT in one line", () => {
    const { status, lines } = start({ PORT: "http", DATABASE_URL: "" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Warrant cannot start: PORT: /);
  });

  it("refuses a TRUSTED_PROXY that is not a count of proxies in one line", () => {
    const { status, lines } = start({ TRUSTED_PROXY: "10.0.0.1", DATABASE_URL: "" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Warrant cannot start: TRUSTED_PROXY: TRUSTED_PROXY must be the number of proxies/);
  });
});
