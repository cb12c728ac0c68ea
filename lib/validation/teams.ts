import { z } from "zod";
import { MAX_COURSE_MEMBERS } from "./classroom";
/** Small groups of a "groups" assignment (lib/classroom/create-teams.ts). */
export const MAX_TEAMS_PER_ASSIGNMENT = 100;
export const MAX_TEAM_NAME = 60;
export const ZTeamName = z
  .string()
  .trim()
  .min(1, "name: a group needs a name")
  .max(MAX_TEAM_NAME, `name must be at most ${MAX_TEAM_NAME} characters`);
const ZTeamStudentIds = z
  .array(z.uuid("studentIds: each must be a student's user id"))
  .max(MAX_COURSE_MEMBERS, `studentIds: at most ${MAX_COURSE_MEMBERS} students`);

/**
 * POST /api/assignments/{id}/teams: groups made by hand
 * (`{ teams: [{ name, studentIds }] }`) or dealt at random from the active
 * students (`{ random: { size } }`, students per group).
 */
export const ZTeamsCreate = z.union(
  [
    z.strictObject({
      teams: z
        .array(z.strictObject({ name: ZTeamName, studentIds: ZTeamStudentIds }))
        .min(1, "teams: at least one group")
        .max(MAX_TEAMS_PER_ASSIGNMENT, `teams: at most ${MAX_TEAMS_PER_ASSIGNMENT} groups`),
    }),
    z.strictObject({
      random: z.strictObject({
        size: z
          .number("size: students per group must be a number")
          .int("size: students per group must be a whole number")
          .min(1, "size: at least 1 student per group")
          .max(MAX_COURSE_MEMBERS),
      }),
    }),
  ],
  { error: "body must be { teams: [{ name, studentIds }] } or { random: { size } }" },
);
export type TeamsCreate = z.infer<typeof ZTeamsCreate>;

/** PATCH /api/assignments/{id}/teams/{teamId}: rename, or set who is in it (moving them from another group). */
export const ZTeamUpdate = z
  .strictObject({ name: ZTeamName.optional(), studentIds: ZTeamStudentIds.optional() })
  .refine((body) => body.name !== undefined || body.studentIds !== undefined, "body: give name or studentIds");
export type TeamUpdate = z.infer<typeof ZTeamUpdate>;
