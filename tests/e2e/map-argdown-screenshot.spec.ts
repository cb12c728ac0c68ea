import fs from "node:fs";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample } from "./support/reader";

// A real Argdown file (the Argdown primer, tests/fixtures/corpora/argdown,
// SOURCES.md) imported as a map: arguments given by their gist are boxes
// labelled Argument that relations reach, an attack on a reconstructed
// argument goes into its junction, and the import report says what was kept
// for the Argdown export. At desktop and phone width, into
// docs/screenshots/map-argdown-<width>.png.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`Argdown primer map at ${label} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Argdown Reader");
    await openSample(page);
    await page.getByRole("button", { name: "Map", exact: true }).click();
    const map = page.getByRole("region", { name: "Argument map" });
    await map.getByRole("button", { name: "Map menu" }).click();
    await map.getByLabel("Import map").setInputFiles({
      name: "argdown-primer.argdown",
      mimeType: "text/plain",
      buffer: fs.readFileSync("tests/fixtures/corpora/argdown/argdown-primer.argdown"),
    });
    // 17 statements and 3 arguments by gist (the canvas draws only the boxes in view); the one
    // reconstructed argument and 5 supports written as relations; 5 attacks, one on a whole argument.
    const report = map.getByRole("status", { name: "Import report" });
    await expect(report).toContainText("Imported 20 statements, 6 arguments and 5 attacks.");
    await expect(report).toContainText("Kept for Argdown export, not shown on the map: tags (5)");
    // Pictured once laid out, with boxes drawn.
    await expect(map.getByText("Laying out the map…")).toHaveCount(0, { timeout: 30_000 });
    await expect(map.locator(".react-flow__node-statement").first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/map-argdown-${label}.png` });
  });
}
