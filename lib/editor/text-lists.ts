import type { Node as ProseMirrorNode } from "prosemirror-model";
import { listMarker } from "./list-markers";
import type { ListMarker } from "./list-markers";
import { schema } from "./schema";
import { proseText } from "./text-blocks";

// Turns marked-up lines of plain text into bullet_list and ordered_list
// nodes. Markers become the list structure and are not kept as text.

/** An item's marker and the text of its marker line and continuations. */
interface Item {
  readonly marker: ListMarker;
  readonly lines: string[];
}

// A lead-in: a short capitalised label ending in a colon that opens an
// item ("Cost:", "The Short Answer:"). Writers without markup use it
// where they would have used bold, so it gets the strong mark; its text
// is unchanged. A full stop, ? ! or ; before the colon means a sentence,
// not a label.
const LEAD_IN = /^[\p{Lu}\p{N}][^.!?;:]*:(?= |$)/u;
const MAX_LEAD_IN_WORDS = 6;

function leadInLength(text: string): number {
  const label = LEAD_IN.exec(text)?.[0];
  return label !== undefined && label.split(" ").length <= MAX_LEAD_IN_WORDS ? label.length : 0;
}

function itemParagraph(lines: readonly string[]): ProseMirrorNode {
  const text = proseText(lines);
  const lead = leadInLength(text);
  if (lead === 0) return schema.nodes.paragraph.create(null, schema.text(text));
  const label = schema.text(text.slice(0, lead), [schema.marks.strong.create()]);
  const rest = text.slice(lead);
  return schema.nodes.paragraph.create(null, rest === "" ? [label] : [label, schema.text(rest)]);
}

// A line without a marker continues the item above it, whether indented
// or not (Markdown's "lazy continuation"): hard wrapping seldom indents.
function items(lines: readonly string[]): Item[] {
  const result: Item[] = [];
  for (const line of lines) {
    const marker = listMarker(line);
    const current = result[result.length - 1];
    // The first line opens an item (see listNodes), so a line without a
    // marker always has one above it.
    if (marker) result.push({ marker, lines: [marker.text] });
    else current.lines.push(line);
  }
  return result;
}

// Items indented deeper than the first item of a run nest inside the
// item above them: "◦" sub-bullets under "•" bullets.
function lists(run: readonly Item[]): ProseMirrorNode[] {
  const result: ProseMirrorNode[] = [];
  let i = 0;
  while (i < run.length) {
    const first = run[i].marker;
    const children: ProseMirrorNode[] = [];
    // Deeper items are taken by the nested lists below, so every item met
    // here is indented no deeper than the first.
    while (i < run.length && run[i].marker.kind === first.kind) {
      const item = run[i++];
      const nestedStart = i;
      while (i < run.length && run[i].marker.indent > first.indent) i++;
      const nested = lists(run.slice(nestedStart, i));
      children.push(schema.nodes.list_item.create(null, [itemParagraph(item.lines), ...nested]));
    }
    result.push(
      first.kind === "bullet"
        ? schema.nodes.bullet_list.create(null, children)
        : schema.nodes.ordered_list.create({ order: first.order }, children),
    );
  }
  return result;
}

/**
 * The list nodes for `lines`, whose first line must open an item (see
 * `listMarker`). Each marker line opens an item; other lines continue the
 * item above. A change of marker kind starts a new list; deeper indentation
 * nests. An ordered list's `order` is its first number. A lead-in label
 * ("Label:") at the start of an item gets the strong mark.
 */
export function listNodes(lines: readonly string[]): ProseMirrorNode[] {
  return lists(items(lines));
}

/**
 * Where a list starts inside a block that opens with prose ("Steps:"
 * followed by "1. …" lines), or -1. A marker line starts one when the line
 * before it ends with a colon or another marker line follows it: a single
 * wrapped line that happens to begin with "- " is prose.
 */
export function listRunStart(lines: readonly string[]): number {
  return lines.findIndex(
    (line, i) =>
      i > 0 &&
      listMarker(line) !== null &&
      (lines[i - 1].trimEnd().endsWith(":") || lines.slice(i + 1).some((next) => listMarker(next) !== null)),
  );
}
