import type { MapArgument, MapGraph } from "../validation/argument-map";
import type { Scheme } from "./schemes";
import { shortText } from "./statement-text";

// A scheme's critical questions name its roles by the book's letters ("Is E
// an expert in the field that A is in?"). Read on a map, they should name the
// argument's own statements instead: which statement plays which role is
// known from the argument (its conclusion, its premises in the scheme's
// order) or picked by the reader (MapArgument.roles).

/** Where a letter or phrase of a question takes its statement from: a scheme premise's index, or the conclusion. */
type Source = number | "conclusion";

/** One letter or phrase of a scheme's questions and how a statement reads in its place. */
type Filler = { token: string; from: Source; reads: (quoted: string) => string };

const itself = (quoted: string) => quoted;
const sourceIn = (quoted: string) => `the source in ${quoted}`;

/**
 * What each scheme's questions refer to, by scheme id (schemes.ts). An
 * entity (E the expert, a case C1) reads as "the … in “premise”", since a
 * map holds statements, not people; a proposition (A) reads as the
 * statement itself.
 */
const FILLERS: Readonly<Record<string, readonly Filler[]>> = {
  "expert-opinion": [
    { token: "E", from: 0, reads: sourceIn },
    { token: "A", from: "conclusion", reads: itself },
  ],
  "positive-consequences": [
    { token: "the cited consequences", from: 0, reads: (q) => `the consequences cited in ${q}` },
  ],
  "negative-consequences": [
    { token: "the cited consequences", from: 0, reads: (q) => `the consequences cited in ${q}` },
  ],
  analogy: [
    { token: "C1", from: 1, reads: (q) => `the case in ${q}` },
    { token: "C2", from: "conclusion", reads: (q) => `the case in ${q}` },
    { token: "A", from: "conclusion", reads: (q) => `what ${q} says` },
  ],
  "cause-to-effect": [
    { token: "the causal generalization", from: 0, reads: (q) => `the causal generalization ${q}` },
    { token: "the generalization", from: 0, reads: (q) => `the generalization ${q}` },
    { token: "the effect", from: "conclusion", reads: (q) => `the effect (${q})` },
  ],
  sign: [
    { token: "the sign", from: 0, reads: (q) => `the sign ${q}` },
    { token: "the event signified", from: "conclusion", reads: (q) => `the event signified (${q})` },
  ],
  example: [
    { token: "the example", from: 0, reads: (q) => `the example ${q}` },
    { token: "the general claim", from: "conclusion", reads: (q) => `the general claim ${q}` },
    { token: "the generalization", from: "conclusion", reads: (q) => `the generalization ${q}` },
  ],
  "popular-opinion": [{ token: "A", from: "conclusion", reads: itself }],
  "position-to-know": [
    { token: "a", from: 0, reads: sourceIn },
    { token: "A", from: "conclusion", reads: itself },
  ],
  "witness-testimony": [
    { token: "the witness", from: 0, reads: (q) => `the witness in ${q}` },
    { token: "A", from: "conclusion", reads: itself },
  ],
};

/** A scheme premise and the argument's premise that plays it (null when none does). */
export type PremiseRole = { index: number; template: string; premiseId: string | null; picked: boolean };

/**
 * Which of the argument's premises plays each of the scheme's premises: the
 * reader's pick where it still names a premise of the argument, otherwise
 * the premises nobody picked, in the argument's order. A role left over
 * when the premises run out has none.
 */
export function premiseRoles(argument: MapArgument, scheme: Scheme): PremiseRole[] {
  const picks = scheme.premises.map((_, index) => {
    const pick = argument.roles?.[String(index)];
    return pick && argument.premiseIds.includes(pick) ? pick : null;
  });
  const unpicked = argument.premiseIds.filter((id) => !picks.includes(id));
  return scheme.premises.map((template, index) => {
    const pick = picks[index];
    return { index, template, premiseId: pick ?? unpicked.shift() ?? null, picked: !!pick };
  });
}

export type FilledQuestion = { index: number; text: string; answer: "open" | "answered" | "fails" };

const escape = (token: string) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A statement's text as a question quotes it. */
export function quoted(graph: MapGraph, nodeId: string): string {
  const text = graph.nodes.find((node) => node.id === nodeId)?.text ?? "";
  return `“${shortText(text, 90)}”`;
}

/**
 * The scheme's critical questions with its letters and phrases replaced by
 * the argument's statements, each with the reader's answer (open when none).
 * A letter whose role no premise plays stays as the book has it. Replacing
 * is one pass over the question, so a letter inside a quoted statement is
 * never replaced again.
 */
export function filledQuestions(graph: MapGraph, argument: MapArgument, scheme: Scheme): FilledQuestion[] {
  // Longest first, so "the causal generalization" wins over "the generalization".
  const byToken = new Map(filledRoles(graph, argument, scheme).map((role) => [role.token, role.text]));
  const tokens = [...byToken.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = tokens.length > 0 ? new RegExp(`(?<![\\w])(?:${tokens.join("|")})(?![\\w])`, "g") : null;
  return scheme.criticalQuestions.map((question, index) => ({
    index,
    text: pattern ? question.replace(pattern, (token) => byToken.get(token) ?? token) : question,
    answer: argument.answers[String(index)] ?? "open",
  }));
}

/**
 * What each letter or phrase of the scheme's questions stands for in this
 * argument ("E" → "the source in “…”"), for those a statement fills.
 */
export function filledRoles(graph: MapGraph, argument: MapArgument, scheme: Scheme): { token: string; text: string }[] {
  const roles = premiseRoles(argument, scheme);
  const statementOf = (from: Source) => (from === "conclusion" ? argument.conclusionId : roles[from]?.premiseId);
  return (FILLERS[scheme.id] ?? []).flatMap(({ token, from, reads }) => {
    const nodeId = statementOf(from);
    return nodeId ? [{ token, text: reads(quoted(graph, nodeId)) }] : [];
  });
}

/** Gives an argument a scheme (or none), starting its answers and role picks afresh: they belonged to the old one. */
export function chooseScheme(graph: MapGraph, argumentId: string, scheme: string | null): MapGraph {
  return {
    ...graph,
    arguments: graph.arguments.map((a) => (a.id === argumentId ? { ...a, scheme, answers: {}, roles: {} } : a)),
  };
}

/** Records that `premiseId` plays the scheme's premise `roleIndex` in the argument (null: back to the order). */
export function pickRole(graph: MapGraph, argumentId: string, roleIndex: number, premiseId: string | null): MapGraph {
  return {
    ...graph,
    arguments: graph.arguments.map((a) => {
      if (a.id !== argumentId) return a;
      const { [String(roleIndex)]: _old, ...rest } = a.roles ?? {};
      return { ...a, roles: premiseId ? { ...rest, [String(roleIndex)]: premiseId } : rest };
    }),
  };
}

/** The argument's name for a screen reader and a tooltip: "Argument: “premise” + “premise” → “conclusion”". */
export function argumentName(graph: MapGraph, argument: MapArgument): string {
  const premises = argument.premiseIds.map((id) => quoted(graph, id)).join(" + ");
  return `Argument: ${premises} → ${quoted(graph, argument.conclusionId)}`;
}
