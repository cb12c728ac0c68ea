import type { Db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { announceAccessChange } from "@/lib/groups/announce-access-change";
import { takeTokens } from "@/lib/limits/take-tokens";
import { courseFor } from "./course-access";
import { parseRosterCsv } from "./parse-roster-csv";
import { putOnRoster } from "./put-on-roster";

/** At most this many problems are listed in the answer; the rest are counted. */
const MAX_LISTED_ERRORS = 20;

/**
 * A teacher imports a roster from CSV text (parseRosterCsv). All or
 * nothing: when any line is wrong, InvalidInputError (field "csv") lists
 * each bad line by number, one per line of its message, and the roster is
 * unchanged. Returns how many were added and how many were on it already.
 * NotFoundError / ForbiddenError unless `userId` teaches the course (checked
 * before the file is read, so a student learns nothing from an import).
 */
export async function importRoster(db: Db, userId: string, courseId: string, csv: string) {
  await courseFor(db, userId, courseId, "manage");
  const { lines, errors } = parseRosterCsv(csv);
  if (errors.length > 0) {
    const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    if (errors.length > listed.length) listed.push(`… and ${errors.length - listed.length} more`);
    throw new InvalidInputError("csv", `csv: ${count}; nothing was imported\n${listed.join("\n")}`);
  }
  const result = await db.$transaction(async (tx) => {
    const course = await courseFor(tx, userId, courseId, "manage");
    await takeTokens(tx, userId, "share");
    const added = await putOnRoster(tx, course, lines, "csv");
    return { added: added.length, alreadyOnRoster: lines.length - added.length, groupId: course.groupId };
  });
  if (result.added > 0) await announceAccessChange(db, userId, result.groupId);
  return { added: result.added, alreadyOnRoster: result.alreadyOnRoster };
}
