import { canInCourse, canSeeTeam } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { assignmentFor } from "./course-access";
import { activeStudents, teamAudienceName } from "./team-members";

/**
 * The small groups of an assignment as `userId` may see them (canSeeTeam):
 * staff get every group with its students, the students in none
 * (`unassigned`, e.g. who joined the course later) and whether they may
 * change them; a student gets only their own group, or none ("Not in a
 * group yet"). Students are named as the roster names them, by name.
 */
export async function listTeams(db: Tx, userId: string, assignmentId: string) {
  const { assignment, course } = await assignmentFor(db, userId, assignmentId, "see");
  const rows = await db.assignmentTeam.findMany({
    where: { assignmentId },
    select: {
      id: true,
      name: true,
      groupId: true,
      group: { select: { members: { where: { role: "member" }, select: { userId: true } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const students = await activeStudents(db, course.id);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const teams = rows
    .map((row) => {
      const memberIds = row.group.members.map((m) => m.userId!);
      return {
        id: row.id,
        name: row.name,
        audienceName: teamAudienceName(assignment.title, row.name),
        groupId: row.groupId,
        students: memberIds
          .flatMap((id) => students.get(id) ?? [])
          .map((s) => ({ id: s.userId, name: s.name }))
          .sort(byName),
        mine: memberIds.includes(userId),
      };
    })
    // Natural order, so "Group 10" comes after "Group 9".
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
    .filter((team) => canSeeTeam(course.role, team.mine));
  const placed = new Set(rows.flatMap((row) => row.group.members.map((m) => m.userId)));
  const staff = canInCourse(course.role, "grade");
  return {
    mode: assignment.mode,
    role: course.role,
    canEdit: canInCourse(course.role, "assign") && assignment.mode === "groups",
    teams,
    unassigned: staff
      ? [...students.values()]
          .filter((s) => !placed.has(s.userId))
          .map((s) => ({ id: s.userId, name: s.name }))
          .sort(byName)
      : [],
  };
}

export type TeamsView = Awaited<ReturnType<typeof listTeams>>;
export type TeamView = TeamsView["teams"][number];
