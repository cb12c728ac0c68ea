import { SAME_WORDING, type WordingModel } from "./statement-wording";

/**
 * Which of a student's statements is which of the teacher's: each reference
 * statement gets at most one student statement and the other way round.
 *
 * 1. By anchor: statements tied to passages of the document match when their
 *    passages overlap enough — Jaccard over character ranges (shared
 *    characters / characters of either) ≥ 0.5, so two selections of one
 *    sentence match even when one stops a word short, but a clause does not
 *    match the paragraph around it.
 * 2. By wording, for what is left (unanchored statements, or anchors on other
 *    passages): TF-IDF cosine over stems ≥ SAME_WORDING (statement-wording.ts).
 *
 * Within each pass the closest pairs are taken first (greedy), ties broken by
 * the reference id then the student id, so the result never depends on the
 * order the maps list their statements in.
 */

export const SAME_PASSAGE = 0.5;

export type StatementToMatch = {
  id: string;
  text: string;
  /** Characters of the document's plain text it is anchored to (end exclusive); null when unanchored. */
  range: { start: number; end: number } | null;
};

export type StatementMatch = { referenceNodeId: string; studentNodeId: string; by: "anchor" | "wording" };

/** Shared characters over characters covered by either range; 0 when they do not overlap. */
export function rangeJaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const either = a.end - a.start + (b.end - b.start) - shared;
  return either > 0 ? shared / either : 0;
}

type Candidate = { reference: string; student: string; closeness: number };

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Takes the closest pairs first among `candidates`, skipping statements already matched. */
function takeClosest(candidates: Candidate[], taken: { reference: Set<string>; student: Set<string> }) {
  candidates.sort((a, b) => b.closeness - a.closeness || byId(a.reference, b.reference) || byId(a.student, b.student));
  const pairs: Candidate[] = [];
  for (const candidate of candidates) {
    if (taken.reference.has(candidate.reference) || taken.student.has(candidate.student)) continue;
    taken.reference.add(candidate.reference);
    taken.student.add(candidate.student);
    pairs.push(candidate);
  }
  return pairs;
}

export function matchStatements(
  reference: readonly StatementToMatch[],
  student: readonly StatementToMatch[],
  wording: WordingModel,
): StatementMatch[] {
  const taken = { reference: new Set<string>(), student: new Set<string>() };

  const anchorCandidates: Candidate[] = [];
  for (const r of reference) {
    if (!r.range) continue;
    for (const s of student) {
      if (!s.range) continue;
      const closeness = rangeJaccard(r.range, s.range);
      if (closeness >= SAME_PASSAGE) anchorCandidates.push({ reference: r.id, student: s.id, closeness });
    }
  }
  const byAnchor = takeClosest(anchorCandidates, taken);

  const leftReference = reference.filter((r) => !taken.reference.has(r.id));
  const leftStudent = student
    .filter((s) => !taken.student.has(s.id))
    .map((s) => ({ s, vector: wording.vector(s.text) }));
  const wordingCandidates: Candidate[] = [];
  for (const r of leftReference) {
    const vector = wording.vector(r.text);
    for (const { s, vector: theirs } of leftStudent) {
      const closeness = wording.similarity(vector, theirs);
      if (closeness >= SAME_WORDING) wordingCandidates.push({ reference: r.id, student: s.id, closeness });
    }
  }
  const byWording = takeClosest(wordingCandidates, taken);

  return [
    ...byAnchor.map((pair) => ({
      referenceNodeId: pair.reference,
      studentNodeId: pair.student,
      by: "anchor" as const,
    })),
    ...byWording.map((pair) => ({
      referenceNodeId: pair.reference,
      studentNodeId: pair.student,
      by: "wording" as const,
    })),
  ];
}
