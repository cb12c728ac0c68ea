import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { createWideMap, openMap } from "./support/wide-map";
import { openSample } from "./support/reader";

test.use({ viewport: { width: 1440, height: 900 } });

test("Fit map shows every box of a map wider than the canvas, none under the mini-map", async ({ page }) => {
  await signUpThroughForm(page, "Map Fitter");
  await createWideMap(page, "Fitting");
  await openSample(page);
  const map = await openMap(page, "Fitting");
  const statements = map.locator(".react-flow__node-statement");
  // Opened readable on the main claim, so part of the map is out of sight and never drawn.
  await expect(map.locator('.react-flow__node[data-id="o2"]')).not.toBeInViewport();

  await map.getByRole("button", { name: "Fit map" }).click();
  await expect(statements).toHaveCount(12);
  const canvas = (await map.locator(".map-canvas").boundingBox())!;
  const miniMap = (await map.getByRole("img", { name: "Mini-map" }).boundingBox())!;
  await expect(async () => {
    for (const box of await statements.all()) {
      const at = (await box.boundingBox())!;
      expect(at.x).toBeGreaterThanOrEqual(canvas.x);
      expect(at.y).toBeGreaterThanOrEqual(canvas.y);
      expect(at.x + at.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(at.y + at.height).toBeLessThanOrEqual(canvas.y + canvas.height);
      const underMiniMap =
        at.x + at.width > miniMap.x &&
        at.x < miniMap.x + miniMap.width &&
        at.y + at.height > miniMap.y &&
        at.y < miniMap.y + miniMap.height;
      expect(underMiniMap).toBe(false);
    }
  }).toPass({ timeout: 5_000 });
});
