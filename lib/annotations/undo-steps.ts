import type { AnnotationUpdate, AnnotationView } from "@/lib/validation/annotation";

/** What the author's edit form changes: the comment, the tags and who sees it. */
type Editable = Pick<AnnotationView, "comment" | "tags" | "visibility" | "group">;

/** The update that puts `annotation`'s editable fields back as they are (to undo an edit). */
export function editableFieldsOf(annotation: Editable): AnnotationUpdate {
  return {
    comment: annotation.comment,
    tags: annotation.tags,
    visibility: annotation.visibility,
    groupId: annotation.group?.id ?? null,
  };
}

const sameTags = (a: string[], b: string[]) => a.length === b.length && a.every((tag, i) => tag === b[i]);

/**
 * One save of the edit form, in words for the undo status ("Edited the
 * comment"); null when the save changed nothing, which is no step to undo.
 */
export function describeEdit(before: Editable, after: Editable): string | null {
  const changed = [
    before.comment !== after.comment && "comment",
    !sameTags(before.tags, after.tags) && "tags",
    (before.visibility !== after.visibility || before.group?.id !== after.group?.id) && "audience",
  ].filter(Boolean);
  if (changed.length === 0) return null;
  if (changed.length > 1) return "Edited the annotation";
  return changed[0] === "audience" ? "Changed who sees the annotation" : `Edited the ${changed[0]}`;
}

/**
 * Whether anyone but its author has replied to an annotation: undoing its
 * creation would then delete what they wrote to, so it is refused.
 */
export function repliedByOthers(annotation: Pick<AnnotationView, "author" | "replies">): boolean {
  return annotation.replies.some((reply) => reply.author.id !== annotation.author.id);
}
