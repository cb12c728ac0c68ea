import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { signIn, TooManyAttemptsError } from "@/lib/auth/sign-in";
import { PAIR_LIMIT } from "@/lib/auth/sign-in-throttle";
import {
  closeOtherUserSessions,
  listUserSessions,
  openUserSession,
  purgeEndedSessions,
  SESSION_PURGE_BATCH,
  userOfSession,
} from "@/lib/auth/user-sessions";
import { InvalidInputError } from "@/lib/errors";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe(`user sessions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("ends a session idle for 24 hours although its absolute lifetime has not run out", async () => {
    const user = await createUser(db());
    const start = new Date();
    const { id } = await openUserSession(db(), user.id, { now: start });
    // Used every 23 hours, it lives on: each use moves "last seen" forward.
    expect(await userOfSession(db(), id, at(start, 23 * HOUR))).toEqual(user);
    expect(await userOfSession(db(), id, at(start, 46 * HOUR))).toEqual(user);
    // Then 24 hours without a request: ended.
    expect(await userOfSession(db(), id, at(start, 70 * HOUR + 1000))).toBeNull();
    const idle = await openUserSession(db(), user.id, { now: start });
    expect(await userOfSession(db(), idle.id, at(start, 24 * HOUR + 1000))).toBeNull();
  });

  it("still ends a session at its absolute lifetime, however busy", async () => {
    const user = await createUser(db());
    const start = new Date();
    const { id } = await openUserSession(db(), user.id, { now: start });
    // A request every 23 hours never lets it idle out.
    for (let t = 23 * HOUR; t < 30 * 24 * HOUR; t += 23 * HOUR) {
      expect(await userOfSession(db(), id, at(start, t))).toEqual(user);
    }
    expect(await userOfSession(db(), id, at(start, 30 * 24 * HOUR + 1000))).toBeNull();
  });

  it("writes last-seen at most once every five minutes, not on every request", async () => {
    const user = await createUser(db());
    const start = new Date();
    const { id } = await openUserSession(db(), user.id, { now: start });
    const lastSeen = async () => (await db().userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();
    for (let s = 1; s < 5 * 60; s += 30) await userOfSession(db(), id, at(start, s * 1000));
    expect(await lastSeen()).toBe(start.getTime());
    await userOfSession(db(), id, at(start, 5 * MINUTE + 1000));
    expect(await lastSeen()).toBe(start.getTime() + 5 * MINUTE + 1000);
  });

  it("lists the user's live sessions with when each began, was last seen and its browser", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    const start = new Date(Date.now() - 2 * HOUR);
    const firefox = await openUserSession(db(), user.id, { userAgent: "Firefox/140", now: start });
    const chromium = await openUserSession(db(), user.id, { userAgent: "Chromium/150".padEnd(400, "x") });
    await openUserSession(db(), user.id, { now: at(start, -25 * HOUR) });
    await openUserSession(db(), other.id);

    const sessions = await listUserSessions(db(), user.id);
    expect(sessions.map((s) => s.id)).toEqual([chromium.id, firefox.id]);
    expect(sessions[1]).toMatchObject({ userAgent: "Firefox/140", createdAt: start, lastSeenAt: start });
    expect(sessions[0]!.userAgent).toHaveLength(256);
  });

  it("signs out every other session of the user, and no one else's", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    const mine = await openUserSession(db(), user.id);
    const laptop = await openUserSession(db(), user.id);
    const phone = await openUserSession(db(), user.id);
    const theirs = await openUserSession(db(), other.id);

    expect(await closeOtherUserSessions(db(), user.id, mine.id)).toBe(2);
    expect(await userOfSession(db(), mine.id)).toEqual(user);
    expect(await userOfSession(db(), laptop.id)).toBeNull();
    expect(await userOfSession(db(), phone.id)).toBeNull();
    expect(await userOfSession(db(), theirs.id)).toEqual(other);
  });

  it(`purges ended session rows on sign-in, at most ${SESSION_PURGE_BATCH} at a time`, async () => {
    const user = await createUser(db());
    const now = new Date();
    const past = new Date(now.getTime() - 1000);
    const extra = 50;
    await db().userSession.createMany({
      data: Array.from({ length: SESSION_PURGE_BATCH + extra }, (_, i) =>
        i % 2 === 0
          ? { userId: user.id, expiresAt: past }
          : { userId: user.id, expiresAt: at(now, HOUR), lastSeenAt: at(now, -25 * HOUR) },
      ),
    });
    const live = await db().userSession.create({ data: { userId: user.id, expiresAt: at(now, HOUR) } });

    await openUserSession(db(), user.id, { now });
    expect(await db().userSession.count()).toBe(extra + 2);
    expect(await purgeEndedSessions(db(), now)).toBe(extra);
    expect(await db().userSession.count()).toBe(2);
    expect(await userOfSession(db(), live.id)).toEqual(user);
  });
});

describe(`changing a password on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const NEW_PASSWORD = "a completely new passphrase";

  it("needs the current password, then ends the user's other sessions and keeps this one", async () => {
    const user = await createUser(db());
    const here = await openUserSession(db(), user.id);
    const elsewhere = await openUserSession(db(), user.id);
    const session = { userId: user.id, sessionId: here.id };

    const wrong = await changePassword(db(), session, {
      currentPassword: "not my password",
      newPassword: NEW_PASSWORD,
    }).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(InvalidInputError);
    expect((wrong as InvalidInputError).field).toBe("currentPassword");
    expect(await userOfSession(db(), elsewhere.id)).toEqual(user);
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);

    expect(await changePassword(db(), session, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({
      endedSessions: 1,
    });
    expect(await userOfSession(db(), here.id)).toEqual(user);
    expect(await userOfSession(db(), elsewhere.id)).toBeNull();
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await signIn(db(), { email: user.email, password: NEW_PASSWORD })).toEqual(user);
  });

  it("counts wrong current passwords like failed sign-ins", async () => {
    const user = await createUser(db());
    const here = await openUserSession(db(), user.id);
    const session = { userId: user.id, sessionId: here.id };
    const source = "203.0.113.44";
    for (let i = 0; i < PAIR_LIMIT; i++) {
      await expect(
        changePassword(db(), session, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD }, { source }),
      ).rejects.toBeInstanceOf(InvalidInputError);
    }
    await expect(
      changePassword(db(), session, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { source }),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(await signIn(db(), { email: user.email, password: TEST_PASSWORD })).toEqual(user);
  });
});
