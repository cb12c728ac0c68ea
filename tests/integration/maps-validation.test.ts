import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { MAX_STATEMENT_LENGTH, type MapGraph } from "@/lib/validation/argument-map";
import { ZMapCreate, ZMapUpdate } from "@/lib/validation/map-input";
import { graphOf, inference, rebuttal, statement, undercut } from "./support/map-factories";

/**
 * A valid map: c is concluded from p1 and p2 together (one linked argument
 * r1, with a scheme and an answered critical question); o rebuts c and u
 * undercuts r1.
 */
function validGraph(): MapGraph {
  return graphOf(
    [
      statement("c", "The patron decides", { x: 0, y: 0 }),
      statement("p1", "The patron pays"),
      statement("p2", "Who pays decides"),
      statement("o", "The client ignored the patron"),
      statement("u", "Paying is not deciding"),
    ],
    [inference("r1", "c", ["p1", "p2"], "cause-to-effect", { "0": "answered" })],
    [rebuttal("a1", "o", "c"), undercut("a2", "u", "r1")],
  );
}

type Issue = { path: string; message: string };

function issuesOf(result: { success: boolean; error?: z.ZodError }): Issue[] {
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** What ZMapCreate and ZMapUpdate say about a graph (both must say the same). */
function graphIssues(graph: unknown): Issue[] {
  const created = issuesOf(ZMapCreate.safeParse({ title: "A map", graph }));
  const updated = issuesOf(ZMapUpdate.safeParse({ version: 1, graph }));
  expect(updated).toEqual(created);
  return created;
}

type Case = { name: string; change: (graph: MapGraph) => void; issues: Issue[] };

const CASES: Case[] = [
  {
    name: "a duplicate node id",
    change: (g) => g.nodes.push(statement("p1", "Another p1")),
    issues: [{ path: "graph.nodes.5.id", message: "duplicate node id p1" }],
  },
  {
    name: "an argument with a node's id",
    change: (g) => g.arguments.push(inference("p2", "c", ["o"])),
    issues: [{ path: "graph.arguments.1.id", message: "duplicate id p2" }],
  },
  {
    name: "two arguments with one id",
    change: (g) => g.arguments.push(inference("r1", "o", ["u"])),
    issues: [{ path: "graph.arguments.1.id", message: "duplicate id r1" }],
  },
  {
    name: "an argument whose conclusion is missing",
    change: (g) => g.arguments.push(inference("r2", "gone", ["p1"])),
    issues: [{ path: "graph.arguments.1.conclusionId", message: "no node gone" }],
  },
  {
    name: "an argument whose second premise is missing",
    change: (g) => g.arguments.push(inference("r2", "c", ["p1", "gone"])),
    issues: [{ path: "graph.arguments.1.premiseIds.1", message: "no node gone" }],
  },
  {
    name: "a premise equal to the conclusion",
    change: (g) => g.arguments.push(inference("r2", "c", ["o", "c"])),
    issues: [{ path: "graph.arguments.1.premiseIds.1", message: "a statement cannot support itself" }],
  },
  {
    name: "an empty premise list",
    change: (g) => g.arguments.push(inference("r2", "c", [])),
    issues: [{ path: "graph.arguments.1.premiseIds", message: "Too small: expected array to have >=1 items" }],
  },
  {
    name: "an attack on a missing node",
    change: (g) => g.attacks.push(rebuttal("a3", "o", "gone")),
    issues: [{ path: "graph.attacks.2.target.nodeId", message: "no node gone" }],
  },
  {
    name: "an attack by a missing node",
    change: (g) => g.attacks.push(rebuttal("a3", "gone", "p1")),
    issues: [{ path: "graph.attacks.2.attackerId", message: "no node gone" }],
  },
  {
    name: "an undercut of a missing argument",
    change: (g) => g.attacks.push(undercut("a3", "u", "gone")),
    issues: [{ path: "graph.attacks.2.target.argumentId", message: "no argument gone" }],
  },
  {
    name: "an undercut naming a node, not an argument",
    change: (g) => g.attacks.push(undercut("a3", "u", "c")),
    issues: [{ path: "graph.attacks.2.target.argumentId", message: "no argument c" }],
  },
  {
    name: "a node id with a space",
    change: (g) => (g.nodes[4]!.id = "u 2"),
    // u is gone now, so the undercut by it is reported too
    issues: [
      { path: "graph.nodes.4.id", message: "ids are 1–64 letters, digits, _ or -" },
      { path: "graph.attacks.1.attackerId", message: "no node u" },
    ],
  },
  {
    name: "an argument id with a slash",
    change: (g) => (g.arguments[0]!.id = "r/1"),
    issues: [
      { path: "graph.arguments.0.id", message: "ids are 1–64 letters, digits, _ or -" },
      { path: "graph.attacks.1.target.argumentId", message: "no argument r1" },
    ],
  },
  {
    name: "a premise id with a non-ASCII letter",
    change: (g) => (g.arguments[0]!.premiseIds[1] = "pü"),
    issues: [
      { path: "graph.arguments.0.premiseIds.1", message: "ids are 1–64 letters, digits, _ or -" },
      { path: "graph.arguments.0.premiseIds.1", message: "no node pü" },
    ],
  },
  {
    name: "a statement over 5,000 characters",
    change: (g) => (g.nodes[1]!.text = "x".repeat(MAX_STATEMENT_LENGTH + 1)),
    issues: [{ path: "graph.nodes.1.text", message: "Too big: expected string to have <=5000 characters" }],
  },
  {
    name: "a statement of blanks only",
    change: (g) => (g.nodes[2]!.text = " \n\t "),
    issues: [{ path: "graph.nodes.2.text", message: "a statement needs text" }],
  },
];

describe("ZMapGraph through ZMapCreate and ZMapUpdate", () => {
  it("accepts the valid map the cases start from, unchanged", () => {
    const graph = validGraph();
    expect(graphIssues(graph)).toEqual([]);
    expect(ZMapCreate.parse({ title: " A map ", graph })).toEqual({ title: "A map", visibility: "private", graph });
    expect(ZMapUpdate.parse({ version: 3, graph })).toEqual({ version: 3, graph });
  });

  it.each(CASES.map((c) => [c.name, c] as const))("refuses %s", (_name, { change, issues }) => {
    const graph = validGraph();
    change(graph);
    expect(graphIssues(graph)).toEqual(issues);
  });

  it("accepts a statement of exactly 5,000 characters, and trims the blanks around it", () => {
    const graph = validGraph();
    const text = "y".repeat(MAX_STATEMENT_LENGTH);
    graph.nodes[1]!.text = `  ${text}\n`;
    const parsed = ZMapCreate.parse({ title: "A map", graph });
    expect(parsed.graph!.nodes[1]!.text).toBe(text);
  });

  it("reports every problem of a graph at once", () => {
    const graph = validGraph();
    graph.nodes.push(statement("c", "Another c"));
    graph.arguments.push(inference("r2", "gone", []));
    graph.attacks.push(undercut("a3", "o", "r9"));
    expect(graphIssues(graph)).toEqual([
      { path: "graph.arguments.1.premiseIds", message: "Too small: expected array to have >=1 items" },
      { path: "graph.nodes.5.id", message: "duplicate node id c" },
      { path: "graph.arguments.1.conclusionId", message: "no node gone" },
      { path: "graph.attacks.2.target.argumentId", message: "no argument r9" },
    ]);
  });

  it("checks the title and the version the edit was made from", () => {
    expect(issuesOf(ZMapCreate.safeParse({ title: "   " }))).toEqual([
      { path: "title", message: "a map needs a title" },
    ]);
    expect(issuesOf(ZMapCreate.safeParse({ title: "t".repeat(201) }))).toEqual([
      { path: "title", message: "title must be at most 200 characters" },
    ]);
    expect(issuesOf(ZMapUpdate.safeParse({ version: 0 }))).toEqual([
      { path: "version", message: "Too small: expected number to be >=1" },
    ]);
    expect(ZMapUpdate.safeParse({ title: "No version" }).success).toBe(false);
    expect(ZMapUpdate.parse({ version: 1 })).toEqual({ version: 1 });
  });
});
