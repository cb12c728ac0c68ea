import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";

export const KIND_LABELS: Record<AnnotationKind, string> = {
  claim: "Claim",
  premise: "Premise",
  evidence: "Evidence",
  objection: "Objection",
  question: "Question",
  note: "Note",
};

/** Alt+1 … Alt+6, in toolbar order; shown in each button's tooltip. */
export const KIND_SHORTCUTS = Object.fromEntries(ANNOTATION_KINDS.map((kind, i) => [kind, `Alt+${i + 1}`])) as Record<
  AnnotationKind,
  string
>;

/** The kind whose shortcut a key event is, or null. */
export function kindForShortcut(event: KeyboardEvent): AnnotationKind | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^Digit([1-6])$/.exec(event.code)?.[1];
  return digit ? ANNOTATION_KINDS[Number(digit) - 1]! : null;
}

export const VISIBILITY_LABELS = {
  private: "Only me",
  everyone: "Everyone who can read this document",
} as const;
