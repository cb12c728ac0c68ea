import { describe, expect, it } from "vitest";
import { sharedSecretWarning } from "../../../scripts/start/shared-secret-warning.mjs";

const POSTGRES = { kind: "postgres", url: "postgresql://warrant@db.example.org/warrant" } as const;
const PGLITE = { kind: "pglite", dir: "/srv/warrant/.data/pglite" } as const;

describe("the start-up warning about a secret each instance keeps for itself", () => {
  it("warns an instance on a PostgreSQL server that has no NEXTAUTH_SECRET: its instances must share one", () => {
    const warning = sharedSecretWarning({}, POSTGRES);
    expect(warning).toMatch(/NEXTAUTH_SECRET is not set/);
    expect(warning).toMatch(/\.data\/auth-secret/);
    expect(warning).toMatch(/every instance/);
  });

  it("treats a blank NEXTAUTH_SECRET as not set", () => {
    expect(sharedSecretWarning({ NEXTAUTH_SECRET: "  " }, POSTGRES)).not.toBeNull();
  });

  it("says nothing when the secret is set, or on PGlite, which only one process can serve", () => {
    expect(sharedSecretWarning({ NEXTAUTH_SECRET: "x".repeat(32) }, POSTGRES)).toBeNull();
    expect(sharedSecretWarning({}, PGLITE)).toBeNull();
  });
});
