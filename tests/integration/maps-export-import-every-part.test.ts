import { describe, expect, it } from "vitest";
import { exportMap } from "@/lib/maps/export-map";
import { importMap } from "@/lib/maps/import-map";
import type { MapGraph } from "@/lib/validation/argument-map";
import { EVERY_PART_MAP } from "@/tests/fixtures/argument/every-part-map";
import { privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { makeMap } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// A saved map with an unstated premise, picked scheme roles, a statement
// supporting a whole argument and a restatement, exported through the
// product's own path and imported as a new map: nothing of it is lost.

const ORIGIN = "https://warrant.test";

describe(`exporting and importing every part of a map on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  async function exported(format: "aif" | "argdown", graph: MapGraph) {
    const owner = await createUser(db(), "Owner");
    const document = await privateDocument(db(), owner.id);
    const map = await makeMap(db(), owner.id, document.id, { title: "Coffee", graph });
    const { body } = await exportMap(db(), owner.id, map.id, format, ORIGIN);
    if (typeof body !== "string") throw new Error(`the ${format} export is not text`);
    return { owner, document, body };
  }

  it("AIF: the imported map is the saved one", async () => {
    const { owner, document, body } = await exported("aif", EVERY_PART_MAP);
    const imported = await importMap(db(), owner.id, document.id, { format: "aif", source: body });
    expect(imported.map.graph).toEqual(EVERY_PART_MAP);
  });

  it("Argdown: the unstated premise, the roles and the support of the argument come back", async () => {
    const { owner, document, body } = await exported("argdown", EVERY_PART_MAP);
    const { graph } = (await importMap(db(), owner.id, document.id, { format: "argdown", source: body })).map;
    expect(graph.nodes.filter((node) => node.unstated).map((node) => node.text)).toEqual([
      "Dr Ames is an expert on nutrition.",
    ]);
    const byText = new Map(graph.nodes.map((node) => [node.text, node.id]));
    expect(graph.arguments[0].roles).toEqual({
      "0": byText.get("Dr Ames is an expert on nutrition."),
      "1": byText.get("Dr Ames says coffee is safe in moderation."),
    });
    expect(graph.argumentSupports).toEqual([
      { id: "s1", premiseId: byText.get("Ames chairs the national nutrition board."), argumentId: "a1" },
    ]);
  });
});
