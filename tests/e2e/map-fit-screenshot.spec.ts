import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample } from "./support/reader";
import { createWideMap, openMap } from "./support/wide-map";

// The wide map after "Fit map", at desktop and phone width, into docs/screenshots/map-fit-<width>.png:
// every box in sight, none under the mini-map.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`map fitted at ${label} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Map Fitter");
    await createWideMap(page, "Fitting");
    await openSample(page);
    const map = await openMap(page, "Fitting");
    await map.getByRole("button", { name: "Fit map" }).click();
    await expect(map.locator(".react-flow__node-statement")).toHaveCount(12);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/screenshots/map-fit-${label}.png` });
  });
}
