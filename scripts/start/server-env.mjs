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
});

const SECRET_FILE = ".data/auth-secret";

/**
 * Validates the server's environment and fills in what a first-time user
 * should not have to set: NEXTAUTH_URL from PORT, and a random NEXTAUTH_SECRET
 * kept in .data/ so sessions survive restarts. Throws one line per problem.
 *
 * @param {NodeJS.ProcessEnv} env
 */
export function resolveServerEnv(env) {
  const parsed = ServerEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const { PORT, HOST } = parsed.data;
  let secret = parsed.data.NEXTAUTH_SECRET;
  if (!secret) {
    if (!fs.existsSync(SECRET_FILE)) {
      fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
      fs.writeFileSync(SECRET_FILE, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    secret = fs.readFileSync(SECRET_FILE, "utf8").trim();
  }
  return {
    port: PORT,
    host: HOST,
    secret,
    url: parsed.data.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
  };
}
