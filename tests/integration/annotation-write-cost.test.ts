import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { openUserSession, userOfSession } from "@/lib/auth/user-sessions";
import { createGroup } from "@/lib/groups/create-group";
import type { Db } from "@/lib/db/client";
import { ZAnnotationCreate } from "@/lib/validation/annotation";
import { sampleDocument, targetOf } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { statementLoggingClient } from "./support/statement-log";
import { currentTestDbConfig, DATABASE_KIND, useTestDb } from "./support/test-db";

/**
 * What one tag costs in round trips. Each statement costs ~3 ms through
 * Prisma on PGlite however small (docs/ARCHITECTURE.md, "Performance under
 * a class's load"), so the POST route's throughput follows this count; it
 * was 13 (BEGIN, the lock, the access check, the rate limit, the caps, the
 * text, Prisma's insert and its three reads back, the event, NOTIFY, COMMIT),
 * then 6 in one transaction.
 */
describe(`what one tag costs on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  let logged: { db: Db; statements: string[] };
  beforeAll(() => {
    logged = statementLoggingClient(currentTestDbConfig());
  });
  afterAll(async () => logged.db.$disconnect());

  async function statementsOfOneTag(inputOf: (authorId: string) => Promise<Record<string, unknown>>) {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Ann");
    const input = await inputOf(author.id);
    const parsed = ZAnnotationCreate.parse({
      kind: "claim",
      target: targetOf(sample.plainText, "knows who"),
      ...input,
    });
    logged.statements.length = 0;
    const view = await createAnnotation(logged.db, author.id, sample.id, parsed);
    return { statements: [...logged.statements], view, author };
  }

  it("is two statements and no transaction: the access read with the text, then the write that holds to it, with caps, rate limit, event and NOTIFY", async () => {
    const { statements, view, author } = await statementsOfOneTag(async () => ({
      visibility: "everyone",
      comment: "Leverage",
    }));
    expect(statements, JSON.stringify(statements, null, 1)).toHaveLength(2);
    expect(statements[0]).toMatch(/"plainText" from "Document" d where d.id = \$1::uuid$/);
    expect(statements[1]).toMatch(/unchanged as .*spent as .*insert into "Annotation".*pg_notify/);
    expect(view).toMatchObject({
      author: { id: author.id, name: "Ann" },
      comment: "Leverage",
      visibility: "everyone",
      group: null,
      deleted: false,
      hidden: false,
      replies: [],
    });
  });

  it("checks a session seen in the last few minutes, as every request does, in one statement", async () => {
    const reader = await createUser(db(), "Ann");
    const session = await openUserSession(db(), reader.id);
    logged.statements.length = 0;
    expect(await userOfSession(logged.db, session.id)).toEqual({ id: reader.id, email: reader.email, name: "Ann" });
    expect(logged.statements, logged.statements.join("\n")).toHaveLength(1);
  });

  it("checks a session unseen for over five minutes, moving its last-seen, in one statement too", async () => {
    const reader = await createUser(db(), "Ann");
    const start = new Date();
    const session = await openUserSession(db(), reader.id, { now: start });
    const later = new Date(start.getTime() + 6 * 60 * 1000);
    logged.statements.length = 0;
    expect(await userOfSession(logged.db, session.id, later)).toEqual({
      id: reader.id,
      email: reader.email,
      name: "Ann",
    });
    expect(logged.statements, logged.statements.join("\n")).toHaveLength(1);
    const { lastSeenAt } = await db().userSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(lastSeenAt.getTime()).toBe(later.getTime());
  });

  it("takes the change path's transaction for a tag shared with a group, reading the group, and gives its name", async () => {
    const { statements, view } = await statementsOfOneTag(async (authorId) => ({
      visibility: "group",
      groupId: (await createGroup(db(), authorId, "Seminar")).id,
    }));
    expect(statements, statements.join("\n")).toHaveLength(7);
    expect(view.group).toMatchObject({ name: "Seminar" });
  });
});
