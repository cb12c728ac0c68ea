import { describe, expect, it } from "vitest";
import { findCycles } from "@/lib/argument/find-cycles";

const graph = (edges: string) => {
  const successors = new Map<string, string[]>();
  for (const edge of edges.split(" ").filter(Boolean)) {
    const [from, to] = edge.split(">");
    successors.set(from, [...(successors.get(from) ?? []), to]);
  }
  return successors;
};

describe("findCycles", () => {
  it("finds nothing in a DAG", () => {
    expect(findCycles(["a", "b", "c", "d"], graph("a>b a>c b>d c>d"))).toEqual([]);
  });

  it("reports one cycle per strongly connected component, from its earliest node, in node order", () => {
    const order = ["p", "q", "a", "b", "c", "x"];
    expect(findCycles(order, graph("c>a a>b b>c q>p p>q x>x a>x"))).toEqual([["p", "q"], ["a", "b", "c"], ["x"]]);
  });

  it("takes the shortest cycle through the earliest node of a tangled component", () => {
    // a>b>c>d>a and a>d>a: the short way round is a, d.
    expect(findCycles(["a", "b", "c", "d"], graph("a>b b>c c>d d>a a>d"))).toEqual([["a", "d"]]);
  });

  it("starts a component's cycle at its earliest node even when the search entered it elsewhere", () => {
    // The search enters {a, b} from x at a, but b comes first in `order`.
    expect(findCycles(["x", "b", "a"], graph("x>a a>b b>a"))).toEqual([["b", "a"]]);
  });

  it("of two equally short cycles, takes the one through the successors listed first", () => {
    expect(findCycles(["a", "b", "c", "d"], graph("a>b a>c b>d c>d d>a"))).toEqual([["a", "b", "d"]]);
    expect(findCycles(["a", "b", "c", "d"], graph("a>c a>b b>d c>d d>a"))).toEqual([["a", "c", "d"]]);
  });

  it("ignores edges to nodes not in `order`", () => {
    expect(findCycles(["a"], graph("a>z z>a"))).toEqual([]);
  });

  it("handles a 5,000-node ring without overflowing the stack", () => {
    const order = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const successors = new Map(order.map((id, i) => [id, [order[(i + 1) % order.length]]]));
    const cycles = findCycles(order, successors);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toEqual(order);
  });
});
