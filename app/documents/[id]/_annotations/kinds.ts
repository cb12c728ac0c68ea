import { KIND_NAMES } from "@/lib/argument/node-label";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";

/** The annotation kinds' names, the same as their statements' on the map (lib/argument/node-label.ts). */
export const KIND_LABELS: Record<AnnotationKind, string> = KIND_NAMES;

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
