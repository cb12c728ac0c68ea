/**
 * The drag of a highlighted passage onto the map: the dragged data is the
 * annotation's id under a type of Warrant's own, so nothing else (a file, a
 * link, text from another page) is taken for a passage, and a passage is
 * not dropped as text anywhere else.
 */
export const PASSAGE_DRAG_TYPE = "application/x-warrant-annotation";

/** Starts a passage drag: what it carries, and that a drop links (never moves or copies text). */
export function startPassageDrag(data: DataTransfer, annotationId: string) {
  data.clearData();
  data.setData(PASSAGE_DRAG_TYPE, annotationId);
  data.effectAllowed = "link";
}

/** Whether a drag carries a passage; readable while dragging over, unlike the id itself. */
export function carriesPassage(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes(PASSAGE_DRAG_TYPE);
}

/** The annotation id a dropped passage carries, or null. */
export function droppedPassage(data: DataTransfer | null): string | null {
  return data?.getData(PASSAGE_DRAG_TYPE) || null;
}
