import { describe, expect, it } from "vitest";
import { linkStatements, updateNode } from "@/lib/argument/edit-map";
import { diffGraphs } from "@/lib/argument/map-operations";
import { addMissingPremise } from "@/lib/argument/missing-premise";
import { InvalidInputError } from "@/lib/errors";
import { applyMapOperations } from "@/lib/maps/apply-map-operations";
import { listMapVersions } from "@/lib/maps/map-history";
import type { MapGraph } from "@/lib/validation/argument-map";
import { ZMapOperations } from "@/lib/validation/map-input";
import { sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { graphOf, makeMap, outcomeOf, rejectionOf, statement } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const BOX = { width: 240, height: 80 };
const start = graphOf([statement("c", "The patron decides."), statement("p", "It pays."), statement("q", "It votes.")]);

/** `userId` sends what `edit` changed in `base`, through ZMapOperations and applyMapOperations, as the API does. */
function send(
  db: Parameters<typeof applyMapOperations>[0],
  userId: string,
  mapId: string,
  base: MapGraph,
  edit: (g: MapGraph) => MapGraph,
) {
  const { ops } = ZMapOperations.parse({ ops: diffGraphs(base, edit(base)) });
  return applyMapOperations(db, userId, mapId, ops);
}

describe(`editing a shared map together on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("applies two readers' edits of different things both, with no conflict, each a version by its author", async () => {
    const sample = await sampleDocument(db());
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const map = await makeMap(db(), ana.id, sample.id, { visibility: "everyone", graph: start });
    // Both start from version 1.
    await send(db(), ana.id, map.id, start, (g) => updateNode(g, "p", { position: { x: 40, y: 80 } }));
    const { map: after, skipped } = await send(db(), ben.id, map.id, start, (g) =>
      linkStatements(g, "q", "c", "supports"),
    );
    expect(skipped).toEqual([]);
    expect(after.version).toBe(3);
    expect(after.graph.nodes.find((n) => n.id === "p")!.position).toEqual({ x: 40, y: 80 });
    expect(after.graph.arguments).toEqual([expect.objectContaining({ conclusionId: "c", premiseIds: ["q"] })]);
    expect((await listMapVersions(db(), ana.id, map.id)).map((v) => [v.version, v.author.name])).toEqual([
      [3, "Ben"],
      [2, "Ana"],
      [1, "Ana"],
    ]);
  });

  it("keeps both missing premises two readers add to one argument at once, each saved as unstated", async () => {
    const sample = await sampleDocument(db());
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const argued = linkStatements(start, "p", "c", "supports");
    const argumentId = argued.arguments[0]!.id;
    const map = await makeMap(db(), ana.id, sample.id, { visibility: "everyone", graph: argued });
    await send(db(), ana.id, map.id, argued, (g) => addMissingPremise(g, argumentId, "Ana's.", new Map(), BOX).graph);
    const { map: after, skipped } = await send(
      db(),
      ben.id,
      map.id,
      argued,
      (g) => addMissingPremise(g, argumentId, "Ben's.", new Map(), BOX).graph,
    );
    expect(skipped).toEqual([]);
    const text = (id: string) => after.graph.nodes.find((n) => n.id === id)!;
    const premises = after.graph.arguments[0]!.premiseIds.map(text);
    expect(premises.map((n) => [n.text, !!n.unstated])).toEqual([
      ["It pays.", false],
      ["Ana's.", true],
      ["Ben's.", true],
    ]);
  });

  it("lets the later of two retypings win, and skips edits of what was removed", async () => {
    const sample = await sampleDocument(db());
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const map = await makeMap(db(), ana.id, sample.id, { visibility: "everyone", graph: start });
    await send(db(), ana.id, map.id, start, (g) => updateNode(g, "c", { text: "Ana's claim." }));
    const { map: after } = await send(db(), ben.id, map.id, start, (g) => updateNode(g, "c", { text: "Ben's claim." }));
    expect(after.graph.nodes.find((n) => n.id === "c")!.text).toBe("Ben's claim.");

    await send(db(), ana.id, map.id, start, (g) => ({ ...g, nodes: g.nodes.filter((n) => n.id !== "q") }));
    const late = await send(db(), ben.id, map.id, start, (g) => updateNode(g, "q", { text: "Too late." }));
    expect(late.skipped).toEqual([{ op: "updateNode", id: "q", set: { text: "Too late." } }]);
    expect(late.map.graph.nodes.map((n) => n.id)).toEqual(["c", "p"]);
  });

  it("keeps a private map to its owner, and refuses edits that break the map's rules", async () => {
    const sample = await sampleDocument(db());
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const privateMap = await makeMap(db(), ana.id, sample.id, { graph: start });
    const shared = await makeMap(db(), ana.id, sample.id, { visibility: "everyone", graph: start });
    expect(await outcomeOf(send(db(), ben.id, privateMap.id, start, (g) => updateNode(g, "c", { text: "x" })))).toBe(
      "not found",
    );
    const stray = await rejectionOf(
      send(db(), ben.id, shared.id, start, (g) => ({
        ...g,
        nodes: [...g.nodes, { ...statement("n", "A passage"), annotationId: "00000000-0000-4000-8000-000000000001" }],
      })),
    );
    expect(stray).toBeInstanceOf(InvalidInputError);
    expect(ZMapOperations.safeParse({ ops: [] }).success).toBe(false);
    expect(ZMapOperations.safeParse({ ops: [{ op: "explode", id: "c" }] }).success).toBe(false);
    expect((await listMapVersions(db(), ana.id, shared.id)).map((v) => v.version)).toEqual([1]);
  });
});
