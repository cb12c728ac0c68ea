import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { handleRoute } from "@/app/api/_lib/handle-route";
import { addReply } from "@/lib/annotations/add-reply";
import { importW3CAnnotations } from "@/lib/annotations/import-w3c";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { TooManyRequestsError } from "@/lib/errors";
import { createGroup } from "@/lib/groups/create-group";
import { takeTokens } from "@/lib/limits/take-tokens";
import { MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT, WRITE_LIMITS, type WriteAction } from "@/lib/limits/write-limits";
import { createShareLink } from "@/lib/sharing/share-links";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { makeMap } from "./support/map-factories";
import { share } from "./support/sharing-factories";
import { DATABASE_KIND, currentTestDbConfig, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

/** Empties `userId`'s bucket for `action`, as if they had just spent it all. */
async function drain(db: Db, userId: string, action: WriteAction) {
  await db.$executeRaw`
    insert into "RateLimit" ("userId", action, tokens, "updatedAt") values (${userId}::uuid, ${action}, 0, now())
    on conflict ("userId", action) do update set tokens = 0, "updatedAt" = now()`;
}

/** Moves `userId`'s buckets `seconds` into the past, as if that much time had gone by. */
async function letTimePass(db: Db, userId: string, seconds: number) {
  await db.$executeRaw`
    update "RateLimit" set "updatedAt" = "updatedAt" - make_interval(secs => ${seconds}::float8)
    where "userId" = ${userId}::uuid`;
}

/**
 * Calls `write` until it is refused as too many (at most 200 times); how
 * many went through, and how many tokens (1,000 an hour) time itself may
 * have added meanwhile, so a slow machine does not fail the test.
 */
async function untilRefused(write: () => Promise<unknown>) {
  const began = Date.now();
  let accepted = 0;
  for (; accepted < 200; accepted++) {
    const error = await write().then(
      () => null,
      (reason: unknown) => reason,
    );
    if (error) {
      expect(error).toBeInstanceOf(TooManyRequestsError);
      break;
    }
  }
  return { accepted, refilled: Math.ceil((Date.now() - began) / 3600) };
}

const PHRASE = "knows who the boss is";

describe(`write limits on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("lets 60 annotations through at once, refuses the next with 429 and Retry-After, and saves nothing for it", async () => {
    const sample = await sampleDocument(db());
    const student = await createUser(db(), "Fast Student");
    const route = handleRoute(async () =>
      NextResponse.json(await annotate(db(), student.id, sample, PHRASE, { visibility: "everyone" }), { status: 201 }),
    );
    const began = Date.now();
    let response = await route(new Request("http://localhost/"), {});
    let accepted = 0;
    while (response.status === 201 && accepted < 100) {
      accepted += 1;
      response = await route(new Request("http://localhost/"), {});
    }
    // The bucket refills one token every 3.6 s while the loop runs: a slow machine gets a few more.
    const refilled = Math.ceil((Date.now() - began) / 3600);
    expect(accepted).toBeGreaterThanOrEqual(WRITE_LIMITS.annotate.capacity);
    expect(accepted).toBeLessThanOrEqual(WRITE_LIMITS.annotate.capacity + refilled);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(4);
    expect((await response.json()).error).toMatch(/adding annotations faster than Warrant allows.*try again in/);
    expect(await db().annotation.count({ where: { authorId: student.id } })).toBe(accepted);
  });

  it("refills with time: a minute later, 16 more go through (1,000 an hour), and never more than 60", async () => {
    const sample = await sampleDocument(db());
    const student = await createUser(db());
    await drain(db(), student.id, "annotate");
    expect(await errorOf(annotate(db(), student.id, sample, PHRASE))).toBeInstanceOf(TooManyRequestsError);
    await letTimePass(db(), student.id, 60);
    const afterAMinute = await untilRefused(() => annotate(db(), student.id, sample, PHRASE));
    expect(afterAMinute.accepted).toBeGreaterThanOrEqual(16);
    expect(afterAMinute.accepted).toBeLessThanOrEqual(16 + afterAMinute.refilled);
    expect(await db().annotation.count({ where: { authorId: student.id } })).toBe(afterAMinute.accepted);
    // However long the wait, the bucket holds at most its capacity.
    await letTimePass(db(), student.id, 30 * 24 * 3600);
    const afterAMonth = await untilRefused(() => takeTokens(db(), student.id, "annotate"));
    expect(afterAMonth.accepted).toBeGreaterThanOrEqual(60);
    expect(afterAMonth.accepted).toBeLessThanOrEqual(60 + afterAMonth.refilled);
  });

  it("is one bucket for two Prisma clients on the same database, and concurrent spending never overdraws it", async () => {
    const user = await createUser(db());
    const other = createPrismaClient(currentTestDbConfig());
    try {
      const attempts = await Promise.allSettled(
        Array.from({ length: 80 }, (_, i) => {
          const client = i % 2 === 0 ? db() : other;
          return client.$transaction((tx) => takeTokens(tx, user.id, "reply"));
        }),
      );
      expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(60);
      for (const attempt of attempts) {
        if (attempt.status === "rejected") expect(attempt.reason).toBeInstanceOf(TooManyRequestsError);
      }
      expect(await errorOf(other.$transaction((tx) => takeTokens(tx, user.id, "reply")))).toBeInstanceOf(
        TooManyRequestsError,
      );
    } finally {
      await other.$disconnect();
    }
  });

  it("limits replies on their own bucket", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const annotation = await annotate(db(), author.id, sample, PHRASE, { visibility: "everyone" });
    await drain(db(), author.id, "reply");
    expect(await errorOf(addReply(db(), author.id, annotation.id, { body: "one more" }))).toBeInstanceOf(
      TooManyRequestsError,
    );
    expect(await db().reply.count()).toBe(0);
    // Annotating is another bucket.
    await annotate(db(), author.id, sample, PHRASE);
  });

  it("counts a W3C import by the annotations it adds, and refuses one that does not fit whole", async () => {
    const sample = await sampleDocument(db());
    const importer = await createUser(db());
    const start = sample.plainText.indexOf(PHRASE);
    const item = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: [{ type: "TextualBody", purpose: "tagging", value: "claim" }],
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: PHRASE },
          { type: "TextPositionSelector", start, end: start + PHRASE.length },
        ],
      },
    };
    const file = (n: number) => ({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: Array.from({ length: n }, (_, i) => ({ ...item, id: `urn:example:${i}` })),
    });
    await drain(db(), importer.id, "importAnnotations");
    await letTimePass(db(), importer.id, 3600); // refills 5,000 / 24 ≈ 208
    const refused = await errorOf(
      importW3CAnnotations(db(), importer.id, sample.id, file(300), { visibility: "everyone" }),
    );
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(60);
    expect(await db().annotation.count()).toBe(0);
    const done = await importW3CAnnotations(db(), importer.id, sample.id, file(200), { visibility: "everyone" });
    expect(done.imported).toBe(200);
  });

  it("caps what one account keeps on a document, with 429, and deleting makes room", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    await db().annotation.createMany({
      data: Array.from({ length: MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT }, (_, i) => ({
        documentId: sample.id,
        authorId: author.id,
        kind: "note" as const,
        exact: sample.plainText.slice(i, i + 3),
        prefix: "",
        suffix: "",
        start: i,
        end: i + 3,
        searchText: "",
      })),
    });
    const refused = await errorOf(annotate(db(), author.id, sample, PHRASE));
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as Error).message).toMatch(/at most 2,000 annotations on a document/);
    // Someone else still may.
    const other = await createUser(db());
    await annotate(db(), other.id, sample, PHRASE);
    await db().annotation.updateMany({ where: { authorId: author.id, start: 0 }, data: { deletedAt: new Date() } });
    await annotate(db(), author.id, sample, PHRASE);
  });

  it("limits map saves, document imports, shares and groups, saving nothing when refused", async () => {
    const owner = await createUser(db(), "Owner");
    const friend = await createUser(db(), "Friend");
    const document = await privateDocument(db(), owner.id);

    await drain(db(), owner.id, "mapWrite");
    expect(await errorOf(makeMap(db(), owner.id, document.id))).toBeInstanceOf(TooManyRequestsError);
    expect(await db().argumentMap.count()).toBe(0);

    await drain(db(), owner.id, "importDocument");
    expect(await errorOf(createDocument(db(), owner.id, { format: "text", text: "Hello" }))).toBeInstanceOf(
      TooManyRequestsError,
    );
    expect(await db().document.count({ where: { ownerId: owner.id } })).toBe(1);

    await drain(db(), owner.id, "share");
    expect(await errorOf(share(db(), owner.id, document.id, { email: friend.email, role: "viewer" }))).toBeInstanceOf(
      TooManyRequestsError,
    );
    expect(await errorOf(createShareLink(db(), owner.id, document.id, "viewer"))).toBeInstanceOf(TooManyRequestsError);
    expect(await db().documentShare.count()).toBe(0);
    expect(await db().shareLink.count()).toBe(0);

    await drain(db(), owner.id, "createGroup");
    expect(await errorOf(createGroup(db(), owner.id, "Seminar"))).toBeInstanceOf(TooManyRequestsError);
    expect(await db().group.count()).toBe(0);
  });
});
