import { describe, expect, it } from "vitest";
import { nodeLabel } from "@/lib/argument/node-label";
import { statementBox } from "@/lib/argument/map-style";
import type { MapNode } from "@/lib/validation/argument-map";

const ANCHOR = "7a1e2b3c-0000-4000-8000-000000000000";
const node = (kind: MapNode["kind"], annotationId: string | null, unstated?: true): MapNode => ({
  id: "n",
  kind,
  annotationId,
  text: "Text.",
  position: null,
  ...(unstated && { unstated }),
});

describe("nodeLabel", () => {
  it("names a passage's statement by its annotation kind", () => {
    expect(nodeLabel(node("claim", ANCHOR))).toBe("Claim");
    expect(nodeLabel(node("evidence", ANCHOR))).toBe("Evidence");
    expect(nodeLabel(node("premise", null))).toBe("Premise");
  });

  it("calls a statement imported from AIF, anchored or free, a Statement, not an unstated premise", () => {
    expect(nodeLabel(node("statement", ANCHOR))).toBe("Statement");
    expect(nodeLabel(node("statement", null))).toBe("Statement");
  });

  it("keeps 'Unstated premise' for the premises the reader added as unstated", () => {
    expect(nodeLabel(node("statement", null, true))).toBe("Unstated premise");
  });

  it("calls an argument given by its gist (Argdown's '<A>: …') an Argument, on the map and in the export", () => {
    expect(nodeLabel({ ...node("statement", null), argument: true })).toBe("Argument");
    expect(statementBox({ kind: "statement", text: "x", argument: true }).kindLabel).toBe("ARGUMENT");
  });
});

describe("statementBox", () => {
  it("heads the exported box with the same label as the map view", () => {
    expect(statementBox({ kind: "statement", text: "x", unstated: true }).kindLabel).toBe("UNSTATED PREMISE");
    expect(statementBox({ kind: "statement", text: "x" }).kindLabel).toBe("STATEMENT");
  });
});
