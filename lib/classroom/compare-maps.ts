import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import type { FeedbackWeights } from "@/lib/validation/classroom";
import {
  convergentJoinedSentence,
  extraStatementSentence,
  linkedSplitSentence,
  missedStatementSentence,
  missingRelationSentence,
  quote,
  reversedSentence,
  wrongTypeSentence,
  type ReferenceRelation,
  type StatementRole,
} from "./feedback-sentences";
import { matchStatements, type StatementMatch, type StatementToMatch } from "./match-statements";
import { sentencesOf, wordingModel } from "./statement-wording";

/**
 * The auto-feedback: a student's map compared with the teacher's reference
 * map of the same document. Statements are matched (match-statements.ts),
 * then every reference relation is looked for between the matched student
 * statements, and each difference is said in one sentence
 * (feedback-sentences.ts). Pure and deterministic: the same maps give the
 * same result whatever order they list things in (everything is ordered by
 * where the reference statement stands in the text, then by id).
 */

/** Where an annotation lies in Document.plainText (end exclusive), and its text. */
export type AnchorRange = { start: number; end: number; exact: string };
/** A map and the ranges of the annotations its nodes are anchored to, by annotation id. */
export type AnchoredMap = { graph: MapGraph; anchors: Record<string, AnchorRange> };

/**
 * The suggested score's default weights. The score is the weighted mean of
 * the share of reference statements found (40) and the share of reference
 * relations drawn right (60) — relations weigh more because finding passages
 * is the easier half of mapping an argument — minus 2 points per statement
 * the reference does not have (a little, so that padding a map does not pay
 * but an extra thought does not sink it). Reversed, wrongly typed or missing
 * relations earn nothing; linked-versus-convergent differences are said but
 * not scored.
 */
export const DEFAULT_FEEDBACK_WEIGHTS: FeedbackWeights = { statementFound: 40, relationRight: 60, extraStatement: 2 };

export type DifferenceKind =
  | "missedStatement"
  | "wrongType"
  | "reversed"
  | "missingRelation"
  | "linkedSplit"
  | "convergentJoined"
  | "extraStatement";
const KIND_ORDER: readonly DifferenceKind[] = [
  "missedStatement",
  "wrongType",
  "reversed",
  "missingRelation",
  "linkedSplit",
  "convergentJoined",
  "extraStatement",
];

/** One difference, with the nodes it is about so a grading view can point at them. */
export type Difference = {
  kind: DifferenceKind;
  referenceNodeId: string | null;
  studentNodeId: string | null;
  sentence: string;
};

export type MapComparison = {
  /** Suggested score, 0–100. */
  score: number;
  statements: { found: number; missed: number; extra: number };
  relations: { right: number; reversed: number; wrongType: number; missing: number };
  sentences: string[];
  matches: StatementMatch[];
  differences: Difference[];
};

type Outcome = "right" | "reversed" | "wrongType" | "missing";

/** One reference relation: `from` supports or attacks node `to`; an undercut attacks `argumentId`, whose conclusion is `to`. */
type Relation = { kind: ReferenceRelation; from: string; to: string; argumentId: string | null };

// Comparisons by value, not subtraction: positions of unanchored statements are Infinity, and Infinity − Infinity is NaN.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const key = (from: string, to: string) => `${from}\u0000${to}`;

function rangeOf(node: MapNode, anchors: Record<string, AnchorRange>): AnchorRange | null {
  return node.annotationId && Object.hasOwn(anchors, node.annotationId) ? anchors[node.annotationId]! : null;
}

/** A map's statements with their anchors and quotes, in text order (unanchored last), then by id. */
function statementsOf(map: AnchoredMap) {
  const statements = map.graph.nodes.map((node) => {
    const range = rangeOf(node, map.anchors);
    return {
      id: node.id,
      text: node.text,
      range: range && { start: range.start, end: range.end },
      quote: quote(range?.exact || node.text),
      position: range?.start ?? Number.POSITIVE_INFINITY,
    };
  });
  statements.sort((a, b) => byNumber(a.position, b.position) || byId(a.id, b.id));
  return statements;
}

/** The reference's relations, one per premise of each argument and one per attack, in text order. */
function relationsOf(graph: MapGraph, position: (id: string) => number): Relation[] {
  const conclusionOf = new Map(graph.arguments.map((argument) => [argument.id, argument.conclusionId]));
  const relations: Relation[] = [
    ...graph.arguments.flatMap((argument) =>
      argument.premiseIds.map((premiseId) => ({
        kind: "supports" as const,
        from: premiseId,
        to: argument.conclusionId,
        argumentId: argument.id,
      })),
    ),
    ...graph.attacks.map((attack) =>
      "nodeId" in attack.target
        ? { kind: "attacks" as const, from: attack.attackerId, to: attack.target.nodeId, argumentId: null }
        : {
            kind: "undercuts" as const,
            from: attack.attackerId,
            to: conclusionOf.get(attack.target.argumentId)!,
            argumentId: attack.target.argumentId,
          },
    ),
  ];
  return relations.sort(
    (a, b) =>
      byNumber(position(a.from), position(b.from)) ||
      byNumber(position(a.to), position(b.to)) ||
      byId(a.from, b.from) ||
      byId(a.to, b.to) ||
      byId(a.kind, b.kind) ||
      byId(a.argumentId ?? "", b.argumentId ?? ""),
  );
}

/**
 * The one statement that is concluded or attacked but neither supports nor
 * attacks anything: the main claim. Null when there is none or several.
 */
function mainClaimOf(graph: MapGraph): string | null {
  const gives = new Set([...graph.arguments.flatMap((a) => a.premiseIds), ...graph.attacks.map((a) => a.attackerId)]);
  const receives = new Set([
    ...graph.arguments.map((a) => a.conclusionId),
    ...graph.attacks.flatMap((a) => ("nodeId" in a.target ? [a.target.nodeId] : [])),
  ]);
  const roots = [...receives].filter((id) => !gives.has(id));
  return roots.length === 1 ? roots[0]! : null;
}

/** What the student drew, indexed by node pairs. */
function studentRelations(graph: MapGraph) {
  const supports = new Set<string>();
  const rebuttals = new Set<string>();
  const undercuts = new Set<string>();
  /** attacker → conclusion of an argument it undercuts. */
  const undercutConclusions = new Set<string>();
  const conclusionOf = new Map(graph.arguments.map((argument) => [argument.id, argument.conclusionId]));
  for (const argument of graph.arguments) {
    for (const premiseId of argument.premiseIds) supports.add(key(premiseId, argument.conclusionId));
  }
  for (const attack of graph.attacks) {
    if ("nodeId" in attack.target) rebuttals.add(key(attack.attackerId, attack.target.nodeId));
    else {
      undercuts.add(key(attack.attackerId, attack.target.argumentId));
      const conclusion = conclusionOf.get(attack.target.argumentId);
      if (conclusion) undercutConclusions.add(key(attack.attackerId, conclusion));
    }
  }
  const argumentsFor = (conclusionId: string) =>
    graph.arguments.filter((argument) => argument.conclusionId === conclusionId).sort((a, b) => byId(a.id, b.id));
  return { supports, rebuttals, undercuts, undercutConclusions, argumentsFor };
}

/**
 * Prepares the reference once (its statements, relations, quotes and the
 * wording model over the document's sentences) and returns a function that
 * compares one student's map with it: feedback for a whole class reuses it.
 */
export function mapComparer(
  reference: AnchoredMap,
  plainText: string,
  weights: FeedbackWeights = DEFAULT_FEEDBACK_WEIGHTS,
): (student: AnchoredMap) => MapComparison {
  const wording = wordingModel(sentencesOf(plainText));
  const referenceStatements = statementsOf(reference);
  const statementById = new Map(referenceStatements.map((statement) => [statement.id, statement]));
  const position = (id: string) => statementById.get(id)?.position ?? Number.POSITIVE_INFINITY;
  const relations = relationsOf(reference.graph, position);
  const argumentById = new Map(reference.graph.arguments.map((argument) => [argument.id, argument]));
  const mainClaim = mainClaimOf(reference.graph);

  const quoteOf = (id: string) => statementById.get(id)!.quote;
  /** How a sentence names a reference statement: "the main claim" or its quote. */
  const target = (id: string) => (id === mainClaim ? "the main claim" : quoteOf(id));
  const byPosition = (ids: readonly string[]) =>
    [...ids].sort((a, b) => byNumber(position(a), position(b)) || byId(a, b));
  /** The quoted premises of an undercut argument. */
  const reasonsOf = (relation: Relation) =>
    relation.argumentId ? byPosition(argumentById.get(relation.argumentId)!.premiseIds).map(quoteOf) : [];
  const roles = new Map<string, StatementRole>();
  for (const relation of relations) {
    if (roles.has(relation.from)) continue;
    roles.set(relation.from, { kind: relation.kind, target: target(relation.to), reasons: reasonsOf(relation) });
  }
  const roleOf = (id: string): StatementRole =>
    id === mainClaim ? { kind: "mainClaim" } : (roles.get(id) ?? { kind: "other" });

  return (student) => {
    const studentStatements = statementsOf(student);
    const studentPosition = new Map(studentStatements.map((statement) => [statement.id, statement.position]));
    const matches = matchStatements(referenceStatements as StatementToMatch[], studentStatements, wording).sort(
      (a, b) =>
        byNumber(position(a.referenceNodeId), position(b.referenceNodeId)) ||
        byId(a.referenceNodeId, b.referenceNodeId),
    );
    const matched = new Map(matches.map((match) => [match.referenceNodeId, match.studentNodeId]));
    const matchedStudent = new Set(matched.values());
    const drawn = studentRelations(student.graph);
    const differences: (Difference & { position: number })[] = [];
    const say = (
      kind: DifferenceKind,
      referenceNodeId: string | null,
      studentNodeId: string | null,
      sentence: string,
    ) =>
      differences.push({
        kind,
        referenceNodeId,
        studentNodeId,
        sentence,
        position: referenceNodeId !== null ? position(referenceNodeId) : studentPosition.get(studentNodeId!)!,
      });

    for (const statement of referenceStatements) {
      if (!matched.has(statement.id)) {
        say("missedStatement", statement.id, null, missedStatementSentence(statement.quote, roleOf(statement.id)));
      }
    }

    /** For an undercut: the student's arguments for the matched conclusion that share a matched premise. */
    const studentArgumentsLike = (relation: Relation, to: string) => {
      const premises = new Set(argumentById.get(relation.argumentId!)!.premiseIds.map((id) => matched.get(id)));
      return drawn.argumentsFor(to).filter((argument) => argument.premiseIds.some((id) => premises.has(id)));
    };

    const classify = (
      relation: Relation,
      from: string,
      to: string,
    ): { outcome: Outcome; given?: ReferenceRelation } => {
      const supports = drawn.supports.has(key(from, to));
      const rebuts = drawn.rebuttals.has(key(from, to));
      const undercuts = drawn.undercutConclusions.has(key(from, to));
      if (relation.kind === "supports") {
        if (supports) return { outcome: "right" };
        if (drawn.supports.has(key(to, from))) return { outcome: "reversed" };
        if (rebuts || undercuts) return { outcome: "wrongType", given: rebuts ? "attacks" : "undercuts" };
        return { outcome: "missing" };
      }
      if (relation.kind === "attacks") {
        if (rebuts) return { outcome: "right" };
        if (drawn.rebuttals.has(key(to, from))) return { outcome: "reversed" };
        if (supports || undercuts) return { outcome: "wrongType", given: supports ? "supports" : "undercuts" };
        return { outcome: "missing" };
      }
      const undercutsIt = studentArgumentsLike(relation, to).some((argument) =>
        drawn.undercuts.has(key(from, argument.id)),
      );
      if (undercutsIt) return { outcome: "right" };
      if (rebuts || supports) return { outcome: "wrongType", given: rebuts ? "attacks" : "supports" };
      return { outcome: "missing" };
    };

    const counts = { right: 0, reversed: 0, wrongType: 0, missing: 0 };
    const rightSupports = new Set<string>();
    for (const relation of relations) {
      const from = matched.get(relation.from);
      const to = matched.get(relation.to);
      // An end the student did not find: missing, and already said as a missed statement.
      if (from === undefined || to === undefined) {
        counts.missing++;
        continue;
      }
      const { outcome, given } = classify(relation, from, to);
      counts[outcome]++;
      const passage = quoteOf(relation.from);
      const reasons = reasonsOf(relation);
      if (outcome === "right" && relation.kind === "supports") rightSupports.add(key(relation.from, relation.to));
      if (outcome === "reversed") {
        const kind = relation.kind === "supports" ? "supports" : "attacks";
        say("reversed", relation.from, from, reversedSentence(passage, quoteOf(relation.to), kind));
      } else if (outcome === "wrongType") {
        say(
          "wrongType",
          relation.from,
          from,
          wrongTypeSentence(passage, target(relation.to), given!, relation.kind, reasons),
        );
      } else if (outcome === "missing") {
        say(
          "missingRelation",
          relation.from,
          from,
          missingRelationSentence(passage, target(relation.to), relation.kind, reasons),
        );
      }
    }

    // Linked versus convergent, among the supports the student drew right.
    const conclusions = byPosition([...new Set(reference.graph.arguments.map((argument) => argument.conclusionId))]);
    for (const conclusion of conclusions) {
      const to = matched.get(conclusion);
      if (to === undefined) continue;
      const referenceArguments = [...reference.graph.arguments]
        .filter((argument) => argument.conclusionId === conclusion)
        .sort((a, b) => byId(a.id, b.id));
      const studentArguments = drawn.argumentsFor(to);
      for (const argument of referenceArguments) {
        const premises = byPosition(argument.premiseIds).filter((id) => rightSupports.has(key(id, conclusion)));
        if (premises.length < 2) continue;
        const together = studentArguments.some((theirs) =>
          premises.every((id) => theirs.premiseIds.includes(matched.get(id)!)),
        );
        if (!together) {
          say(
            "linkedSplit",
            premises[0]!,
            matched.get(premises[0]!)!,
            linkedSplitSentence(premises.map(quoteOf), target(conclusion)),
          );
        }
      }
      const independent = byPosition(
        referenceArguments
          .filter((argument) => argument.premiseIds.length === 1)
          .map((argument) => argument.premiseIds[0]!)
          .filter((id) => rightSupports.has(key(id, conclusion))),
      );
      for (const theirs of studentArguments) {
        const joined = independent.filter((id) => theirs.premiseIds.includes(matched.get(id)!));
        if (joined.length < 2) continue;
        say(
          "convergentJoined",
          joined[0]!,
          matched.get(joined[0]!)!,
          convergentJoinedSentence(joined.map(quoteOf), target(conclusion)),
        );
      }
    }

    const extras = studentStatements.filter((statement) => !matchedStudent.has(statement.id));
    for (const statement of extras) say("extraStatement", null, statement.id, extraStatementSentence(statement.quote));

    differences.sort(
      (a, b) =>
        // Extra statements come after everything about the reference, each group in text order.
        byNumber(Number(a.kind === "extraStatement"), Number(b.kind === "extraStatement")) ||
        byNumber(a.position, b.position) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        byId(a.referenceNodeId ?? "", b.referenceNodeId ?? "") ||
        byId(a.studentNodeId ?? "", b.studentNodeId ?? "") ||
        byId(a.sentence, b.sentence),
    );
    const found = matches.length;
    const statements = { found, missed: referenceStatements.length - found, extra: extras.length };
    return {
      score: suggestedScore(statements, counts, relations.length, weights),
      statements,
      relations: counts,
      sentences: differences.map((difference) => difference.sentence),
      matches,
      differences: differences.map(({ position: _position, ...difference }) => difference),
    };
  };
}

/** The suggested score, 0–100 (see DEFAULT_FEEDBACK_WEIGHTS). */
function suggestedScore(
  statements: MapComparison["statements"],
  relations: MapComparison["relations"],
  relationCount: number,
  weights: FeedbackWeights,
): number {
  const referenceCount = statements.found + statements.missed;
  const parts = [
    { weight: weights.statementFound, share: referenceCount > 0 ? statements.found / referenceCount : null },
    { weight: weights.relationRight, share: relationCount > 0 ? relations.right / relationCount : null },
  ].filter((part) => part.share !== null && part.weight > 0);
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  const base =
    totalWeight > 0 ? (100 * parts.reduce((sum, part) => sum + part.weight * part.share!, 0)) / totalWeight : 100;
  const score = base - weights.extraStatement * statements.extra;
  return Math.min(100, Math.max(0, Math.round(score)));
}

/** compareMaps for one student: see mapComparer. */
export function compareMaps(
  reference: AnchoredMap,
  student: AnchoredMap,
  plainText: string,
  weights: FeedbackWeights = DEFAULT_FEEDBACK_WEIGHTS,
): MapComparison {
  return mapComparer(reference, plainText, weights)(student);
}
