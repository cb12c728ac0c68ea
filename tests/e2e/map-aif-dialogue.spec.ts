import fs from "node:fs";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { importOva3, OVA3 } from "./support/aif-dialogue";

// A real OVA3 save (tests/fixtures/corpora/aif, SOURCES.md) imported as a
// reader would: its rephrases (MA-nodes) become "restates" lines on the map,
// the statements its speakers asserted say who said them, and the AIF export
// gives the file's MA-nodes back with their ids.

test("an OVA3 dialogue imports with its restatements and speakers, and exports its MA-nodes back", async ({ page }) => {
  await signUpThroughForm(page, "Dialogue Reader");
  const map = await importOva3(page);

  const report = map.getByRole("status", { name: "Import report" });
  await expect(report).toContainText("Imported 7 statements, 2 arguments, 1 attack and 2 restatements.");
  await expect(report).toContainText("Kept for AIF export, not shown on the map: 14 L, 19 YA and 6 TA nodes, 50 edges");

  // The rephrases, drawn as labelled dashed lines.
  const restates = map.locator(".react-flow__edge.relation-restates").first();
  await expect(restates).toBeVisible();
  await expect(restates).toContainText("restates");
  await expect(restates.locator("path.react-flow__edge-path")).toHaveAttribute("style", /stroke-dasharray: 4,? 4/);
  // Who asserted each statement, on its box.
  const statement = map.getByRole("group", { name: /^Statement: Et repudiandae quaerat/ });
  await expect(statement).toContainText("said by Participant Rachel");
  await expect(map.getByText("said by Participant Mo").first()).toBeVisible();

  await map.getByRole("button", { name: "Map menu" }).click();
  const download = page.waitForEvent("download");
  await map.getByRole("navigation", { name: "Export map" }).getByRole("link", { name: "AIF (JSON)" }).click();
  const exported = JSON.parse(fs.readFileSync((await (await download).path())!, "utf8"));
  const original = JSON.parse(fs.readFileSync(OVA3, "utf8"));
  // An OVA3 save is a bare AIF object (no xAIF wrapper), and so is its export.
  type Aif = { nodes: { nodeID: number; type: string }[]; edges: unknown[] };
  const ma = (json: Aif) => json.nodes.filter((node) => node.type === "MA").map((node) => node.nodeID);
  expect(ma(exported as Aif)).toEqual(ma(original as Aif));
  expect((exported as Aif).edges).toHaveLength((original as Aif).edges.length);
});
