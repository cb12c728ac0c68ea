import type { Page } from "@playwright/test";
import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { seededRandom } from "@/tests/support/seeded-random";
import { SAMPLE_TITLE } from "./reader";
import { expect } from "./test";

/** A free statement (no annotation, no position yet), with `extra` such as `unstated`. */
const free = (id: string, kind: MapNode["kind"], text: string, extra: Partial<MapNode> = {}): MapNode => ({
  ...freeNode(id, kind, text),
  ...extra,
});

/**
 * A map of the sample article's argument with every kind of link: a claim
 * with a direct and a linked reason (the latter completed by an unstated
 * premise), evidence under a reason, a rebuttal, an undercut of the linked
 * inference, and a statement as an AIF import leaves it.
 */
export const SAMPLE_MAP: MapGraph = {
  nodes: [
    free("claim", "claim", "The upcoming summit will likely yield a highly transactional compromise."),
    free("p1", "premise", "Washington pressed Jerusalem to accept a framework agreement."),
    free("p2", "premise", "Each leader needs a visible win to show at home."),
    free("u1", "statement", "Leaders who need a win accept a deal they can sell.", { unstated: true }),
    free("e1", "evidence", "The White House explicitly pressured Jerusalem on the Lebanon withdrawal."),
    free("o1", "objection", "Strategic visions have survived worse summits."),
    free("q1", "statement", "Domestic wins can come from refusing a deal, too."),
  ],
  arguments: [support("s1", ["p1"], "claim"), support("s2", ["p2", "u1"], "claim"), support("s3", ["e1"], "p1")],
  attacks: [
    { id: "x1", attackerId: "o1", target: { nodeId: "claim" } },
    { id: "x2", attackerId: "q1", target: { argumentId: "s2" } },
  ],
};

const WORDS = "state deal summit pressure leader vote treaty border army budget aid talks press".split(" ");

/**
 * A map of `size` statements shaped like a real argument: a few main
 * claims, each statement a reason for (mostly), or an objection to, one made
 * before it; some reasons linked in pairs, some inferences undercut, a few
 * reasons given for a second statement elsewhere (so some links cross).
 */
export function generatedMap(size: number, seed = 7): MapGraph {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => Array.from({ length: 4 + Math.floor(next() * 14) }, () => pick(WORDS)).join(" ") + ".";
  const graph: MapGraph = { nodes: [], arguments: [], attacks: [] };
  const roots = Math.max(1, Math.round(size / 25));
  for (let i = 0; i < size; i++) {
    const id = `n${i}`;
    if (i < roots) {
      graph.nodes.push(free(id, "claim", `Claim ${i}: ${sentence()}`));
      continue;
    }
    const target = graph.nodes[Math.floor(next() ** 0.7 * i)]!;
    const roll = next();
    if (roll < 0.15) {
      graph.nodes.push(free(id, "objection", `Objection ${i}: ${sentence()}`));
      graph.attacks.push({ id: `x${i}`, attackerId: id, target: { nodeId: target.id } });
    } else if (roll < 0.2 && graph.arguments.length > 0) {
      graph.nodes.push(free(id, "objection", `Undercut ${i}: ${sentence()}`));
      graph.attacks.push({ id: `x${i}`, attackerId: id, target: { argumentId: pick(graph.arguments).id } });
    } else {
      const linkable = graph.arguments.filter((a) => a.conclusionId === target.id && a.premiseIds.length < 3);
      graph.nodes.push(free(id, next() < 0.5 ? "premise" : "evidence", `Reason ${i}: ${sentence()}`));
      if (roll < 0.3 && linkable.length > 0) pick(linkable).premiseIds.push(id);
      else graph.arguments.push(support(`a${i}`, [id], target.id));
      // Now and then a reason for a second, unrelated statement too: links across branches cross.
      const other = graph.nodes[Math.floor(next() * i)]!;
      if (next() < 0.08 && other.id !== target.id) graph.arguments.push(support(`b${i}`, [id], other.id));
    }
  }
  return graph;
}

/** Makes a map of `graph` titled `title` on the sample as the signed-in reader, and returns its id. */
export async function createSampleMap(page: Page, title: string, graph: MapGraph): Promise<string> {
  const { documents } = await (await page.request.get("/api/documents")).json();
  const sample = documents.find((document: { title: string }) => document.title === SAMPLE_TITLE);
  const created = await page.request.post(`/api/documents/${sample.id}/maps`, { data: { title, graph } });
  expect(created.status()).toBe(201);
  return (await created.json()).map.id;
}
