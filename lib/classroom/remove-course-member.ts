import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { announceAccessChange } from "@/lib/groups/announce-access-change";
import { courseFor } from "./course-access";
import { dropFromGroup } from "./course-group-membership";
import { keepATeacher, rosterMember } from "./roster-member";
import { dropFromTeams } from "./team-members";

/**
 * A teacher removes someone from the course. Someone only invited (no
 * account yet) is simply taken off the roster. Anyone else is marked
 * removed: they lose the course and its group, and any small group of its
 * assignments, at once (their live streams close), cannot come back by the
 * join code, and their work stays, out of their peers' sight (hideFromPeers). A course always keeps a teacher
 * (ForbiddenError). NotFoundError for someone not on the roster.
 */
export async function removeCourseMember(db: Db, userId: string, courseId: string, memberId: string) {
  const removed = await db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "manage");
    const member = await rosterMember(tx, courseId, memberId);
    if (member.role === "teacher") await keepATeacher(tx, courseId, member.id);
    if (member.userId === null) await tx.courseMember.delete({ where: { id: member.id } });
    else await tx.courseMember.update({ where: { id: member.id }, data: { removedAt: new Date() } });
    await dropFromGroup(tx, course.groupId, member);
    const teamGroupIds = member.userId ? await dropFromTeams(tx, courseId, member.userId) : [];
    return { id: member.id, userId: member.userId, groupId: course.groupId, teamGroupIds };
  });
  for (const groupId of removed.userId ? [removed.groupId, ...removed.teamGroupIds] : []) {
    await hideFromPeers(db, userId, removed.userId!, groupId);
  }
  await announceAccessChange(db, userId, removed.groupId);
  return { id: removed.id };
}

/**
 * What a removed member made visible to the course's group stops being
 * seen by their classmates, and stays for grading. Annotations are marked
 * hidden (`hiddenAt`), the moderation flag the reader already honours:
 * the author still sees them, marked hidden, and so do the document's
 * moderators, its owner and editors — the teacher who assigned a reading
 * of theirs — while peers no longer do. Making them private instead would
 * have hidden them from the teacher too. Maps have no hidden flag, so a
 * map they shared with the course becomes private; what they submitted is
 * frozen in their Submission snapshot, which grading reads. Each document
 * goes through its change path so open readers are told at once.
 */
async function hideFromPeers(db: Db, actorId: string, authorId: string, groupId: string) {
  const touched = await db.document.findMany({
    where: {
      OR: [
        { annotations: { some: { authorId, groupId, visibility: "group", hiddenAt: null } } },
        { maps: { some: { ownerId: authorId, groupId, visibility: "group" } } },
      ],
    },
    select: { id: true },
  });
  const shared = { authorId, visibility: "group" as const, groupId };
  for (const { id: documentId } of touched) {
    await withDocumentChange(db, { documentId, actorId }, async (tx, record) => {
      await tx.annotation.updateMany({
        where: { documentId, authorId, groupId, visibility: "group", hiddenAt: null },
        data: { hiddenAt: new Date() },
      });
      const maps = await tx.argumentMap.findMany({
        where: { documentId, ownerId: authorId, groupId, visibility: "group" },
        select: { id: true },
      });
      await tx.argumentMap.updateMany({
        where: { id: { in: maps.map((map) => map.id) } },
        data: { visibility: "private", groupId: null },
      });
      record({ kind: "annotations", audiences: [shared, { ...shared, hidden: true }] });
      for (const map of maps) {
        record({ kind: "map", id: map.id, audiences: [shared, { ...shared, visibility: "private", groupId: null }] });
      }
    });
  }
}
