import { shortText } from "@/lib/argument/statement-text";

/**
 * The plain sentences of the auto-feedback, one per difference between a
 * student's map and the reference (compare-maps.ts), addressed to the
 * student and quoting the passages they are about. Kept apart from the
 * comparison so the wording can change without touching the logic.
 */

/** Quotes are cut to about this many characters, so a sentence stays readable. */
export const QUOTE_LENGTH = 80;

export type ReferenceRelation = "supports" | "attacks" | "undercuts";

/** `'text'`, shortened with an ellipsis. */
export function quote(text: string): string {
  return `'${shortText(text, QUOTE_LENGTH)}'`;
}

/** "'a'", "'a' and 'b'", "'a', 'b' and 'c'". */
function list(quotes: readonly string[]): string {
  return quotes.length <= 1 ? (quotes[0] ?? "") : `${quotes.slice(0, -1).join(", ")} and ${quotes[quotes.length - 1]}`;
}

/**
 * What a statement is to another in a phrase: "support for the main claim",
 * "an objection to 'X'", "an objection to the reasoning from 'P' to 'X'".
 * `target` is "the main claim" or a quote; `reasons` (undercuts) the quoted
 * premises of the inference attacked.
 */
function relationTo(relation: ReferenceRelation, target: string, reasons: readonly string[] = []): string {
  if (relation === "supports") return `support for ${target}`;
  if (relation === "attacks") return `an objection to ${target}`;
  return reasons.length > 0
    ? `an objection to the reasoning from ${list(reasons)} to ${target}`
    : `an objection to the reasoning for ${target}`;
}

/** What a statement is in the reference map, for "You did not find 'X', <role>." */
export type StatementRole =
  { kind: "mainClaim" } | { kind: "other" } | { kind: ReferenceRelation; target: string; reasons?: readonly string[] };

function roleText(role: StatementRole): string {
  switch (role.kind) {
    case "mainClaim":
      return "the main claim";
    case "other":
      return "a statement of the reference map";
    case "supports":
      return `a premise of ${role.target}`;
    default:
      return relationTo(role.kind, role.target, role.reasons);
  }
}

export function missedStatementSentence(passage: string, role: StatementRole): string {
  return `You did not find ${passage}, ${roleText(role)}.`;
}

export function extraStatementSentence(passage: string): string {
  return `You added ${passage}, which the reference map does not have.`;
}

export function reversedSentence(from: string, to: string, relation: "supports" | "attacks"): string {
  return `You linked ${from} to ${to} the other way round: in the reference the first ${relation} the second.`;
}

/**
 * The student related `passage` to `target` as `given`; the reference as
 * `expected` (to the same target; `reasons` for an undercut's inference).
 */
export function wrongTypeSentence(
  passage: string,
  target: string,
  given: ReferenceRelation,
  expected: ReferenceRelation,
  reasons: readonly string[] = [],
): string {
  const expectedText =
    expected === "supports"
      ? "support"
      : expected === "undercuts"
        ? relationTo("undercuts", "it", reasons)
        : // Both are objections when the student undercut: say which one the reference means.
          given === "undercuts"
          ? "an objection to the claim itself"
          : "an objection";
  return `You treated ${passage} as ${relationTo(given, target)}; the reference treats it as ${expectedText}.`;
}

export function missingRelationSentence(
  passage: string,
  target: string,
  expected: ReferenceRelation,
  reasons: readonly string[] = [],
): string {
  const how =
    expected === "supports"
      ? "supports it"
      : expected === "attacks"
        ? "attacks it"
        : `attacks the reasoning from ${list(reasons)} to it`;
  return `You found ${passage} but did not link it to ${target}; in the reference it ${how}.`;
}

export function linkedSplitSentence(premises: readonly string[], target: string): string {
  return `You gave ${list(premises)} as separate reasons for ${target}; the reference links them into one argument: they support it only together.`;
}

export function convergentJoinedSentence(premises: readonly string[], target: string): string {
  return `You joined ${list(premises)} into one argument for ${target}; the reference treats them as independent reasons.`;
}
