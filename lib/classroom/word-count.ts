/**
 * Words in a piece of text: runs of non-whitespace. The overview's SQL counts
 * live comments the same way (regexp_split_to_array on \s+), so a submitted
 * snapshot and live work are measured alike.
 */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
