import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import type { TeamUpdate } from "@/lib/validation/teams";
import { listTeams } from "./list-teams";
import { activeStudents, addToTeam, checkStudents, teamAudienceName, teamsAssignmentFor } from "./team-members";

export const TEAM_NOT_FOUND = "No group of this assignment has that id";

/**
 * A teacher renames a group and/or sets who is in it. `studentIds` is the
 * group's whole list: a student listed from another group moves here (and
 * from then on sees this group's work, no longer the other's), a student
 * left out is in no group until added again. Their own annotations stay
 * theirs wherever they move; what they made visible to their old group stays
 * with that group. One transaction on the reading's change path, whose
 * access event makes open readers' streams check again who sees what.
 */
export async function updateTeam(db: Db, userId: string, assignmentId: string, teamId: string, input: TeamUpdate) {
  const { assignment } = await db.$transaction((tx) => teamsAssignmentFor(tx, userId, assignmentId));
  await withDocumentChange(db, { documentId: assignment.documentId, actorId: userId }, async (tx, record) => {
    const { assignment: current, course } = await teamsAssignmentFor(tx, userId, assignmentId);
    const team = isUuid(teamId)
      ? await tx.assignmentTeam.findFirst({ where: { id: teamId, assignmentId }, select: { id: true, groupId: true } })
      : null;
    if (!team) throw new NotFoundError(TEAM_NOT_FOUND);
    if (input.name !== undefined) {
      const clash = await tx.assignmentTeam.findFirst({
        where: { assignmentId, name: input.name, id: { not: team.id } },
        select: { id: true },
      });
      if (clash) throw new InvalidInputError("name", `name: another group is named "${input.name}"`);
      await tx.assignmentTeam.update({ where: { id: team.id }, data: { name: input.name } });
      await tx.group.update({
        where: { id: team.groupId },
        data: { name: teamAudienceName(current.title, input.name) },
      });
    }
    if (input.studentIds !== undefined) {
      const wanted = [...new Set(input.studentIds)];
      const students = await activeStudents(tx, course.id);
      checkStudents(wanted, students);
      await tx.groupMember.deleteMany({ where: { groupId: team.groupId, role: "member", userId: { notIn: wanted } } });
      const present = await tx.groupMember.findMany({
        where: { groupId: team.groupId, userId: { in: wanted } },
        select: { userId: true },
      });
      const already = new Set(present.map((m) => m.userId));
      const joining = wanted.filter((id) => !already.has(id)).map((id) => students.get(id)!);
      await addToTeam(tx, assignmentId, team.groupId, joining, new Date());
    }
    record({ kind: "access" });
  });
  return listTeams(db, userId, assignmentId);
}
