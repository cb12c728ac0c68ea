import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { deleteReply } from "@/lib/annotations/delete-reply";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { stepsForReader } from "@/lib/realtime/frames-for-reader";
import { readChanges } from "@/lib/realtime/resolve-changes";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { sharedWorld } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

const NOBODY = "00000000-0000-4000-8000-000000000000";

describe(`deleting a reply (undo of replying) on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** The sample, an annotation of its author's shared with everyone, and another reader. */
  async function sharedAnnotation() {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const annotation = await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "everyone" });
    return { sample, author, reader, annotation };
  }

  it("its author deletes their reply; the thread keeps the others'", async () => {
    const { sample, author, reader, annotation } = await sharedAnnotation();
    const first = await addReply(db(), reader.id, annotation.id, { body: "Or bluster?" });
    const mine = await addReply(db(), author.id, annotation.id, { body: "Leverage." });

    expect(await deleteReply(db(), author.id, annotation.id, mine.id)).toEqual({ id: mine.id });
    const [listed] = await listAnnotations(db(), reader.id, sample.id);
    expect(listed!.replies.map((reply) => reply.id)).toEqual([first.id]);
    expect(await db().reply.count()).toBe(1);
    // Gone means gone: a second delete finds nothing.
    expect(await errorOf(deleteReply(db(), author.id, annotation.id, mine.id))).toEqual(
      new NotFoundError("Reply not found"),
    );
  });

  it("refuses anyone but the reply's author, and leaves the reply", async () => {
    const { author, reader, annotation } = await sharedAnnotation();
    const reply = await addReply(db(), reader.id, annotation.id, { body: "Or bluster?" });

    // Not even the annotation's author may delete someone else's reply.
    expect(await errorOf(deleteReply(db(), author.id, annotation.id, reply.id))).toEqual(
      new ForbiddenError("Only its author can delete a reply"),
    );
    expect(await db().reply.count()).toBe(1);
  });

  it("answers not found for a reply of another annotation, a missing one, or an annotation the caller cannot see", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const stranger = await createUser(db(), "Stranger");
    const shared = await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "everyone" });
    const other = await annotate(db(), author.id, sample, "Benjamin Netanyahu", { visibility: "everyone" });
    const secret = await annotate(db(), author.id, sample, "Kenji Flores");
    const reply = await addReply(db(), author.id, shared.id, { body: "On this one" });
    const onSecret = await addReply(db(), author.id, secret.id, { body: "Private thought" });

    for (const [caller, annotationId, replyId] of [
      [author.id, other.id, reply.id],
      [author.id, shared.id, NOBODY],
      [author.id, NOBODY, reply.id],
      [author.id, shared.id, "not-a-uuid"],
      [stranger.id, secret.id, onSecret.id],
    ] as const) {
      expect(await errorOf(deleteReply(db(), caller, annotationId, replyId))).toBeInstanceOf(NotFoundError);
    }
    expect(await db().reply.count()).toBe(2);
  });

  it("refuses its author once they may no longer annotate the document", async () => {
    const { document, users } = await sharedWorld(db());
    const annotation = await annotate(db(), users.owner.id, document, "knows who the boss is", {
      visibility: "everyone",
    });
    const reply = await addReply(db(), users.commenter.id, annotation.id, { body: "Mine" });
    await db().documentShare.updateMany({ where: { userId: users.commenter.id }, data: { role: "viewer" } });

    expect(await errorOf(deleteReply(db(), users.commenter.id, annotation.id, reply.id))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db().reply.count()).toBe(1);
  });

  it("takes a deleted annotation's placeholder away with its last reply", async () => {
    const { sample, author, reader, annotation } = await sharedAnnotation();
    const reply = await addReply(db(), reader.id, annotation.id, { body: "Or bluster?" });
    await deleteAnnotation(db(), author.id, annotation.id);
    expect((await listAnnotations(db(), reader.id, sample.id)).map((a) => a.deleted)).toEqual([true]);

    await deleteReply(db(), reader.id, annotation.id, reply.id);
    expect(await listAnnotations(db(), reader.id, sample.id)).toEqual([]);
  });

  it("goes through the change path: a live reader gets the annotation without the reply", async () => {
    const { sample, author, reader, annotation } = await sharedAnnotation();
    const reply = await addReply(db(), author.id, annotation.id, { body: "Second thoughts" });
    const { eventSeq } = await db().document.findUniqueOrThrow({
      where: { id: sample.id },
      select: { eventSeq: true },
    });

    await deleteReply(db(), author.id, annotation.id, reply.id);
    const resolved = await readChanges(db(), sample.id, eventSeq);
    expect(
      stepsForReader({ userId: reader.id, role: "commenter", groupIds: new Set() }, resolved).at(-1),
    ).toMatchObject({ frame: { type: "annotation", annotation: { id: annotation.id, replies: [] } } });
  });
});
