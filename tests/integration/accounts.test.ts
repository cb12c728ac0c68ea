import { describe, expect, it } from "vitest";
import { signIn, TooManyAttemptsError } from "@/lib/auth/sign-in";
import { PAIR_LIMIT as MAX_FAILED_SIGN_INS } from "@/lib/auth/sign-in-throttle";
import { EmailTakenError, signUp } from "@/lib/auth/sign-up";
import { closeUserSession, openUserSession, userOfSession } from "@/lib/auth/user-sessions";
import { ZSignUpInput } from "@/lib/validation/account";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`accounts on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("stores an argon2id hash with OWASP's parameters, never the password", async () => {
    const user = await createUser(db());
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const input = ZSignUpInput.parse({ name: "A", email: "Same@Example.org", password: TEST_PASSWORD });
    await signUp(db(), input);
    const again = ZSignUpInput.parse({ name: "B", email: "same@example.ORG", password: TEST_PASSWORD });
    await expect(signUp(db(), again)).rejects.toBeInstanceOf(EmailTakenError);
    expect(await db().user.count()).toBe(1);
  });

  it("validates email and password length at the boundary", () => {
    const base = { name: "A", email: "a@example.org", password: "x".repeat(12) };
    expect(ZSignUpInput.safeParse(base).success).toBe(true);
    expect(ZSignUpInput.safeParse({ ...base, password: "x".repeat(11) }).error?.issues[0]?.message).toBe(
      "Password must be at least 12 characters",
    );
    expect(ZSignUpInput.safeParse({ ...base, password: "x".repeat(128) }).success).toBe(true);
    expect(ZSignUpInput.safeParse({ ...base, password: "x".repeat(129) }).error?.issues[0]?.message).toBe(
      "Password must be at most 128 characters",
    );
    expect(ZSignUpInput.safeParse({ ...base, email: "not-an-email" }).error?.issues[0]?.message).toBe(
      "Enter a valid email address",
    );
  });

  it("signs in with the right password and returns null for a wrong one or an unknown email", async () => {
    const user = await createUser(db());
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);
    expect(await signIn(db(), { email: user.email, password: "wrong password!!" })).toBeNull();
    expect(await signIn(db(), { email: "nobody@example.org", password: TEST_PASSWORD })).toBeNull();
  });

  it(`locks an account after ${MAX_FAILED_SIGN_INS} failures, even for the right password, and only that account`, async () => {
    const victim = await createUser(db());
    const bystander = await createUser(db());
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      expect(await signIn(db(), { email: victim.email, password: `wrong password ${i}` })).toBeNull();
    }
    await expect(signIn(db(), { email: victim.email, password: TEST_PASSWORD })).rejects.toBeInstanceOf(
      TooManyAttemptsError,
    );
    expect(await signIn(db(), { email: bystander.email, password: TEST_PASSWORD })).toEqual(bystander);
  });

  it("forgets failures older than 15 minutes and resets the count after a success", async () => {
    const user = await createUser(db());
    const longAgo = new Date(Date.now() - 16 * 60 * 1000);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++)
      await signIn(db(), { email: user.email, password: "nope nope nope" }, { now: longAgo });
    // The window has passed: the old failures no longer count toward this one.
    await signIn(db(), { email: user.email, password: "nope nope nope" });
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++)
      await signIn(db(), { email: user.email, password: "nope nope nope" });
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);
    expect(await db().signInThrottle.count({ where: { key: { startsWith: "pair:" } } })).toBe(0);
  });

  it("never lets the system account sign in", async () => {
    await db().user.create({ data: { email: "system@warrant.invalid", name: "Warrant", isSystem: true } });
    expect(await signIn(db(), { email: "system@warrant.invalid", password: TEST_PASSWORD })).toBeNull();
  });

  it("ends a session on sign-out so its token no longer resolves to a user", async () => {
    const user = await createUser(db());
    const session = await openUserSession(db(), user.id);
    const other = await openUserSession(db(), user.id);
    expect(await userOfSession(db(), session.id)).toEqual(user);
    await closeUserSession(db(), session.id);
    expect(await userOfSession(db(), session.id)).toBeNull();
    expect(await userOfSession(db(), other.id)).toEqual(user);
  });

  it("treats an expired session as signed out", async () => {
    const user = await createUser(db());
    const session = await db().userSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await userOfSession(db(), session.id)).toBeNull();
  });
});
