import { ConflictError } from "@/lib/errors";
import { formatInCourseZone, secondsLate } from "./course-time";

type LateRules = { dueAt: Date; latePolicy: "accept" | "refuse" | "until"; lateUntil: Date | null };

/**
 * How late a submission at `at` is, in seconds (0: on time), or a
 * ConflictError (409) with the reason when the late policy does not take it:
 * "refuse" takes nothing after the due date, "until" nothing after
 * `lateUntil`. Resubmitting follows the same rule. Dates in the message are
 * in the course's zone, named.
 */
export function lateSecondsAllowed(assignment: LateRules, at: Date, timeZone: string): number {
  const late = secondsLate(assignment.dueAt, at);
  if (late === 0) return 0;
  const due = formatInCourseZone(assignment.dueAt, timeZone);
  if (assignment.latePolicy === "refuse") {
    throw new ConflictError(`The due date (${due}) has passed; this assignment does not take late work`, null);
  }
  if (assignment.latePolicy === "until" && (!assignment.lateUntil || at > assignment.lateUntil)) {
    const until = assignment.lateUntil ? formatInCourseZone(assignment.lateUntil, timeZone) : due;
    throw new ConflictError(`Late work was taken until ${until}; that has passed`, null);
  }
  return late;
}
