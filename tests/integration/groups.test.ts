import { describe, expect, it } from "vitest";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { signUp } from "@/lib/auth/sign-up";
import { getDocument } from "@/lib/documents/get-document";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { getGroup } from "@/lib/groups/get-group";
import { disableGroupInviteLink, renewGroupInviteLink } from "@/lib/groups/group-invite-link";
import { listGroups } from "@/lib/groups/list-groups";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { setGroupMemberRole } from "@/lib/groups/set-group-member-role";
import { listMaps } from "@/lib/maps/list-maps";
import { acceptInvite } from "@/lib/sharing/accept-invite";
import { ZGroupCreate } from "@/lib/validation/sharing";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser, TEST_PASSWORD } from "./support/factories";
import { makeMap, outcomeOf, rejectionOf } from "./support/map-factories";
import { share, tokenOf } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`groups on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("makes its creator the owner, lists members as invited until they come by, and hides emails from members", async () => {
    const owner = await createUser(db(), "Owner");
    const member = await createUser(db(), "Member");
    const group = await createGroup(db(), owner.id, "Reading group");
    expect(await listGroups(db(), owner.id)).toEqual([
      expect.objectContaining({ name: "Reading group", role: "owner", members: 1 }),
    ]);

    const added = await addGroupMember(db(), owner.id, group.id, member.email);
    const pending = await addGroupMember(db(), owner.id, group.id, "nobody-yet@example.org");
    // The answer never tells whether the email has an account.
    expect({ ...added.member, id: "", email: "" }).toEqual({ ...pending.member, id: "", email: "" });
    expect((await addGroupMember(db(), owner.id, group.id, member.email)).created).toBe(false);

    const asOwner = await getGroup(db(), owner.id, group.id);
    expect(asOwner.members.map((m) => [m.name, m.email, m.invited])).toEqual([
      ["Owner", owner.email, false],
      [null, member.email, true],
      [null, "nobody-yet@example.org", true],
    ]);
    const asMember = await getGroup(db(), member.id, group.id);
    expect(asMember.members.map((m) => [m.name, m.email])).toEqual([
      ["Owner", null],
      ["Member", null],
      [null, null],
    ]);
    expect((await getGroup(db(), owner.id, group.id)).members[1]).toMatchObject({ name: "Member", invited: false });

    await signUp(db(), { name: "Newcomer", email: "nobody-yet@example.org", password: TEST_PASSWORD });
    expect((await getGroup(db(), owner.id, group.id)).members.filter((m) => m.userId !== null)).toHaveLength(2);
  });

  it("lets only owners manage, members leave, and always keeps an owner", async () => {
    const owner = await createUser(db(), "Owner");
    const member = await createUser(db(), "Member");
    const stranger = await createUser(db(), "Stranger");
    const group = await createGroup(db(), owner.id, "Crew");
    await addGroupMember(db(), owner.id, group.id, member.email);

    expect(await rejectionOf(addGroupMember(db(), member.id, group.id, "x@example.org"))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await rejectionOf(removeGroupMember(db(), member.id, group.id, { userId: owner.id }))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await rejectionOf(renewGroupInviteLink(db(), member.id, group.id))).toBeInstanceOf(ForbiddenError);
    for (const id of [group.id, "00000000-0000-4000-8000-000000000000", "nope"]) {
      expect(await rejectionOf(getGroup(db(), stranger.id, id))).toBeInstanceOf(NotFoundError);
    }
    const lastOwner = await rejectionOf(removeGroupMember(db(), owner.id, group.id, { userId: owner.id }));
    expect(lastOwner).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(setGroupMemberRole(db(), owner.id, group.id, owner.id, "member"))).toBeInstanceOf(
      ForbiddenError,
    );

    await setGroupMemberRole(db(), owner.id, group.id, member.id, "owner");
    await removeGroupMember(db(), owner.id, group.id, { userId: owner.id });
    expect(await listGroups(db(), owner.id)).toEqual([]);
    // Now the member is the only owner: they cannot leave either.
    expect(await rejectionOf(removeGroupMember(db(), member.id, group.id, { userId: member.id }))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(await listGroups(db(), member.id)).toHaveLength(1);
  });

  it("lets people join by invite link until it is renewed or turned off", async () => {
    const owner = await createUser(db(), "Owner");
    const [first, second, third] = [await createUser(db()), await createUser(db()), await createUser(db())];
    const group = await createGroup(db(), owner.id, "Open group");
    const { path } = await renewGroupInviteLink(db(), owner.id, group.id);
    expect(await acceptInvite(db(), first.id, tokenOf(path))).toEqual({ kind: "group", groupId: group.id });
    expect((await getGroup(db(), first.id, group.id)).role).toBe("member");

    const renewed = await renewGroupInviteLink(db(), owner.id, group.id);
    expect(await rejectionOf(acceptInvite(db(), second.id, tokenOf(path)))).toBeInstanceOf(NotFoundError);
    await acceptInvite(db(), second.id, tokenOf(renewed.path));
    await disableGroupInviteLink(db(), owner.id, group.id);
    expect(await rejectionOf(acceptInvite(db(), third.id, tokenOf(renewed.path)))).toBeInstanceOf(NotFoundError);
    expect((await listGroups(db(), owner.id))[0]!.members).toBe(3);
  });

  it("shares a document with every member, and a removed member loses it on their next request", async () => {
    const owner = await createUser(db(), "Owner");
    const member = await createUser(db(), "Member");
    const document = await privateDocument(db(), owner.id);
    const group = await createGroup(db(), owner.id, "Readers");
    await addGroupMember(db(), owner.id, group.id, member.email);
    await share(db(), owner.id, document.id, { groupId: group.id, role: "viewer" });
    expect((await getDocument(db(), member.id, document.id)).role).toBe("viewer");
    expect((await getGroup(db(), member.id, group.id)).documents).toEqual([
      { id: document.id, title: expect.any(String), role: "viewer" },
    ]);

    await removeGroupMember(db(), owner.id, group.id, { userId: member.id });
    expect(await outcomeOf(getDocument(db(), member.id, document.id))).toBe("not found");
  });

  it("takes its shares with it when deleted, and leaves what was visible to it visible to its authors only", async () => {
    const owner = await createUser(db(), "Owner");
    const member = await createUser(db(), "Member");
    const document = await privateDocument(db(), owner.id);
    const group = await createGroup(db(), owner.id, "Short-lived");
    await addGroupMember(db(), owner.id, group.id, member.email);
    await share(db(), owner.id, document.id, { groupId: group.id, role: "commenter" });
    const theirs = await annotate(db(), member.id, document, "Lebanon", { visibility: "group", groupId: group.id });
    await makeMap(db(), member.id, document.id, { visibility: "group", groupId: group.id });

    expect(await rejectionOf(deleteGroup(db(), member.id, group.id))).toBeInstanceOf(ForbiddenError);
    expect(await deleteGroup(db(), owner.id, group.id)).toEqual({ id: group.id, documents: 1 });
    expect(await db().documentShare.count()).toBe(0);
    expect(await outcomeOf(getDocument(db(), member.id, document.id))).toBe("not found");
    expect(await db().annotation.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      visibility: "private",
      groupId: null,
    });
    expect(await listAnnotations(db(), owner.id, document.id)).toEqual([]);
    expect(await listMaps(db(), owner.id, document.id)).toEqual([]);
  });

  it("bounds a group's name through the API schema", () => {
    expect(ZGroupCreate.safeParse({ name: "   " }).success).toBe(false);
    expect(ZGroupCreate.safeParse({ name: "x".repeat(101) }).success).toBe(false);
    expect(ZGroupCreate.safeParse({ name: "Seminar", extra: 1 }).success).toBe(false);
    expect(ZGroupCreate.parse({ name: "  Seminar " })).toEqual({ name: "Seminar" });
  });
});
