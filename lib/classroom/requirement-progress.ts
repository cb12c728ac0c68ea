import type { AnnotationKind } from "../validation/annotation";
import type { MapGraph } from "../validation/argument-map";
import type { Requirements } from "../validation/classroom";

/** What a student has done on the assignment's document, as the checklist counts it. */
export type RequirementFacts = {
  /** Their annotations there (not deleted). */
  annotations: readonly { kind: AnnotationKind }[];
  /** Their replies there, each with the author of the annotation replied to. */
  replies: readonly { toAuthorId: string }[];
  /** The student themself: replying to their own annotation is not replying to a classmate. */
  studentId: string;
  /** The map counted (the one submitted, or their latest on the document); null: none yet. */
  map: MapGraph | null;
};

/** One line of the checklist: done when `have` reaches `need`. */
export type RequirementProgress = {
  key: "annotations" | "links" | "map" | "scheme" | "replies";
  label: string;
  done: boolean;
  have: number;
  need: number;
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function kindsText(kinds: readonly AnnotationKind[]): string {
  if (kinds.length <= 1) return kinds[0] ?? "";
  return `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`;
}

/**
 * Links in a map: each premise's support of its conclusion, and each attack
 * or undercut — what a reader draws as one line between two statements.
 */
export function countLinks(graph: MapGraph): number {
  return graph.arguments.reduce((sum, argument) => sum + argument.premiseIds.length, graph.attacks.length);
}

/**
 * The map's main claim and its reasons. A main claim is a statement other
 * statements support that supports or attacks nothing itself (the top of
 * an argument tree); its reasons are the arguments for it (a linked argument,
 * premises that hold only together, is one reason). `claims`: how many main
 * claims the map has — the requirement wants exactly one.
 */
export function mainClaimReasons(graph: MapGraph): { claims: number; reasons: number } {
  const pointsElsewhere = new Set<string>([
    ...graph.arguments.flatMap((argument) => argument.premiseIds),
    ...graph.attacks.map((attack) => attack.attackerId),
  ]);
  const reasonsFor = new Map<string, number>();
  for (const argument of graph.arguments) {
    if (pointsElsewhere.has(argument.conclusionId)) continue;
    reasonsFor.set(argument.conclusionId, (reasonsFor.get(argument.conclusionId) ?? 0) + 1);
  }
  return { claims: reasonsFor.size, reasons: Math.max(0, ...reasonsFor.values()) };
}

/**
 * The requirement checklist with the student's progress, one line per
 * requirement the assignment sets, in a fixed order. Pure: the caller loads
 * the facts (lib/classroom/student-work.ts) and may recompute at any time.
 */
export function requirementProgress(requirements: Requirements, facts: RequirementFacts): RequirementProgress[] {
  const lines: RequirementProgress[] = [];
  const line = (key: RequirementProgress["key"], label: string, have: number, need: number, done = have >= need) =>
    lines.push({ key, label, done, have: Math.min(have, need), need });

  if (requirements.annotations) {
    const { count, kinds = [] } = requirements.annotations;
    const counted = facts.annotations.filter((annotation) => kinds.length === 0 || kinds.includes(annotation.kind));
    const what = kinds.length === 0 ? "annotation" : `${kindsText(kinds)} annotation`;
    line("annotations", `At least ${plural(count, what)}`, counted.length, count);
  }
  if (requirements.links) {
    const need = requirements.links;
    line("links", `At least ${plural(need, "link")} in your map`, facts.map ? countLinks(facts.map) : 0, need);
  }
  if (requirements.map) {
    const need = requirements.map.reasons;
    const { claims, reasons } = facts.map ? mainClaimReasons(facts.map) : { claims: 0, reasons: 0 };
    const label =
      claims > 1
        ? `A map with one main claim (yours has ${claims}) and at least ${plural(need, "reason")} for it`
        : `A map with one main claim and at least ${plural(need, "reason")} for it`;
    line("map", label, reasons, need, claims === 1 && reasons >= need);
  }
  if (requirements.scheme) {
    const named = facts.map?.arguments.some((argument) => argument.scheme !== null) ? 1 : 0;
    line("scheme", "An argumentation scheme named on at least one argument", named, 1);
  }
  if (requirements.replies) {
    const need = requirements.replies;
    const classmates = new Set(
      facts.replies.map((reply) => reply.toAuthorId).filter((authorId) => authorId !== facts.studentId),
    );
    line("replies", `Replies to at least ${plural(need, "classmate")}`, classmates.size, need);
  }
  return lines;
}
