import { describe, expect, it } from "vitest";
import { annotationLinks } from "@/lib/argument/annotation-links";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

/** A node standing for annotation `annotationId`. */
const annotated = (id: string, annotationId: string): MapNode => ({
  ...freeNode(id, "claim", `Text of ${id}.`),
  annotationId,
});

describe("annotationLinks", () => {
  it("reads a support from both ends", () => {
    const graph: MapGraph = {
      nodes: [annotated("c", "A-c"), annotated("p", "A-p")],
      arguments: [support("a1", ["p"], "c")],
      attacks: [],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        ["A-p", [{ phrase: "Supports", other: "Text of c." }]],
        ["A-c", [{ phrase: "Supported by", other: "Text of p." }]],
      ]),
    );
  });

  it("says a premise of a linked argument supports only together with the others", () => {
    const graph: MapGraph = {
      nodes: [annotated("c", "A-c"), annotated("p", "A-p"), annotated("q", "A-q")],
      arguments: [support("a1", ["p", "q"], "c")],
      attacks: [],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        ["A-p", [{ phrase: "Supports (together with others)", other: "Text of c." }]],
        [
          "A-c",
          [
            { phrase: "Supported by", other: "Text of p." },
            { phrase: "Supported by", other: "Text of q." },
          ],
        ],
        ["A-q", [{ phrase: "Supports (together with others)", other: "Text of c." }]],
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
    expect(links.get("A-o")).toEqual([{ phrase: "Attacks", other: "Text of p." }]);
    expect(links.get("A-p")).toEqual([
      { phrase: "Supports", other: "Text of c." },
      { phrase: "Attacked by", other: "Text of o." },
    ]);
    expect(links.get("A-u")).toEqual([{ phrase: "Undercuts a reason for", other: "Text of c." }]);
    expect(links.get("A-c")).toEqual([
      { phrase: "Supported by", other: "Text of p." },
      { phrase: "A reason for it is undercut by", other: "Text of u." },
    ]);
  });

  it("lists links to free statements on the annotated side only, and leaves out annotations on no link", () => {
    const graph: MapGraph = {
      nodes: [freeNode("c"), annotated("p", "A-p"), freeNode("o"), annotated("lone", "A-lone")],
      arguments: [support("a1", ["p"], "c")],
      attacks: [{ id: "x1", attackerId: "o", target: { nodeId: "p" } }],
    };
    expect(annotationLinks(graph)).toEqual(
      new Map([
        [
          "A-p",
          [
            { phrase: "Supports", other: "Statement c." },
            { phrase: "Attacked by", other: "Statement o." },
          ],
        ],
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
