import { describe, expect, it } from "vitest";
import { annotationListTag, sessionListTag } from "@/lib/annotations/annotation-list-tag";
import { closeUserSession, openUserSession } from "@/lib/auth/user-sessions";
import { listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { setAnnotationHidden } from "@/lib/annotations/hide-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { createGroup } from "@/lib/groups/create-group";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { removeShare } from "@/lib/sharing/change-share";
import { NotFoundError } from "@/lib/errors";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { sharedWorld } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// The list's ETag lets a reload with nothing changed answer 304 without
// rebuilding the list. Anything that changes what a reader may see must
// change their tag (or refuse them the document): else a 304 would let them
// keep, from their browser's cache, an annotation they may no longer see.
describe(`the annotation list's ETag on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  // Every tag is taken twice, as a list knows it and as a reload's one
  // statement (session check included) computes it: the two must agree,
  // refusals included.
  const tagOf = async (userId: string, documentId: string) => {
    const bySql = await annotationListTag(db(), userId, documentId).catch((error: unknown) => error);
    const { id: sessionId } = await openUserSession(db(), userId);
    const bySession = await sessionListTag(db(), sessionId, documentId)
      .then((reload) => reload?.tag)
      .catch((error: unknown) => error);
    if (bySql instanceof Error) {
      expect(bySession).toBeInstanceOf(bySql.constructor);
      throw bySql;
    }
    expect(bySession).toBe(bySql);
    return bySql as string;
  };
  const exactsOf = async (userId: string, documentId: string) =>
    (await listAnnotationsAsOf(db(), userId, documentId)).annotations.map((a) => a.target.exact);

  it("stays the same while nothing changes, and is the tag the full list was sent with", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "everyone" });

    const listed = await listAnnotationsAsOf(db(), reader.id, sample.id);
    expect(await tagOf(reader.id, sample.id)).toBe(listed.tag);
    expect(await tagOf(reader.id, sample.id)).toBe(listed.tag);
    expect(listed.tag).toMatch(/^W\/"[\w-]+"$/);
  });

  it("differs between readers and between filters, even where they see the same", async () => {
    const sample = await sampleDocument(db());
    const [one, two] = [await createUser(db(), "One"), await createUser(db(), "Two")];
    expect(await tagOf(one.id, sample.id)).not.toBe(await tagOf(two.id, sample.id));
    expect(await annotationListTag(db(), one.id, sample.id, { kind: "claim" })).not.toBe(
      await tagOf(one.id, sample.id),
    );
  });

  it("changes when an annotation's visibility changes, and when it is hidden", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const note = await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "everyone" });
    const seen = await tagOf(reader.id, sample.id);

    await updateAnnotation(db(), author.id, note.id, { visibility: "private" });
    const afterPrivate = await tagOf(reader.id, sample.id);
    expect(afterPrivate).not.toBe(seen);
    expect(await exactsOf(reader.id, sample.id)).toEqual([]);

    await updateAnnotation(db(), author.id, note.id, { visibility: "everyone" });
    const shownAgain = await tagOf(reader.id, sample.id);
    const owner = await db().document.findUniqueOrThrow({ where: { id: sample.id }, select: { ownerId: true } });
    await setAnnotationHidden(db(), owner.ownerId, note.id, true);
    expect(await tagOf(reader.id, sample.id)).not.toBe(shownAgain);
    expect(await exactsOf(reader.id, sample.id)).toEqual([]);
  });

  it("refuses the document (no 304 possible) once the share that gave it is removed", async () => {
    const world = await sharedWorld(db());
    const { viewer, owner } = world.users;
    await annotate(db(), owner.id, world.document, "knows who the boss is", { visibility: "everyone" });
    expect(await tagOf(viewer.id, world.document.id)).toEqual(expect.any(String));

    const viewerShare = await db().documentShare.findFirstOrThrow({
      where: { documentId: world.document.id, userId: viewer.id },
    });
    await removeShare(db(), owner.id, world.document.id, viewerShare.id);
    await expect(tagOf(viewer.id, world.document.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("changes with the reader's role, even when no event was recorded for the document", async () => {
    const world = await sharedWorld(db());
    const { owner, commenter } = world.users;
    const asCommenter = await tagOf(commenter.id, world.document.id);
    // As if the share's change had not gone through the change path: only the role differs.
    await db().documentShare.updateMany({
      where: { documentId: world.document.id, userId: commenter.id },
      data: { role: "viewer" },
    });
    expect(await tagOf(commenter.id, world.document.id)).not.toBe(asCommenter);
    expect(owner.id).not.toBe(commenter.id);
  });

  it("changes when the reader joins or leaves the group an annotation is shared with", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const group = await createGroup(db(), author.id, "Seminar");
    await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "group", groupId: group.id });
    const outside = await tagOf(reader.id, sample.id);

    await addGroupMember(db(), author.id, group.id, reader.email);
    const inside = await tagOf(reader.id, sample.id);
    expect(inside).not.toBe(outside);
    expect(await exactsOf(reader.id, sample.id)).toEqual(["knows who the boss is"]);

    await removeGroupMember(db(), author.id, group.id, { userId: reader.id });
    expect(await tagOf(reader.id, sample.id)).not.toBe(inside);
    expect(await exactsOf(reader.id, sample.id)).toEqual([]);
  });

  it("changes with the reader's groups even when no event was recorded for the document", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const group = await createGroup(db(), author.id, "Seminar");
    await addGroupMember(db(), author.id, group.id, reader.email);
    await annotate(db(), author.id, sample, "knows who the boss is", { visibility: "group", groupId: group.id });
    const inside = await tagOf(reader.id, sample.id);

    // As if the announcement after a membership change were lost (a crash between the two).
    await db().groupMember.deleteMany({ where: { groupId: group.id, userId: reader.id } });
    expect(await tagOf(reader.id, sample.id)).not.toBe(inside);
  });

  it("checks the session in the reload's statement: a closed, idle or unknown one gets no tag", async () => {
    const sample = await sampleDocument(db());
    const reader = await createUser(db(), "Reader");
    const start = new Date();
    const { id: sessionId } = await openUserSession(db(), reader.id, { now: start });
    const live = await sessionListTag(db(), sessionId, sample.id, {}, start);
    expect(live).toEqual({ userId: reader.id, tag: await annotationListTag(db(), reader.id, sample.id) });

    expect(await sessionListTag(db(), sessionId, sample.id, {}, new Date(start.getTime() + 25 * 3600_000))).toBeNull();
    expect(await sessionListTag(db(), "not-a-session", sample.id)).toBeNull();
    expect(await sessionListTag(db(), crypto.randomUUID(), sample.id)).toBeNull();
    await closeUserSession(db(), sessionId);
    expect(await sessionListTag(db(), sessionId, sample.id, {}, start)).toBeNull();
  });

  it("keeps a busy session alive from the reload's statement, and refuses a document that is not there", async () => {
    const sample = await sampleDocument(db());
    const reader = await createUser(db(), "Reader");
    const start = new Date();
    const { id: sessionId } = await openUserSession(db(), reader.id, { now: start });
    // 20 hours on, the session is stale but live: the reload moves its last-seen time, so 20 hours later still it lives.
    expect(
      await sessionListTag(db(), sessionId, sample.id, {}, new Date(start.getTime() + 20 * 3600_000)),
    ).not.toBeNull();
    expect(
      await sessionListTag(db(), sessionId, sample.id, {}, new Date(start.getTime() + 40 * 3600_000)),
    ).not.toBeNull();

    await expect(
      sessionListTag(db(), sessionId, crypto.randomUUID(), {}, new Date(start.getTime() + 40 * 3600_000)),
    ).rejects.toThrow(NotFoundError);
    await expect(
      sessionListTag(db(), sessionId, "nope", {}, new Date(start.getTime() + 40 * 3600_000)),
    ).rejects.toThrow(NotFoundError);
  });
});
