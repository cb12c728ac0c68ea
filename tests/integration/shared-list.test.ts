import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { setAnnotationHidden } from "@/lib/annotations/hide-annotation";
import { listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { SharedListCache, sharedAnnotationList } from "@/lib/annotations/shared-list-cache";
import { buildSharedList } from "@/lib/annotations/shared-list";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { NotFoundError } from "@/lib/errors";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { removeShare } from "@/lib/sharing/change-share";
import { annotate, privateDocument } from "./support/annotation-factories";
import { share, sharedWorld, type Actor } from "./support/sharing-factories";
import { assignedReading } from "./support/assignment-reading";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// The list route serves every reader from one list per (document, event
// number) kept in memory and filtered per reader (lib/annotations/
// shared-list.ts). Whatever the cache holds, each reader must get exactly
// what the SQL permission rule (listAnnotationsAsOf) gives them — never an
// annotation they may not see — including after the changes that take
// annotations away from a reader.
describe(`the shared annotation list on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** The reader's list through the cache, parsed, beside the one built for them alone in SQL. */
  async function bothLists(cache: SharedListCache, userId: string, documentId: string) {
    const shared = await sharedAnnotationList(db(), userId, documentId, cache);
    const alone = await listAnnotationsAsOf(db(), userId, documentId);
    return { shared: JSON.parse(shared.body) as { annotations: unknown[]; seq: number }, sharedTag: shared.tag, alone };
  }

  const READERS: Actor[] = ["owner", "editor", "commenter", "viewer", "member", "linkHolder"];

  /** Every reader of the world gets from the cache exactly their SQL list; returns the lists' quotes by actor. */
  async function expectEveryReaderExact(cache: SharedListCache, world: Awaited<ReturnType<typeof sharedWorld>>) {
    const quotes: Partial<Record<Actor, string[]>> = {};
    for (const actor of READERS) {
      const { shared, sharedTag, alone } = await bothLists(cache, world.users[actor].id, world.document.id);
      expect(shared, actor).toEqual(JSON.parse(JSON.stringify({ annotations: alone.annotations, seq: alone.seq })));
      expect(sharedTag, actor).toBe(alone.tag);
      quotes[actor] = (shared.annotations as { target: { exact: string } }[]).map((a) => a.target.exact);
    }
    for (const outsider of [world.users.stranger, world.users.formerMember]) {
      await expect(sharedAnnotationList(db(), outsider.id, world.document.id, cache)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    return quotes;
  }

  /** The permission matrix's world with one annotation of each audience, a hidden one and deleted ones. */
  async function annotatedWorld() {
    const world = await sharedWorld(db());
    const { owner, commenter, member } = world.users;
    const doc = world.document;
    await annotate(db(), commenter.id, doc, "knows who the boss is", { visibility: "private" });
    const everyone = await annotate(db(), commenter.id, doc, "phone interview", { visibility: "everyone" });
    await annotate(db(), owner.id, doc, "Patronage", { visibility: "group", groupId: world.group.id });
    const hidden = await annotate(db(), member.id, doc, "Asymmetry", { visibility: "everyone" });
    await setAnnotationHidden(db(), owner.id, hidden.id, true);
    const threaded = await annotate(db(), member.id, doc, "the boss", { visibility: "everyone" });
    await addReply(db(), commenter.id, threaded.id, { body: "Agreed" });
    await deleteAnnotation(db(), member.id, threaded.id);
    const lonely = await annotate(db(), member.id, doc, "interview", { visibility: "everyone" });
    await deleteAnnotation(db(), member.id, lonely.id);
    return { world, everyone, hidden };
  }

  it("gives every reader of the permission matrix exactly their own list, and those who cannot read it none", async () => {
    const { world } = await annotatedWorld();
    const cache = new SharedListCache();
    const quotes = await expectEveryReaderExact(cache, world);
    // The rule at work, not two empty lists agreeing: each sees a different list.
    expect(quotes.commenter).toContain("knows who the boss is");
    expect(quotes.viewer).not.toContain("knows who the boss is");
    expect(quotes.member).toContain("Patronage");
    expect(quotes.linkHolder).not.toContain("Patronage");
    expect(quotes.owner).toContain("Asymmetry");
    expect(quotes.viewer).not.toContain("Asymmetry");
    expect(quotes.viewer).toContain("the boss");
    expect(quotes.owner).not.toContain("interview");
    // Built once for all of them.
    expect(cache.size().documents).toBe(1);
  });

  it("stays exact after a visibility change, a hidden annotation, a share removed and membership changes", async () => {
    const { world, everyone } = await annotatedWorld();
    const { owner, commenter, viewer, formerMember, member } = world.users;
    const cache = new SharedListCache();
    await expectEveryReaderExact(cache, world);

    await updateAnnotation(db(), commenter.id, everyone.id, { visibility: "private" });
    expect((await expectEveryReaderExact(cache, world)).viewer).not.toContain("phone interview");

    await updateAnnotation(db(), commenter.id, everyone.id, { visibility: "everyone" });
    await setAnnotationHidden(db(), owner.id, everyone.id, true);
    const afterHiding = await expectEveryReaderExact(cache, world);
    expect(afterHiding.viewer).not.toContain("phone interview");
    expect(afterHiding.editor).toContain("phone interview");

    const viewerShare = await db().documentShare.findFirstOrThrow({
      where: { documentId: world.document.id, userId: viewer.id },
    });
    await removeShare(db(), owner.id, world.document.id, viewerShare.id);
    await expect(sharedAnnotationList(db(), viewer.id, world.document.id, cache)).rejects.toBeInstanceOf(NotFoundError);

    await addGroupMember(db(), owner.id, world.group.id, formerMember.email);
    const rejoined = await bothLists(cache, formerMember.id, world.document.id);
    expect(rejoined.shared.annotations).toEqual(JSON.parse(JSON.stringify(rejoined.alone.annotations)));
    expect(rejoined.alone.annotations.map((a) => a.target.exact)).toContain("Patronage");

    await removeGroupMember(db(), owner.id, world.group.id, { userId: member.id });
    // The group's share was all that gave the member the document.
    const left = await sharedAnnotationList(db(), member.id, world.document.id, cache).catch((error: unknown) => error);
    expect(left).toBeInstanceOf(NotFoundError);
  });

  it("leaves out the group's annotations of a reader who left the group, even with no event recorded", async () => {
    const { world } = await annotatedWorld();
    const { formerMember, owner } = world.users;
    const cache = new SharedListCache();
    // Give the former member the document by another share, so only the group membership decides.
    await share(db(), owner.id, world.document.id, { email: formerMember.email, role: "viewer" });
    await addGroupMember(db(), owner.id, world.group.id, formerMember.email);
    const quotesOf = async () => {
      const { shared, alone } = await bothLists(cache, formerMember.id, world.document.id);
      expect(shared.annotations).toEqual(JSON.parse(JSON.stringify(alone.annotations)));
      return (shared.annotations as { target: { exact: string } }[]).map((a) => a.target.exact);
    };
    expect(await quotesOf()).toContain("Patronage");

    // As if the announcement after a membership change were lost: the cached list is still as of the same event.
    await db().groupMember.deleteMany({ where: { groupId: world.group.id, userId: formerMember.id } });
    expect(await quotesOf()).not.toContain("Patronage");
  });

  it("leaves out classmates hidden until posted, and their replies", async () => {
    const dueAt = new Date(Date.now() + 30 * 24 * 3_600_000);
    const { teacher, ann, ben, document, toCourse } = await assignedReading(db(), {
      dueAt,
      peersVisible: "afterPosting",
    });
    await annotate(db(), ben.id, document, "knows who the boss is", toCourse);
    const teachers = await annotate(db(), teacher.id, document, "phone interview", toCourse);
    await addReply(db(), ben.id, teachers.id, { body: "Ben's reply" });
    const cache = new SharedListCache();

    for (const reader of [teacher, ann, ben]) {
      const { shared, alone } = await bothLists(cache, reader.id, document.id);
      expect(shared.annotations, reader.name).toEqual(JSON.parse(JSON.stringify(alone.annotations)));
    }
    const annSees = (await bothLists(cache, ann.id, document.id)).shared.annotations as {
      target: { exact: string };
      replies: unknown[];
    }[];
    expect(annSees.map((a) => a.target.exact)).toEqual(["phone interview"]);
    expect(annSees[0]!.replies).toEqual([]);
  });

  it("never serves a list as of an older change, and keeps within its bound", async () => {
    const { world, everyone } = await annotatedWorld();
    const built = await buildSharedList(db(), world.document.id);
    let builds = 0;
    const counted = (database: Parameters<typeof buildSharedList>[0], documentId: string) => {
      builds++;
      return buildSharedList(database, documentId);
    };
    const cache = new SharedListCache({ documents: 1, chars: built.chars * 2 }, counted);
    await sharedAnnotationList(db(), world.users.viewer.id, world.document.id, cache);
    await sharedAnnotationList(db(), world.users.editor.id, world.document.id, cache);
    expect(builds).toBe(1);
    await updateAnnotation(db(), world.users.commenter.id, everyone.id, { visibility: "private" });
    const after = await sharedAnnotationList(db(), world.users.viewer.id, world.document.id, cache);
    expect(after.seq).toBeGreaterThan(built.seq);
    expect(after.body).not.toContain("phone interview");
    // Served from a list built again as of the change, not from the older one.
    expect(builds).toBe(2);

    const other = await privateDocument(db(), world.users.owner.id);
    await annotate(db(), world.users.owner.id, other, "phone interview", { visibility: "everyone" });
    await sharedAnnotationList(db(), world.users.owner.id, other.id, cache);
    expect(cache.size().documents).toBe(1);
    expect(cache.size().chars).toBeLessThanOrEqual(built.chars * 2);

    const tiny = new SharedListCache({ documents: 8, chars: 10 });
    const listed = await sharedAnnotationList(db(), world.users.owner.id, world.document.id, tiny);
    expect(JSON.parse(listed.body).annotations.length).toBeGreaterThan(0);
    expect(tiny.size()).toEqual({ documents: 0, chars: 0 });
  });
});
