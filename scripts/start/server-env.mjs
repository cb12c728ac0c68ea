// @ts-check
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL such as https://warrant.example.org").optional(),
  // Read per request by lib/auth/request-source.ts; checked here too so a typo stops start-up in one line.
  TRUSTED_PROXY: z
    .string()
    .regex(
      /^\s*(true|false|\d{1,2})?\s*$/i,
      "TRUSTED_PROXY must be the number of proxies in front (0–99) or true/false",
    )
    .optional(),
});

/**
 * The secret kept in `dataDir`, created on first use. `dataDir` is made
 * private to its owner (it holds the database and this secret); the secret is
 * written whole to a private temporary file and linked into place, which
 * fails if another process starting at the same moment got there first — so
 * every process reads one complete secret, never an empty or half-written file.
 *
 * @param {string} dataDir
 */
export function keptSecret(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    const draft = path.join(dataDir, `.auth-secret-${process.pid}-${crypto.randomUUID()}`);
    fs.writeFileSync(draft, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Validates the server's environment and fills in what a first-time user
 * should not have to set: NEXTAUTH_URL from PORT, and a random NEXTAUTH_SECRET
 * kept in `dataDir` so sessions survive restarts. Throws one line per problem.
 *
 * @param {Record<string, string | undefined>} env
 * @param {string} [dataDir]
 */
export function resolveServerEnv(env, dataDir = ".data") {
  const parsed = ServerEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const { PORT, HOST } = parsed.data;
  const secret = parsed.data.NEXTAUTH_SECRET ?? keptSecret(dataDir);
  return {
    port: PORT,
    host: HOST,
    secret,
    url: parsed.data.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
  };
}
