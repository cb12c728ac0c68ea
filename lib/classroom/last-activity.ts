import type { Db } from "@/lib/db/client";

/**
 * When each of `userIds` last worked in a course: the latest annotation,
 * reply or map save on any of its assignments' readings, or submission
 * (CourseMember.lastActiveAt, which submitting moves). Read when the roster
 * is shown rather than written on every annotation, so the reader's write
 * path pays nothing for it; three grouped queries whatever the roster's size.
 */
export async function lastActivityByUser(
  db: Db,
  courseId: string,
  members: readonly { userId: string | null; lastActiveAt: Date | null }[],
): Promise<Map<string, Date>> {
  const latest = new Map<string, Date>();
  const note = (userId: string, at: Date | null | undefined) => {
    const known = latest.get(userId);
    if (at && (!known || at > known)) latest.set(userId, at);
  };
  const userIds = members.flatMap((member) => (member.userId ? [member.userId] : []));
  for (const member of members) if (member.userId) note(member.userId, member.lastActiveAt);
  const readings = await db.assignment.findMany({ where: { courseId }, select: { documentId: true } });
  const documentIds = [...new Set(readings.map((reading) => reading.documentId))];
  if (documentIds.length === 0 || userIds.length === 0) return latest;
  const [annotations, replies, maps] = await Promise.all([
    db.annotation.groupBy({
      by: ["authorId"],
      where: { documentId: { in: documentIds }, authorId: { in: userIds } },
      _max: { updatedAt: true },
    }),
    db.reply.groupBy({
      by: ["authorId"],
      where: { annotation: { documentId: { in: documentIds } }, authorId: { in: userIds } },
      _max: { createdAt: true },
    }),
    db.argumentMap.groupBy({
      by: ["ownerId"],
      where: { documentId: { in: documentIds }, ownerId: { in: userIds } },
      _max: { updatedAt: true },
    }),
  ]);
  for (const row of annotations) note(row.authorId, row._max.updatedAt);
  for (const row of replies) note(row.authorId, row._max.createdAt);
  for (const row of maps) note(row.ownerId, row._max.updatedAt);
  return latest;
}
