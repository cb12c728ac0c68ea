import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { takeTokens } from "@/lib/limits/take-tokens";
import { MAX_SHARES_PER_DOCUMENT } from "@/lib/validation/sharing";
import type { TeamsCreate } from "@/lib/validation/teams";
import { dealTeams, type Random } from "./deal-teams";
import { listTeams } from "./list-teams";
import {
  activeStudents,
  addToTeam,
  checkStudents,
  courseStaff,
  teamAudienceName,
  teamsAssignmentFor,
} from "./team-members";

/**
 * A teacher makes the small groups of a "groups" assignment, by hand
 * (`teams`: a name and students each) or at random (`random.size` students
 * per group, from the course's active students, as dealTeams deals them —
 * `random` is the source of chance, seeded in tests). Every student is in at
 * most one group (400 naming the one listed twice); a student who joins
 * later is in none until the teacher adds them (updateTeam).
 *
 * Each group is a Group (students as members, staff as owners) with the
 * assignment's reading shared with it as Commenter (unless the reading is
 * shared with everyone, when no share is needed), so a student can make
 * an annotation or map visible to their group through the reader's usual
 * "group" visibility and teammates see it live. The shares are written
 * directly in the reading's change path, in one transaction with the
 * groups: the teacher already put the reading in front of the whole course
 * when they assigned it, and these groups are subsets of that course.
 *
 * Groups are made once: with groups already there it is 409 (move students
 * between them, or delete the empty ones, instead), so nobody's group
 * changes under them by a second click.
 */
export async function createTeams(db: Db, userId: string, assignmentId: string, input: TeamsCreate, random?: Random) {
  const { assignment } = await db.$transaction((tx) => teamsAssignmentFor(tx, userId, assignmentId));
  await withDocumentChange(db, { documentId: assignment.documentId, actorId: userId }, async (tx, record) => {
    const { assignment: current, course } = await teamsAssignmentFor(tx, userId, assignmentId);
    await takeTokens(tx, userId, "createGroup");
    if ((await tx.assignmentTeam.count({ where: { assignmentId } })) > 0) {
      throw new ConflictError("This assignment has groups already: move students between them instead", null);
    }
    const students = await activeStudents(tx, course.id);
    const planned =
      "random" in input
        ? dealTeams([...students.keys()], input.random.size, random).map((ids, index) => ({
            name: `Group ${index + 1}`,
            studentIds: ids,
          }))
        : input.teams;
    checkPlan(planned, students);
    if (planned.length === 0) throw new InvalidInputError("random", "random: the course has no students yet");
    // A reading shared with everyone needs no share for a group to be an audience (audienceGroupsWhere).
    const { visibility } = await tx.document.findUniqueOrThrow({
      where: { id: current.documentId },
      select: { visibility: true },
    });
    const share = visibility !== "EVERYONE";
    const shares = share ? await tx.documentShare.count({ where: { documentId: current.documentId } }) : 0;
    if (share && shares + planned.length > MAX_SHARES_PER_DOCUMENT) {
      throw new InvalidInputError(
        "teams",
        `teams: the reading can be shared with at most ${MAX_SHARES_PER_DOCUMENT} people and groups`,
      );
    }
    const staff = await courseStaff(tx, course.id);
    const now = new Date();
    for (const team of planned) {
      const group = await tx.group.create({
        data: {
          name: teamAudienceName(current.title, team.name),
          createdById: userId,
          members: {
            create: staff.map((s) => ({ userId: s.userId, email: s.email, role: "owner" as const, joinedAt: now })),
          },
          ...(share && {
            shares: { create: { documentId: current.documentId, role: "commenter", createdById: userId } },
          }),
        },
        select: { id: true },
      });
      await tx.assignmentTeam.create({ data: { assignmentId, name: team.name, groupId: group.id } });
      await addToTeam(
        tx,
        assignmentId,
        group.id,
        team.studentIds.map((id) => students.get(id)!),
        now,
      );
    }
    // Readers' streams check again who may see what.
    record({ kind: "access" });
  });
  return listTeams(db, userId, assignmentId);
}

/** Every student listed is an active student of the course, and in one group only; names are told apart. */
function checkPlan(
  planned: readonly { name: string; studentIds: readonly string[] }[],
  students: Parameters<typeof checkStudents>[1],
) {
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const team of planned) {
    if (names.has(team.name)) throw new InvalidInputError("teams", `teams: two groups are named "${team.name}"`);
    names.add(team.name);
    checkStudents(team.studentIds, students);
    for (const id of team.studentIds) {
      if (seen.has(id)) throw new InvalidInputError("studentIds", `studentIds: ${id} is in two groups`);
      seen.add(id);
    }
  }
}
