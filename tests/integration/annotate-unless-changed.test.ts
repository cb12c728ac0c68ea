import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { createAnnotationForSession } from "@/lib/annotations/create-annotation";
import { insertAnnotationUnlessChanged } from "@/lib/annotations/insert-annotation-unless-changed";
import type { NewAnnotation } from "@/lib/annotations/insert-annotation-row";
import { closeUserSession, openUserSession } from "@/lib/auth/user-sessions";
import { createGroup } from "@/lib/groups/create-group";
import { readableDocumentTextAndFacts } from "@/lib/documents/readable-document";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { removeShare } from "@/lib/sharing/change-share";
import { shareDocument } from "@/lib/sharing/share-document";
import { ZAnnotationCreate } from "@/lib/validation/annotation";
import { annotate, privateDocument, targetOf } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { seededRandom } from "../support/seeded-random";

const PHRASE = "knows who the boss is";

describe(`a tag written in one statement that holds to what was read, on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** A private document of an owner, shared with a commenter (who may annotate it), and what the commenter's read saw. */
  async function sharedWithCommenter() {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const document = await privateDocument(db(), owner.id);
    const { share } = await shareDocument(db(), owner.id, document.id, { email: reader.email, role: "commenter" });
    const { facts } = await readableDocumentTextAndFacts(db(), reader.id, document.id, "annotate");
    const annotation: NewAnnotation = {
      id: randomUUID(),
      documentId: document.id,
      authorId: reader.id,
      kind: "claim",
      comment: "read before the change",
      tags: ["a", "b,c"],
      visibility: "everyone",
      groupId: null,
      ...targetOf(document.plainText, PHRASE),
      searchText: "read before the change",
    };
    return { owner, reader, document, share, facts, annotation };
  }

  /** What a write leaves behind on the document: its annotations, its events and its last event number. */
  async function written(documentId: string) {
    const [annotations, events, document] = await Promise.all([
      db().annotation.count({ where: { documentId } }),
      db().documentEvent.count({ where: { documentId } }),
      db().document.findUniqueOrThrow({ where: { id: documentId }, select: { eventSeq: true } }),
    ]);
    return { annotations, events, eventSeq: document.eventSeq };
  }

  it("writes the annotation and its event, numbered on, and spends a token, when nothing changed", async () => {
    const { reader, document, annotation, facts } = await sharedWithCommenter();
    const before = await written(document.id);
    const row = await insertAnnotationUnlessChanged(db(), annotation, facts);
    expect(row).toMatchObject({
      id: annotation.id,
      author: { id: reader.id, name: "Reader" },
      tags: ["a", "b,c"],
      exact: PHRASE,
      visibility: "everyone",
      group: null,
    });
    expect(await written(document.id)).toEqual({
      annotations: before.annotations + 1,
      events: before.events + 1,
      eventSeq: before.eventSeq + 1,
    });
    const event = await db().documentEvent.findFirstOrThrow({
      where: { documentId: document.id, seq: before.eventSeq + 1 },
    });
    expect(event).toMatchObject({
      kind: "annotation",
      entityId: annotation.id,
      actorId: reader.id,
      audiences: [{ authorId: reader.id, visibility: "everyone", groupId: null }],
    });
    expect(await db().rateLimit.findFirst({ where: { userId: reader.id, action: "annotate" } })).toMatchObject({
      tokens: expect.closeTo(59, 0),
    });
  });

  const changes: [string, (setup: Awaited<ReturnType<typeof sharedWithCommenter>>) => Promise<unknown>][] = [
    [
      "the text changed (its version moved)",
      ({ document }) => db().document.update({ where: { id: document.id }, data: { version: { increment: 1 } } }),
    ],
    ["the share was removed", ({ owner, document, share }) => removeShare(db(), owner.id, document.id, share.id)],
    [
      "the share's role changed",
      ({ share }) => db().documentShare.update({ where: { id: share.id }, data: { role: "viewer" } }),
    ],
    [
      "a second share was added",
      async ({ document, reader }) =>
        db().documentShare.create({
          data: { documentId: document.id, userId: reader.id, role: "editor", createdById: reader.id },
        }),
    ],
    [
      "the document was opened to everyone",
      ({ document }) => db().document.update({ where: { id: document.id }, data: { visibility: "EVERYONE" } }),
    ],
  ];

  it.each(changes)("writes nothing, spends nothing and announces nothing when %s after the read", async (_, change) => {
    const setup = await sharedWithCommenter();
    await change(setup);
    const before = await written(setup.document.id);
    expect(await insertAnnotationUnlessChanged(db(), setup.annotation, setup.facts)).toBeNull();
    expect(await written(setup.document.id)).toEqual(before);
    expect(await db().rateLimit.count({ where: { userId: setup.reader.id } })).toBe(0);
  });

  it("writes nothing when the author's bucket is empty", async () => {
    const { reader, document, annotation, facts } = await sharedWithCommenter();
    await db().rateLimit.create({
      data: { userId: reader.id, action: "annotate", tokens: 0, updatedAt: new Date(Date.now() + 60_000) },
    });
    const before = await written(document.id);
    expect(await insertAnnotationUnlessChanged(db(), annotation, facts)).toBeNull();
    expect(await written(document.id)).toEqual(before);
  });

  const writers: [
    string,
    (setup: Awaited<ReturnType<typeof sharedWithCommenter>>) => Promise<() => Promise<unknown>>,
  ][] = [
    [
      "a tag, written in one statement",
      async ({ reader, document }) =>
        () =>
          annotate(db(), reader.id, document, PHRASE),
    ],
    [
      "a reply, written in the change path's transaction",
      async ({ owner, reader, document }) => {
        const thread = await annotate(db(), owner.id, document, PHRASE, { visibility: "everyone" });
        return () => addReply(db(), reader.id, thread.id, { body: "a reply" });
      },
    ],
  ];

  it.each(writers)(
    "never lands %s after its author's share was removed: it lands first (its event numbered first) or is refused 404 (seeded orders)",
    async (_, writerOf) => {
      const random = seededRandom(7);
      const outcomes = { landedFirst: 0, refused: 0 };
      for (let round = 0; round < 30; round++) {
        const setup = await sharedWithCommenter();
        const write = await writerOf(setup);
        const before = await written(setup.document.id);
        const lead = Math.floor(random() * 6);
        const writeFirst = random() < 0.5;
        const pause = async () => {
          for (let i = 0; i < lead; i++) await new Promise((resolve) => setImmediate(resolve));
        };
        const [wrote, removed] = await Promise.allSettled([
          (async () => {
            if (!writeFirst) await pause();
            return write();
          })(),
          (async () => {
            if (writeFirst) await pause();
            return removeShare(db(), setup.owner.id, setup.document.id, setup.share.id);
          })(),
        ]);
        expect(removed.status).toBe("fulfilled");
        const events = await db().documentEvent.findMany({
          where: { documentId: setup.document.id, seq: { gt: before.eventSeq } },
          orderBy: { seq: "asc" },
          select: { kind: true, actorId: true },
        });
        if (wrote.status === "fulfilled") {
          expect(events).toEqual([
            { kind: "annotation", actorId: setup.reader.id },
            { kind: "access", actorId: setup.owner.id },
          ]);
          outcomes.landedFirst += 1;
        } else {
          expect(wrote.reason).toBeInstanceOf(NotFoundError);
          expect(events).toEqual([{ kind: "access", actorId: setup.owner.id }]);
          expect(await written(setup.document.id)).toMatchObject({ annotations: before.annotations });
          // A write refused, even after waiting for the lock, spends no token.
          expect(await db().rateLimit.count({ where: { userId: setup.reader.id } })).toBe(0);
          outcomes.refused += 1;
        }
      }
      // Both orders happened, so both branches above were checked.
      expect(outcomes.landedFirst).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    },
  );

  it("lets tags in one statement and tags in the change path race each other, all landing, numbered without gaps", async () => {
    const { owner, document } = await sharedWithCommenter();
    const group = await createGroup(db(), owner.id, "Seminar");
    await shareDocument(db(), owner.id, document.id, { groupId: group.id, role: "commenter" });
    const before = await written(document.id);
    // A group's tag takes the change path (lock, then rate limit); the others one statement: the same order of locks.
    const tags = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        annotate(db(), owner.id, document, PHRASE, i % 2 ? { visibility: "group", groupId: group.id } : {}),
      ),
    );
    expect(tags.filter((tag) => tag.status === "rejected")).toEqual([]);
    const seqs = await db().documentEvent.findMany({
      where: { documentId: document.id, seq: { gt: before.eventSeq } },
      orderBy: { seq: "asc" },
      select: { seq: true },
    });
    expect(seqs.map(({ seq }) => seq)).toEqual(Array.from({ length: 12 }, (_, i) => before.eventSeq + 1 + i));
  });

  describe("for the browser holding a session (the POST route)", () => {
    const input = (plainText: string) =>
      ZAnnotationCreate.parse({ kind: "claim", visibility: "everyone", target: targetOf(plainText, PHRASE) });

    it("tags as the session's user, the session checked in the same statement as the document", async () => {
      const { reader, document } = await sharedWithCommenter();
      const session = await openUserSession(db(), reader.id);
      const view = await createAnnotationForSession(db(), session.id, document.id, input(document.plainText));
      expect(view.author).toEqual({ id: reader.id, name: "Reader" });
      expect(await db().annotation.count({ where: { documentId: document.id, authorId: reader.id } })).toBe(1);
    });

    it("refuses a closed session with 401 and a document the user may not read with 404, writing nothing", async () => {
      const { reader, document } = await sharedWithCommenter();
      const stranger = await createUser(db(), "Stranger");
      const closed = await openUserSession(db(), reader.id);
      await closeUserSession(db(), closed.id);
      const strangers = await openUserSession(db(), stranger.id);
      await expect(
        createAnnotationForSession(db(), closed.id, document.id, input(document.plainText)),
      ).rejects.toBeInstanceOf(UnauthenticatedError);
      await expect(
        createAnnotationForSession(db(), strangers.id, document.id, input(document.plainText)),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await db().annotation.count({ where: { documentId: document.id } })).toBe(0);
    });
  });
});
