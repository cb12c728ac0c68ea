import { MatchBudget } from "@/lib/anchoring/match-budget";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { targetAt } from "@/lib/anchoring/target-at";
import type { Db, Tx } from "@/lib/db/client";
import type { TextTarget } from "@/lib/validation/annotation";
import { searchTextOf } from "./annotation-view";

// Re-anchoring after a document's text changed, in two steps, so that the
// quote search — bounded, but up to seconds for a document with thousands
// of annotations — runs before the save's transaction opens: on PGlite an
// open transaction holds up every other query, and Prisma ends an
// interactive transaction after 5 s. planReanchoring places every
// annotation, yielding to the event loop between chunks; applyReanchoring,
// inside the transaction, writes the plan, placing afresh only the
// annotations created or changed since it was made (normally none).

const SELECTED = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  comment: true,
  tags: true,
  deletedAt: true,
} as const;

type StoredAnnotation = TextTarget & { id: string; comment: string; tags: string[]; deletedAt: Date | null };

/** What became of one annotation: its new target (null: unchanged or orphaned). */
type Placement = { target: TextTarget | null; orphaned: boolean; overBudget: boolean; fromHint: boolean };

/** The placements of a document's annotations in a new text, keyed by id, and the targets they started from. */
export type ReanchorPlan = ReadonlyMap<string, { from: string; placement: Placement }>;

/** What a save did to the annotations: moved, orphaned, and of those orphaned how many for want of time. */
export type ReanchorCounts = { moved: number; orphaned: number; overBudget: number };

// Annotations placed between two yields to the event loop.
const CHUNK = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The stored target a placement was made from, to tell whether it changed since. */
const keyOf = ({ exact, prefix, suffix, start, end }: TextTarget) =>
  JSON.stringify([exact, prefix, suffix, start, end]);

/**
 * Where `annotation` goes in `text`: where the editing client mapped it
 * (`hint`), if that still matches the new text — it follows edits inside
 * the passage, which a quote search cannot — or else where matchQuote finds
 * its quote within `budget`. Unchanged gives a null target.
 */
function place(annotation: StoredAnnotation, text: string, hint: TextTarget | undefined, budget: MatchBudget) {
  const fromHint = hint !== undefined && hint.end <= text.length && text.slice(hint.start, hint.end) === hint.exact;
  const gaveUp = budget.gaveUp;
  const found = fromHint ? hint : matchQuote(text, annotation, { budget });
  if (!found) return { target: null, orphaned: true, overBudget: budget.gaveUp > gaveUp, fromHint };
  const target = targetAt(text, found.start, found.end);
  const same =
    target.start === annotation.start && target.exact === annotation.exact && target.prefix === annotation.prefix;
  return { target: same ? null : target, orphaned: false, overBudget: false, fromHint };
}

/**
 * Plans moving every annotation on document `documentId` (every author's,
 * deleted ones too) into its new `text`: see `place`. Runs outside any
 * transaction, a chunk of annotations at a time with the event loop free in
 * between, spending at most `budget` on quote searches; annotations left
 * when it is spent are orphaned, and counted as over budget.
 */
export async function planReanchoring(
  db: Db,
  documentId: string,
  text: string,
  mapped: ReadonlyMap<string, TextTarget>,
  budget: MatchBudget = new MatchBudget(),
): Promise<ReanchorPlan> {
  const annotations = await db.annotation.findMany({ where: { documentId }, select: SELECTED });
  const plan = new Map<string, { from: string; placement: Placement }>();
  for (let first = 0; first < annotations.length; first += CHUNK) {
    if (first > 0) await yieldToEventLoop();
    for (const annotation of annotations.slice(first, first + CHUNK)) {
      plan.set(annotation.id, {
        from: keyOf(annotation),
        placement: place(annotation, text, mapped.get(annotation.id), budget),
      });
    }
  }
  return plan;
}

/**
 * Inside the save's transaction: writes `plan`, after checking each
 * annotation against the target it was planned from. One created or moved
 * since, or planned from a hint of a client no longer `allowed` to see it,
 * is placed now (within `budget`). An annotation whose passage is gone keeps
 * its selectors and shows as orphaned.
 */
export async function applyReanchoring(
  tx: Tx,
  documentId: string,
  text: string,
  plan: ReanchorPlan,
  mapped: ReadonlyMap<string, TextTarget>,
  budget: MatchBudget,
): Promise<ReanchorCounts> {
  const annotations = await tx.annotation.findMany({ where: { documentId }, select: SELECTED });
  const counts: ReanchorCounts = { moved: 0, orphaned: 0, overBudget: 0 };
  for (const annotation of annotations) {
    const planned = plan.get(annotation.id);
    const hint = mapped.get(annotation.id);
    const current = planned?.from === keyOf(annotation) && (!planned.placement.fromHint || hint !== undefined);
    const { target, orphaned, overBudget } = current ? planned.placement : place(annotation, text, hint, budget);
    if (orphaned) counts.orphaned += 1;
    if (overBudget) counts.overBudget += 1;
    if (!target) continue;
    counts.moved += 1;
    await tx.annotation.update({
      where: { id: annotation.id },
      // A deleted annotation must stay unfindable by what it said.
      data: {
        ...target,
        searchText: annotation.deletedAt
          ? target.exact
          : searchTextOf({ ...target, comment: annotation.comment, tags: annotation.tags }),
      },
    });
  }
  return counts;
}
