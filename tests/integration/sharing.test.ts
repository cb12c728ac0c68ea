import { describe, expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { signUp } from "@/lib/auth/sign-up";
import { getDocument } from "@/lib/documents/get-document";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { createGroup } from "@/lib/groups/create-group";
import { listDocuments } from "@/lib/documents/list-documents";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { listMaps } from "@/lib/maps/list-maps";
import { acceptInvite, describeInvite } from "@/lib/sharing/accept-invite";
import { removeShare, updateShare } from "@/lib/sharing/change-share";
import { listShares } from "@/lib/sharing/list-shares";
import { markShareOpened } from "@/lib/sharing/mark-share-opened";
import { createShareLink, revokeShareLink } from "@/lib/sharing/share-links";
import { MAX_LINKS_PER_DOCUMENT } from "@/lib/validation/sharing";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { makeMap, outcomeOf, rejectionOf } from "./support/map-factories";
import { share, tokenOf } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`sharing a document on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("answers the same for an email with an account and one without, and the pending share takes effect at sign-up", async () => {
    const owner = await createUser(db(), "Owner");
    const known = await createUser(db(), "Known");
    const document = await privateDocument(db(), owner.id);
    const toKnown = await share(db(), owner.id, document.id, { email: known.email, role: "commenter" });
    const toNobody = await share(db(), owner.id, document.id, { email: "Later@Example.org", role: "viewer" });
    const shape = (view: typeof toKnown) => ({ ...view, id: "", email: "", role: "" });
    expect(shape(toKnown)).toEqual(shape(toNobody));
    expect(toNobody).toMatchObject({ kind: "person", email: "later@example.org", name: null, invited: true });

    // Both are "invited" until they open the document; then the one with an account shows by name.
    const listed = async () => (await listShares(db(), owner.id, document.id)).shares;
    expect((await listed()).map((s) => s.kind === "person" && [s.email, s.invited])).toEqual([
      [known.email, true],
      ["later@example.org", true],
    ]);
    await getDocument(db(), known.id, document.id);
    await markShareOpened(db(), known.id, document.id);
    expect((await listed())[0]).toMatchObject({ name: "Known", invited: false, role: "commenter" });

    const later = await signUp(db(), { name: "Later", email: "later@example.org", password: TEST_PASSWORD });
    expect((await getDocument(db(), later.id, document.id)).role).toBe("viewer");
    expect((await listDocuments(db(), later.id)).documents.map((d) => [d.id, d.role])).toEqual([
      [document.id, "viewer"],
    ]);
  });

  it("changes the role when shared again, and refuses the owner's email and groups the sharer is not in", async () => {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const outsider = await createUser(db(), "Outsider");
    const document = await privateDocument(db(), owner.id);
    const first = await share(db(), owner.id, document.id, { email: reader.email, role: "viewer" });
    const again = await share(db(), owner.id, document.id, { email: reader.email, role: "editor" });
    expect(again).toMatchObject({ id: first.id, role: "editor" });
    expect(await db().documentShare.count()).toBe(1);

    const self = await rejectionOf(share(db(), owner.id, document.id, { email: owner.email, role: "viewer" }));
    expect(self).toBeInstanceOf(InvalidInputError);
    expect(self).toMatchObject({ field: "email" });
    const theirs = await createGroup(db(), outsider.id, "Not yours");
    const group = await rejectionOf(share(db(), owner.id, document.id, { groupId: theirs.id, role: "viewer" }));
    expect(group).toMatchObject({ field: "groupId" });
    expect(await db().documentShare.count()).toBe(1);
  });

  it("ends access on the next request when a share is removed, and narrows it when the role is lowered", async () => {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const document = await privateDocument(db(), owner.id);
    const granted = await share(db(), owner.id, document.id, { email: reader.email, role: "commenter" });
    const mine = await annotate(db(), reader.id, document, "Benjamin Netanyahu", { visibility: "everyone" });

    await updateShare(db(), owner.id, document.id, granted.id, "viewer");
    expect(await outcomeOf(updateAnnotation(db(), reader.id, mine.id, { comment: "x" }))).toBe("forbidden");
    expect(await outcomeOf(annotate(db(), reader.id, document, "Lebanon"))).toBe("forbidden");

    await removeShare(db(), owner.id, document.id, granted.id);
    expect(await outcomeOf(getDocument(db(), reader.id, document.id))).toBe("not found");
    expect(await outcomeOf(listAnnotations(db(), reader.id, document.id))).toBe("not found");
    // What they wrote stays for those who can still read the document.
    expect((await listAnnotations(db(), owner.id, document.id)).map((a) => a.id)).toEqual([mine.id]);
    expect(await outcomeOf(removeShare(db(), owner.id, document.id, granted.id))).toBe("not found");
  });

  it("gives a share link's role to whoever accepts it, until it is revoked", async () => {
    const owner = await createUser(db(), "Owner");
    const holder = await createUser(db(), "Holder");
    const document = await privateDocument(db(), owner.id);
    const link = await createShareLink(db(), owner.id, document.id, "viewer");
    const token = tokenOf(link.path);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db().shareLink.count({ where: { tokenHash: token } })).toBe(0);
    expect(await describeInvite(db(), token)).toMatchObject({ kind: "document", role: "viewer", sharedBy: "Owner" });

    expect(await outcomeOf(getDocument(db(), holder.id, document.id))).toBe("not found");
    expect(await acceptInvite(db(), holder.id, token)).toEqual({ kind: "document", documentId: document.id });
    await acceptInvite(db(), holder.id, token);
    expect((await getDocument(db(), holder.id, document.id)).role).toBe("viewer");
    expect((await listShares(db(), owner.id, document.id)).links).toEqual([
      expect.objectContaining({ id: link.id, role: "viewer", uses: 1 }),
    ]);

    await revokeShareLink(db(), owner.id, document.id, link.id);
    expect(await outcomeOf(getDocument(db(), holder.id, document.id))).toBe("not found");
    expect(await describeInvite(db(), token)).toBeNull();
    for (const bad of [token, "short", `${token.slice(0, 42)}!`]) {
      expect(await rejectionOf(acceptInvite(db(), holder.id, bad))).toBeInstanceOf(NotFoundError);
    }
    expect(await db().shareLinkUse.count()).toBe(0);
  });

  it(`keeps at most ${MAX_LINKS_PER_DOCUMENT} working links per document`, async () => {
    const owner = await createUser(db(), "Owner");
    const document = await privateDocument(db(), owner.id);
    for (let i = 0; i < MAX_LINKS_PER_DOCUMENT; i++) await createShareLink(db(), owner.id, document.id, "viewer");
    expect(await rejectionOf(createShareLink(db(), owner.id, document.id, "viewer"))).toBeInstanceOf(InvalidInputError);
    expect(await db().shareLink.count()).toBe(MAX_LINKS_PER_DOCUMENT);
  });

  it("lets an annotation or map be visible to a group the document is shared with, and to no other group", async () => {
    const owner = await createUser(db(), "Owner");
    const member = await createUser(db(), "Member");
    const outsider = await createUser(db(), "Outsider");
    const document = await privateDocument(db(), owner.id);
    const readers = await createGroup(db(), owner.id, "Readers");
    const elsewhere = await createGroup(db(), owner.id, "Elsewhere");
    await addGroupMember(db(), owner.id, readers.id, member.email);
    await share(db(), owner.id, document.id, { groupId: readers.id, role: "commenter" });
    await share(db(), owner.id, document.id, { email: outsider.email, role: "commenter" });

    const refused = await rejectionOf(
      annotate(db(), owner.id, document, "Lebanon", { visibility: "group", groupId: elsewhere.id }),
    );
    expect(refused).toMatchObject({ field: "groupId" });
    const forGroup = await annotate(db(), owner.id, document, "Benjamin Netanyahu", {
      visibility: "group",
      groupId: readers.id,
    });
    expect(forGroup.group).toEqual({ id: readers.id, name: "Readers" });
    const map = await makeMap(db(), owner.id, document.id, { visibility: "group", groupId: readers.id });

    const seen = async (userId: string) => (await listAnnotations(db(), userId, document.id)).map((a) => a.id);
    expect(await seen(member.id)).toEqual([forGroup.id]);
    expect(await seen(outsider.id)).toEqual([]);
    expect((await listMaps(db(), member.id, document.id)).map((m) => m.id)).toEqual([map.id]);
    expect(await listMaps(db(), outsider.id, document.id)).toEqual([]);
    expect((await listAnnotations(db(), member.id, document.id, { groupId: readers.id })).map((a) => a.id)).toEqual([
      forGroup.id,
    ]);

    // On a document shared with everyone, any group of the author's is an audience.
    const sample = await sampleDocument(db());
    const onSample = await annotate(db(), owner.id, sample, "Lebanon", { visibility: "group", groupId: elsewhere.id });
    expect(onSample.group?.name).toBe("Elsewhere");
    expect(await seen(member.id)).toEqual([forGroup.id]);
  });
});
