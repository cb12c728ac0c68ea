import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { measureDrawnMap, readDrawnMap } from "./support/map-geometry";
import { openFittedMap } from "./support/map-view";
import { openSample } from "./support/reader";
import { createSampleMap, SAMPLE_MAP } from "./support/sample-maps";

// The map view on the sample map, fitted whole, at desktop and phone width:
// docs/screenshots/map-view-{desktop,phone}.png. Prints what it measures.
for (const [name, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`map view on the sample, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, `Map Shot ${name}`);
    await createSampleMap(page, "Sample map", SAMPLE_MAP);
    await openSample(page);
    const map = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length);
    const figures = measureDrawnMap(await readDrawnMap(map));
    console.log(`map-view ${name}: ${JSON.stringify(figures)}`);
    expect(figures.edgeThroughBox).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/map-view-${name}.png` });
  });
}
