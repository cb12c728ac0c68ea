import { describe, expect, it } from "vitest";
import {
  annotationLinks,
  describeLinks,
  hasReason,
  linkPhrase,
  type AnnotationLink,
} from "@/lib/argument/annotation-links";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

/** A node standing for annotation `annotationId`. */
const annotated = (id: string, annotationId: string, kind: MapNode["kind"] = "claim"): MapNode => ({
  ...freeNode(id, kind, `Text of ${id}.`),
  annotationId,
});

/** A link as annotationLinks gives it, to a statement reading `text` that stands for `annotationId` (null: a free statement). */
const to = (
  relation: AnnotationLink["relation"],
  direction: AnnotationLink["direction"],
  text: string,
  annotationId: string | null,
  together = false,
): AnnotationLink => ({ relation, direction, together, other: { text, annotationId } });

describe("annotationLinks", () => {
  it("reads a support from both ends, naming the other annotation", () => {
    const graph: MapGraph = {
      nodes: [annotated("c", "A-c"), annotated("p", "A-p")],
      arguments: [support("a1", ["p"], "c")],
      attacks: [],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        ["A-p", [to("supports", "outgoing", "Text of c.", "A-c")]],
        ["A-c", [to("supports", "incoming", "Text of p.", "A-p")]],
      ]),
    );
  });

  it("links questions like every other kind, as source and as target", () => {
    const graph: MapGraph = {
      nodes: [annotated("q", "A-q", "question"), annotated("e", "A-e", "evidence"), annotated("o", "A-o", "question")],
      arguments: [support("a1", ["e"], "q")],
      attacks: [{ id: "x1", attackerId: "o", target: { nodeId: "q" } }],
    };
    const links = annotationLinks(graph);
    expect(links.get("A-q")).toEqual([
      to("supports", "incoming", "Text of e.", "A-e"),
      to("attacks", "incoming", "Text of o.", "A-o"),
    ]);
    expect(links.get("A-o")).toEqual([to("attacks", "outgoing", "Text of q.", "A-q")]);
  });

  it("marks a premise of a linked argument as supporting only together with the others", () => {
    const graph: MapGraph = {
      nodes: [annotated("c", "A-c"), annotated("p", "A-p"), annotated("q", "A-q")],
      arguments: [support("a1", ["p", "q"], "c")],
      attacks: [],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        ["A-p", [to("supports", "outgoing", "Text of c.", "A-c", true)]],
        ["A-c", [to("supports", "incoming", "Text of p.", "A-p"), to("supports", "incoming", "Text of q.", "A-q")]],
        ["A-q", [to("supports", "outgoing", "Text of c.", "A-c", true)]],
      ]),
    );
  });

  it("reads an attack and an undercut from both ends, the undercut naming the conclusion of the reason it cuts", () => {
    const graph: MapGraph = {
      nodes: [annotated("c", "A-c"), annotated("p", "A-p"), annotated("o", "A-o"), annotated("u", "A-u")],
      arguments: [support("a1", ["p"], "c")],
      attacks: [
        { id: "x1", attackerId: "o", target: { nodeId: "p" } },
        { id: "x2", attackerId: "u", target: { argumentId: "a1" } },
      ],
    };
    const links = annotationLinks(graph);
    expect(links.get("A-o")).toEqual([to("attacks", "outgoing", "Text of p.", "A-p")]);
    expect(links.get("A-p")).toEqual([
      to("supports", "outgoing", "Text of c.", "A-c"),
      to("attacks", "incoming", "Text of o.", "A-o"),
    ]);
    expect(links.get("A-u")).toEqual([to("undercuts", "outgoing", "Text of c.", "A-c")]);
    expect(links.get("A-c")).toEqual([
      to("supports", "incoming", "Text of p.", "A-p"),
      to("undercuts", "incoming", "Text of u.", "A-u"),
    ]);
  });

  it("lists links to free statements on the annotated side only, with no annotation on the other end", () => {
    const graph: MapGraph = {
      nodes: [freeNode("c"), annotated("p", "A-p"), freeNode("o"), annotated("lone", "A-lone")],
      arguments: [support("a1", ["p"], "c")],
      attacks: [{ id: "x1", attackerId: "o", target: { nodeId: "p" } }],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        ["A-p", [to("supports", "outgoing", "Statement c.", null), to("attacks", "incoming", "Statement o.", null)]],
      ]),
    );
  });

  it("skips links to statements or reasons the graph does not have", () => {
    const graph: MapGraph = {
      nodes: [annotated("p", "A-p"), annotated("o", "A-o")],
      arguments: [support("a1", ["p"], "gone")],
      attacks: [
        { id: "x1", attackerId: "o", target: { nodeId: "gone" } },
        { id: "x2", attackerId: "o", target: { argumentId: "a9" } },
        { id: "x3", attackerId: "gone", target: { nodeId: "p" } },
      ],
    };
    expect(annotationLinks(graph)).toEqual(new Map());
  });
});

describe("linkPhrase", () => {
  it("says each relation in words from its annotation's side", () => {
    const phrase = (relation: AnnotationLink["relation"], direction: AnnotationLink["direction"], together = false) =>
      linkPhrase({ relation, direction, together });
    expect(phrase("supports", "outgoing")).toBe("Supports");
    expect(phrase("supports", "outgoing", true)).toBe("Supports (together with others)");
    expect(phrase("supports", "incoming")).toBe("Supported by");
    expect(phrase("attacks", "outgoing")).toBe("Attacks");
    expect(phrase("attacks", "incoming")).toBe("Attacked by");
    expect(phrase("undercuts", "outgoing")).toBe("Undercuts a reason for");
    expect(phrase("undercuts", "incoming")).toBe("A reason for it undercut by");
  });
});

describe("describeLinks", () => {
  it("says nothing for no links", () => {
    expect(describeLinks([])).toBe("");
  });

  it("lists every link in lower case with the other statement shortened and quoted", () => {
    const long = `${"word ".repeat(30)}end`;
    expect(
      describeLinks([to("supports", "incoming", "Short  reason.", "A-p"), to("attacks", "outgoing", long, null)]),
    ).toBe(`linked: supported by “Short reason.”; attacks “${"word ".repeat(15).trim()}…”`);
  });
});

describe("hasReason", () => {
  it("is true only for the conclusion of a support: what an undercut can attack", () => {
    expect(hasReason(undefined)).toBe(false);
    expect(hasReason([to("supports", "outgoing", "C", "A-c"), to("attacks", "incoming", "O", "A-o")])).toBe(false);
    expect(hasReason([to("undercuts", "incoming", "U", "A-u")])).toBe(false);
    expect(hasReason([to("attacks", "incoming", "O", "A-o"), to("supports", "incoming", "P", null)])).toBe(true);
  });
});
