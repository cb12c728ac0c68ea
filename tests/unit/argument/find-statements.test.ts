import { describe, expect, it } from "vitest";
import { findStatements } from "@/lib/argument/find-statements";
import { freeNode } from "../../fixtures/argument/graph-parts";

const nodes = [
  freeNode("a", "claim", "The summit will yield a transactional compromise."),
  freeNode("b", "evidence", "Transactional deals show strength at home."),
  freeNode("c", "premise", "Élite negotiators prefer   quiet deals."),
  freeNode("d", "objection", "Israel keeps its readiness."),
];

describe("findStatements", () => {
  it("finds every statement containing all the words typed, in any case, those starting with them first", () => {
    expect(findStatements(nodes, "transactional").map((n) => n.id)).toEqual(["b", "a"]);
    expect(findStatements(nodes, "DEALS home").map((n) => n.id)).toEqual(["b"]);
  });

  it("ignores accents and runs of space", () => {
    expect(findStatements(nodes, "elite  negotiators").map((n) => n.id)).toEqual(["c"]);
    expect(findStatements(nodes, "prefer quiet").map((n) => n.id)).toEqual(["c"]);
  });

  it("finds nothing for blank input and stops at the limit", () => {
    expect(findStatements(nodes, "   ")).toEqual([]);
    expect(findStatements(nodes, "e", 2)).toHaveLength(2);
  });
});
