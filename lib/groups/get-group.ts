import { canManageGroup, isManagedByCourse, readableDocumentsWhere } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { groupFor } from "./group-access";

/**
 * A group `userId` belongs to: its members, the documents shared with it
 * that they can open, and whether joining by link is on. Owners see
 * members' emails; everyone sees names, and "invited" for people who have
 * not come by since they were added. Opening it counts as `userId` having
 * joined. NotFoundError for anyone else.
 */
export async function getGroup(db: Db, userId: string, groupId: string) {
  const group = await groupFor(db, userId, groupId, "see");
  if (!group.membership.joinedAt) {
    await db.groupMember.update({ where: { id: group.membership.id }, data: { joinedAt: new Date() } });
  }
  const manager = canManageGroup(group.role);
  const [members, documents, invite] = await Promise.all([
    db.groupMember.findMany({
      where: { groupId },
      select: { id: true, userId: true, email: true, role: true, joinedAt: true, user: { select: { name: true } } },
      orderBy: [{ role: "asc" }, { addedAt: "asc" }, { id: "asc" }],
    }),
    db.document.findMany({
      where: { AND: [{ shares: { some: { groupId } } }, readableDocumentsWhere(userId)] },
      select: { id: true, title: true, shares: { where: { groupId }, select: { role: true } } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: 500,
    }),
    db.group.findUniqueOrThrow({
      where: { id: groupId },
      select: { inviteTokenHash: true, course: { select: { id: true } }, team: { select: { id: true } } },
    }),
  ]);
  return {
    id: group.id,
    name: group.name,
    role: group.role,
    // A course's group is changed on the course's page only (its roster is the one truth).
    canManage: manager && !isManagedByCourse(invite),
    courseId: invite.course?.id ?? null,
    inviteLinkOn: invite.inviteTokenHash !== null,
    members: members.map((member) => {
      const joined = member.userId !== null && (member.joinedAt !== null || member.userId === userId);
      return {
        id: member.id,
        userId: joined ? member.userId : null,
        name: joined ? (member.user?.name ?? null) : null,
        email: manager ? member.email : null,
        role: member.role,
        invited: !joined,
      };
    }),
    documents: documents.map((document) => ({
      id: document.id,
      title: document.title,
      role: document.shares[0]!.role,
    })),
  };
}

export type GroupDetail = Awaited<ReturnType<typeof getGroup>>;
