import { describe, expect, it } from "vitest";
import { signIn, TooManyAttemptsError } from "@/lib/auth/sign-in";
import { ACCOUNT_LIMIT, PAIR_LIMIT, SIGN_UP_LIMIT, SOURCE_LIMIT } from "@/lib/auth/sign-in-throttle";
import { EmailTakenError, signUp } from "@/lib/auth/sign-up";
import { TooManyRequestsError } from "@/lib/errors";
import { ZSignUpInput } from "@/lib/validation/account";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const MINUTE = 60 * 1000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** What one sign-in attempt came to: evaluated (right or wrong) or refused unevaluated. */
async function outcome(attempt: Promise<unknown>): Promise<"signed in" | "wrong" | "refused"> {
  try {
    return (await attempt) ? "signed in" : "wrong";
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return "refused";
    throw error;
  }
}

describe(`sign-in throttling on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it(`evaluates at most ${PAIR_LIMIT} of 100 concurrent guesses for one account from one source, and refuses the right one sent late`, async () => {
    const user = await createUser(db());
    const source = "203.0.113.7";
    const wrong = Array.from({ length: 99 }, (_, i) =>
      outcome(signIn(db(), { email: user.email, password: `wrong guess ${i}` }, { source })),
    );
    // The right guess goes out while the wrong ones are still in flight.
    await Promise.race(wrong);
    const right = outcome(signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source }));
    const outcomes = await Promise.all([...wrong, right]);

    const evaluated = outcomes.filter((o) => o !== "refused").length;
    expect(evaluated).toBeLessThanOrEqual(PAIR_LIMIT);
    expect(await right).toBe("refused");
  }, 60_000);

  it("does not let failures from one source lock the account's owner out at another source", async () => {
    const victim = await createUser(db());
    for (let i = 0; i < PAIR_LIMIT + 5; i++) {
      await outcome(signIn(db(), { email: victim.email, password: `attacker ${i}` }, { source: "198.51.100.1" }));
    }
    await expect(
      signIn(db(), { email: victim.email, password: TEST_PASSWORD }, { source: "198.51.100.1" }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(await signIn(db(), { email: victim.email, password: TEST_PASSWORD }, { source: "192.0.2.55" })).toEqual(
      victim,
    );
  });

  it("backs off exponentially: each failure after the limit doubles the wait, and the wait is a soft lock", async () => {
    const user = await createUser(db());
    const source = "203.0.113.9";
    const start = new Date();
    for (let i = 0; i < PAIR_LIMIT; i++) {
      expect(await signIn(db(), { email: user.email, password: `nope ${i}` }, { source, now: start })).toBeNull();
    }
    const refusal = await signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now: start }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(TooManyAttemptsError);
    expect((refusal as TooManyAttemptsError).retryAfterSeconds).toBe(60);

    // The first wait is a minute; a wrong guess after it buys two, then four.
    let now = at(start, MINUTE + 1000);
    expect(await signIn(db(), { email: user.email, password: "nope again" }, { source, now })).toBeNull();
    await expect(
      signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now: at(now, 2 * MINUTE - 1000) }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    now = at(now, 2 * MINUTE + 1000);
    expect(await signIn(db(), { email: user.email, password: "and again" }, { source, now })).toBeNull();
    await expect(
      signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now: at(now, 4 * MINUTE - 1000) }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);

    // Refused attempts are not evaluated, so they neither count nor extend the wait.
    now = at(now, 4 * MINUTE + 1000);
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now })).toEqual(user);
    // A success starts that source afresh.
    expect(await signIn(db(), { email: user.email, password: "fresh start" }, { source, now })).toBeNull();
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now })).toEqual(user);
  });

  it("forgets a source's failures after 15 quiet minutes", async () => {
    const user = await createUser(db());
    const source = "203.0.113.10";
    const start = new Date();
    for (let i = 0; i < PAIR_LIMIT; i++)
      await signIn(db(), { email: user.email, password: `nope ${i}` }, { source, now: start });
    const later = at(start, MINUTE + 15 * MINUTE + 1000);
    for (let i = 0; i < PAIR_LIMIT - 1; i++)
      expect(await signIn(db(), { email: user.email, password: `x ${i}` }, { source, now: later })).toBeNull();
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source, now: later })).toEqual(user);
  });

  it(`slows one source guessing across many accounts after ${SOURCE_LIMIT} failures, but never every unknown source at once`, async () => {
    const user = await createUser(db());
    const source = "203.0.113.20";
    for (let i = 0; i < SOURCE_LIMIT; i++) {
      await signIn(db(), { email: `nobody${i}@example.org`, password: "spray spray!" }, { source });
    }
    await expect(signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source })).rejects.toBeInstanceOf(
      TooManyAttemptsError,
    );
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source: null })).toEqual(user);
  }, 120_000);

  it(`caps one account at ${ACCOUNT_LIMIT} failures an hour from any number of sources (ASVS 2.2.1)`, async () => {
    const user = await createUser(db());
    const start = new Date();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const source = `10.0.${Math.floor(i / 5)}.${i % 5}`;
      await signIn(db(), { email: user.email, password: `botnet ${i}` }, { source, now: start });
    }
    await expect(
      signIn(db(), { email: user.email, password: TEST_PASSWORD }, { source: "192.0.2.1", now: start }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(
      await signIn(
        db(),
        { email: user.email, password: TEST_PASSWORD },
        { source: "192.0.2.1", now: at(start, 61 * MINUTE) },
      ),
    ).toEqual(user);
  }, 120_000);

  it("clears away counts that can no longer block anyone when someone signs in, a bounded batch at a time", async () => {
    const user = await createUser(db());
    const longAgo = new Date(Date.now() - 3 * 60 * MINUTE);
    await db().signInThrottle.createMany({
      data: Array.from({ length: 600 }, (_, i) => ({ key: `pair:old:${i}`, failures: 3, lastFailureAt: longAgo })),
    });
    await signIn(db(), { email: "someone@example.org", password: "recent failure" }, { source: "192.0.2.3" });
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);
    expect(await db().signInThrottle.count({ where: { key: { startsWith: "pair:old:" } } })).toBe(100);
    expect(await db().signInThrottle.count({ where: { key: { contains: "someone@example.org" } } })).toBe(2);
  });

  it(`lets one source try ${SIGN_UP_LIMIT} sign-ups an hour, then answers 429 before saying whether an email is taken`, async () => {
    const taken = await createUser(db());
    const source = "203.0.113.77";
    const start = new Date();
    const attempt = (email: string, now = start) =>
      signUp(db(), ZSignUpInput.parse({ name: "Prober", email, password: TEST_PASSWORD }), { source, now });
    for (let i = 0; i < SIGN_UP_LIMIT; i++) {
      await expect(attempt(taken.email)).rejects.toBeInstanceOf(EmailTakenError);
    }
    const refused = await attempt(taken.email).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(attempt("new-reader@example.org")).rejects.toBeInstanceOf(TooManyRequestsError);
    // Another address, and the same one an hour later, are not held up.
    expect(
      await signUp(db(), ZSignUpInput.parse({ name: "Other", email: "other@example.org", password: TEST_PASSWORD }), {
        source: "192.0.2.200",
      }),
    ).toMatchObject({ email: "other@example.org" });
    expect(await attempt("later@example.org", at(start, 62 * MINUTE))).toMatchObject({ email: "later@example.org" });
  }, 120_000);
});
