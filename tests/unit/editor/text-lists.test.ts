import type { Node as ProseMirrorNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { listNodes, listRunStart } from "../../../lib/editor/text-lists";

// An item's first paragraph as its runs: "strong:Label:" for the strong
// lead-in, ":text" for plain text.
function firstItemRuns(lines: readonly string[]): string[] {
  const paragraph = listNodes(lines)[0].child(0).child(0);
  const runs: string[] = [];
  paragraph.forEach((node) => runs.push(`${node.marks.map((mark) => mark.type.name).join("+")}:${node.text ?? ""}`));
  return runs;
}

function shape(nodes: readonly ProseMirrorNode[]): string[] {
  return nodes.map((list) => {
    const items: string[] = [];
    list.forEach((item) => items.push(item.textContent));
    const order = list.type.name === "ordered_list" ? `(${String(list.attrs.order)})` : "";
    return `${list.type.name}${order}: ${items.join(" | ")}`;
  });
}

describe("listNodes lead-ins", () => {
  it("makes a short capitalised label before a colon strong", () => {
    expect(firstItemRuns(["- Cost: five pounds"])).toEqual(["strong:Cost:", ": five pounds"]);
    expect(firstItemRuns(["- 2024 Plans: more"])).toEqual(["strong:2024 Plans:", ": more"]);
    expect(firstItemRuns(["- Summary:"])).toEqual(["strong:Summary:"]);
  });

  it("leaves a label of six words strong and one of seven plain", () => {
    expect(firstItemRuns(["- One Two Three Four Five Six: x"])).toEqual(["strong:One Two Three Four Five Six:", ": x"]);
    expect(firstItemRuns(["- One Two Three Four Five Six Seven: x"])).toEqual([
      ":One Two Three Four Five Six Seven: x",
    ]);
  });

  it("leaves plain an item that does not open with a capitalised label", () => {
    for (const text of [
      "cost: lowercase",
      "The price. Then: a sentence",
      "Is it? Yes: a question",
      "see the Cost: in the middle",
      "Time:12",
      ": no label",
    ]) {
      expect(firstItemRuns([`- ${text}`])).toEqual([`:${text}`]);
    }
  });
});

describe("listNodes structure", () => {
  it("starts a new list when the kind of marker changes", () => {
    expect(shape(listNodes(["- a", "- b", "1. c", "2. d", "- e"]))).toEqual([
      "bullet_list: a | b",
      "ordered_list(1): c | d",
      "bullet_list: e",
    ]);
  });

  it("nests deeper items and takes a shallower one back into the list", () => {
    const [list] = listNodes(["  - a", "    - a1", "- b"]);
    expect(shape([list])).toEqual(["bullet_list: aa1 | b"]);
    expect(shape([list.child(0).child(1)])).toEqual(["bullet_list: a1"]);
  });

  it("joins lines without a marker to the item above", () => {
    expect(shape(listNodes(["- first", "wrapped", "- second"]))).toEqual(["bullet_list: first wrapped | second"]);
  });
});

describe("listRunStart", () => {
  it("starts a list after a line ending in a colon, trailing spaces and all", () => {
    expect(listRunStart(["Steps:", "1. one"])).toBe(1);
    expect(listRunStart(["Steps:  ", "1. one"])).toBe(1);
    expect(listRunStart(["Intro", "Steps:", "- one"])).toBe(2);
  });

  it("starts a list at a marker line followed by another", () => {
    expect(listRunStart(["Intro", "- a", "- b"])).toBe(1);
    expect(listRunStart(["Intro", "- a", "wrapped", "- b", "prose"])).toBe(1);
  });

  it("reads a lone marker line in prose as prose", () => {
    expect(listRunStart(["Some prose", "- lone dash line"])).toBe(-1);
    expect(listRunStart(["Some prose", "- lone dash line", "more prose"])).toBe(-1);
    expect(listRunStart([":Some prose", "- lone dash line"])).toBe(-1);
  });

  it("looks only at marker lines, after the first line", () => {
    expect(listRunStart(["Steps:", "not a marker", "- a"])).toBe(-1);
    expect(listRunStart(["- a", "- b"])).toBe(-1);
    expect(listRunStart(["- a", "- b", "- c"])).toBe(1);
    expect(listRunStart(["- a", "b"])).toBe(-1);
    expect(listRunStart(["Steps:"])).toBe(-1);
  });
});
