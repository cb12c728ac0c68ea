// The margin lists annotations one by one, until a class highlights the
// same sentence: thirty entries quoting it bury the rest of the margin.
// Annotations on (nearly) the same passage are gathered into one entry
// when there are more than a few, each still listed inside it.

/** What grouping needs of an annotation: its passage, as offsets into the text. */
export interface OnPassage {
  readonly target: { readonly exact: string; readonly start: number; readonly end: number };
}

/** One entry of the margin: an annotation alone, or the group on one passage. */
export type MarginEntry<T> =
  { readonly annotation: T } | { readonly passage: string; readonly annotations: readonly T[] };

/** Fewer annotations than this on a passage are listed one by one. */
export const GROUP_MINIMUM = 4;

/** How much of the longer passage two must share to be on "the same" one: students' selections differ by a word or two. */
const SHARED = 0.8;

/** Open groups looked through for each annotation: bounds the work when none ends. */
const OPEN_LIMIT = 32;

function samePassage(a: OnPassage, b: OnPassage): boolean {
  const shared = Math.min(a.target.end, b.target.end) - Math.max(a.target.start, b.target.start);
  const longer = Math.max(a.target.end - a.target.start, b.target.end - b.target.start);
  return longer > 0 ? shared >= SHARED * longer : a.target.start === b.target.start;
}

/**
 * `list` (in document order, as the margin has it) with the annotations on
 * the same passage — sharing at least 80 % of the longer one — gathered
 * into one entry, at the place of the first, when there are `minimum` or
 * more; the others stay where they were.
 */
export function groupByPassage<T extends OnPassage>(list: readonly T[], minimum = GROUP_MINIMUM): MarginEntry<T>[] {
  const groupOf = new Map<T, T[]>();
  let open: T[][] = [];
  for (const annotation of list) {
    open = open.filter((group) => group[0]!.target.end > annotation.target.start).slice(-OPEN_LIMIT);
    let home = open.find((group) => samePassage(group[0]!, annotation));
    if (home) home.push(annotation);
    else open.push((home = [annotation]));
    groupOf.set(annotation, home);
  }
  return list.flatMap((annotation): MarginEntry<T>[] => {
    const group = groupOf.get(annotation)!;
    if (group.length < minimum) return [{ annotation }];
    return group[0] === annotation ? [{ passage: annotation.target.exact, annotations: group }] : [];
  });
}
