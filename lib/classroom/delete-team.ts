import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { listTeams } from "./list-teams";
import { teamsAssignmentFor } from "./team-members";
import { TEAM_NOT_FOUND } from "./update-team";

/**
 * A teacher deletes a group (its Group, its share of the reading), leaving
 * its students in no group. Only while nothing was made visible to it: once
 * an annotation or map is, deleting it would take that work away from the
 * group and from the staff who grade it, so it is 409 and the teacher moves
 * the students instead (updateTeam). Nothing saved is ever lost this way.
 */
export async function deleteTeam(db: Db, userId: string, assignmentId: string, teamId: string) {
  const { assignment } = await db.$transaction((tx) => teamsAssignmentFor(tx, userId, assignmentId));
  await withDocumentChange(db, { documentId: assignment.documentId, actorId: userId }, async (tx, record) => {
    await teamsAssignmentFor(tx, userId, assignmentId);
    const team = isUuid(teamId)
      ? await tx.assignmentTeam.findFirst({
          where: { id: teamId, assignmentId },
          select: { groupId: true, group: { select: { _count: { select: { annotations: true, maps: true } } } } },
        })
      : null;
    if (!team) throw new NotFoundError(TEAM_NOT_FOUND);
    const { annotations, maps } = team.group._count;
    if (annotations + maps > 0) {
      throw new ConflictError(
        "This group's members have shared work with it: move its students to other groups instead of deleting it",
        { annotations, maps },
      );
    }
    // The AssignmentTeam row, the members and the share go with the Group (cascades).
    await tx.group.delete({ where: { id: team.groupId } });
    record({ kind: "access" });
  });
  return listTeams(db, userId, assignmentId);
}
