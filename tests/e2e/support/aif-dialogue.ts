import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./test";
import { openSample } from "./reader";

/** A real OVA3 save (tests/fixtures/corpora/aif, SOURCES.md): 7 statements, 2 MA rephrases, 14 locutions. */
export const OVA3 = "tests/fixtures/corpora/aif/ova3-ul-tmp-1633448358.json";

/** Opens the Map view of the sample, makes a map and imports the OVA3 save through the map menu. */
export async function importOva3(page: Page): Promise<Locator> {
  await openSample(page);
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  // Import needs a map open today (it takes the document from it), so make an empty one first.
  await map.getByRole("button", { name: "New map" }).click();
  await expect(map.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await map.getByRole("button", { name: "Map menu" }).click();
  await map
    .getByLabel("Import map")
    .setInputFiles({ name: "ova3.json", mimeType: "application/json", buffer: fs.readFileSync(OVA3) });
  // The map draws only the boxes in view, so the report, not a count of boxes, says the import is done.
  await expect(map.getByRole("status", { name: "Import report" })).toContainText("Imported 7 statements");
  return map;
}
