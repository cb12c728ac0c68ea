/** The class a highlight of an annotation of `kind` is drawn with (its tint comes from the stylesheet's rule for it). */
export function annotationClassName(kind: string): string {
  return `annotation annotation-${kind}`;
}
