import type { EditorState } from "prosemirror-state";
import type { TextTarget } from "../validation/annotation";
import { anchorsOf, annotationDecorationsKey } from "./annotation-decorations";
import { describeRange } from "./describe-range";
import { textIndexOf } from "./text-index";

/**
 * The selectors of every anchored annotation as it now stands in `state`:
 * each mapped range described afresh (`describeRange`) against the text of
 * `state.doc`, ready to be saved back after the document was edited. Maps
 * annotation id → target. Orphaned annotations are absent (keep their old
 * target), and so is one whose range now holds only whitespace. Empty when
 * the state has no annotationDecorations plugin.
 */
export function currentTargets(state: EditorState): Map<string, TextTarget> {
  const targets = new Map<string, TextTarget>();
  const plugin = annotationDecorationsKey.getState(state);
  if (plugin === undefined) return targets;
  const index = textIndexOf(state.doc);
  for (const [id, range] of anchorsOf(plugin)) {
    const target = describeRange(index, range.from, range.to);
    if (target !== null) targets.set(id, target);
  }
  return targets;
}
