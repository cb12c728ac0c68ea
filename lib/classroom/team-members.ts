import type { Tx } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { assignmentFor } from "./course-access";

/**
 * What the small-group use cases share: each AssignmentTeam is a Group
 * underneath whose members are its students, with the course's teachers and
 * assistants as owners so staff see every group's work. The group is named
 * "<assignment title> · <group name>" because that is the name a student
 * picks in the reader's "Visible to" list (lib/documents/audience-groups.ts).
 */

/** The name of a team's Group, as the reader's audience list shows it. */
export function teamAudienceName(assignmentTitle: string, teamName: string): string {
  return `${assignmentTitle} · ${teamName}`;
}

export type Student = { userId: string; email: string; name: string };

/** The course's students with an account who are not removed, by user id: the only people a group can hold. */
export async function activeStudents(tx: Tx, courseId: string): Promise<Map<string, Student>> {
  const rows = await tx.courseMember.findMany({
    where: { courseId, role: "student", removedAt: null, userId: { not: null } },
    select: { userId: true, email: true, name: true, user: { select: { name: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.userId!,
      { userId: row.userId!, email: row.email, name: row.user?.name ?? row.name ?? row.email },
    ]),
  );
}

/** The course's teachers and assistants with an account: owners of every group, so they see its work. */
export async function courseStaff(tx: Tx, courseId: string) {
  const rows = await tx.courseMember.findMany({
    where: { courseId, role: { in: ["teacher", "assistant"] }, removedAt: null, userId: { not: null } },
    select: { userId: true, email: true },
  });
  return rows.map((row) => ({ userId: row.userId!, email: row.email }));
}

/**
 * A groups-mode assignment a teacher may change the groups of (assignmentFor
 * with "assign": 404 for outsiders, 403 for students and assistants).
 * ConflictError for an individual assignment, which has no groups.
 */
export async function teamsAssignmentFor(tx: Tx, userId: string, assignmentId: string) {
  const found = await assignmentFor(tx, userId, assignmentId, "assign");
  if (found.assignment.mode !== "groups") {
    throw new ConflictError("This assignment is individual: only a Small groups assignment has groups", null);
  }
  return found;
}

/** Throws InvalidInputError naming the first id that is not an active student of the course. */
export function checkStudents(ids: readonly string[], students: Map<string, Student>) {
  const stranger = ids.find((id) => !students.has(id));
  if (stranger) {
    throw new InvalidInputError("studentIds", `studentIds: ${stranger} is not a student of this course`);
  }
}

/**
 * Puts students into a team's group. Each student is in at most one group
 * of an assignment, so they leave any other group of it first.
 */
export async function addToTeam(
  tx: Tx,
  assignmentId: string,
  groupId: string,
  students: readonly Student[],
  joinedAt: Date,
) {
  if (students.length === 0) return;
  const userIds = students.map((s) => s.userId);
  await tx.groupMember.deleteMany({
    where: { userId: { in: userIds }, role: "member", group: { team: { assignmentId } } },
  });
  await tx.groupMember.createMany({
    data: students.map((s) => ({ groupId, userId: s.userId, email: s.email, role: "member" as const, joinedAt })),
  });
}

/**
 * Takes someone removed from the course out of every small group of its
 * assignments (each group shares the reading, so staying would keep it
 * open to them); returns those groups, whose peers should stop seeing
 * their work as the course's group does.
 */
export async function dropFromTeams(tx: Tx, courseId: string, userId: string): Promise<string[]> {
  const rows = await tx.groupMember.findMany({
    where: { userId, group: { team: { assignment: { courseId } } } },
    select: { id: true, groupId: true },
  });
  await tx.groupMember.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  return rows.map((row) => row.groupId);
}
