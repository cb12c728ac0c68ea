import type { Db } from "@/lib/db/client";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { createGroup } from "@/lib/groups/create-group";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { acceptInvite } from "@/lib/sharing/accept-invite";
import { createShareLink } from "@/lib/sharing/share-links";
import { shareDocument } from "@/lib/sharing/share-document";
import { ZShareCreate } from "@/lib/validation/sharing";
import { privateDocument } from "./annotation-factories";
import { createUser } from "./factories";

/** The token of a path `/invites/<token>` as createShareLink and the group invite link answer. */
export function tokenOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** `sharerId` shares a document through ZShareCreate and shareDocument, as the API does. */
export async function share(db: Db, sharerId: string, documentId: string, input: unknown) {
  return (await shareDocument(db, sharerId, documentId, ZShareCreate.parse(input))).share;
}

/**
 * Everyone the permission matrix asks about, around one private document of
 * the owner's: an editor, a commenter and a viewer it is shared with by
 * email; a member of a group it is shared with (as commenter); someone who
 * opened a commenter share link; a former member of that group; a stranger.
 * The owner belongs to the group too, so their group-visible items have an
 * audience.
 */
export async function sharedWorld(db: Db) {
  const owner = await createUser(db, "Owner");
  const [editor, commenter, viewer, member, linkHolder, formerMember, stranger] = await Promise.all(
    ["Editor", "Commenter", "Viewer", "Member", "Link holder", "Former member", "Stranger"].map((name) =>
      createUser(db, name),
    ),
  );
  const document = await privateDocument(db, owner.id);
  await share(db, owner.id, document.id, { email: editor.email, role: "editor" });
  await share(db, owner.id, document.id, { email: commenter.email, role: "commenter" });
  await share(db, owner.id, document.id, { email: viewer.email, role: "viewer" });
  const group = await createGroup(db, owner.id, "Reading group");
  await addGroupMember(db, owner.id, group.id, member.email);
  await addGroupMember(db, owner.id, group.id, formerMember.email);
  await share(db, owner.id, document.id, { groupId: group.id, role: "commenter" });
  const link = await createShareLink(db, owner.id, document.id, "commenter");
  await acceptInvite(db, linkHolder.id, tokenOf(link.path));
  await removeGroupMember(db, owner.id, group.id, { userId: formerMember.id });
  return {
    document,
    group,
    link,
    users: { owner, editor, commenter, viewer, member, linkHolder, formerMember, stranger },
  };
}

export type Actor = keyof Awaited<ReturnType<typeof sharedWorld>>["users"];
