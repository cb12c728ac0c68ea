import { peersHidden } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";

/**
 * The classmates whose annotations on `documentId` are hidden from `userId`
 * now (peersHidden): the other students of each course where `userId` is a
 * student and the document is the reading of an individual assignment whose
 * rule still hides them. Empty for everyone else — one indexed query when
 * the document is no assignment's reading. Classmates who have no account
 * yet have written nothing, so only accounts are listed.
 */
export async function hiddenPeerAuthors(tx: Tx, userId: string, documentId: string, now = new Date()) {
  const assignments = await tx.assignment.findMany({
    where: {
      documentId,
      mode: "individual",
      course: { members: { some: { userId, role: "student", removedAt: null } } },
    },
    select: { courseId: true, mode: true, peersVisible: true, dueAt: true },
  });
  if (assignments.length === 0) return [];
  // "Posted": any annotation of theirs there, even one deleted since — seeing peers is not taken back.
  const hasPosted = assignments.some((assignment) => assignment.peersVisible === "afterPosting")
    ? (await tx.annotation.count({ where: { documentId, authorId: userId }, take: 1 })) > 0
    : false;
  const courseIds = [
    ...new Set(assignments.filter((a) => peersHidden(a, hasPosted, now)).map((assignment) => assignment.courseId)),
  ];
  if (courseIds.length === 0) return [];
  const peers = await tx.courseMember.findMany({
    where: { courseId: { in: courseIds }, role: "student", userId: { not: null } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return peers
    .map((peer) => peer.userId!)
    .filter((id) => id !== userId)
    .sort();
}
