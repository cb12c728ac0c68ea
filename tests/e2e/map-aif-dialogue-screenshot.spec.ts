import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { importOva3 } from "./support/aif-dialogue";

// The map of a real OVA3 dialogue (restates lines, "said by" on the boxes) at
// desktop and phone width, into docs/screenshots/map-aif-dialogue-<width>.png.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`AIF dialogue map at ${label} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Dialogue Viewer");
    const map = await importOva3(page);
    await map.getByRole("status", { name: "Import report" }).getByRole("button", { name: "Dismiss" }).click();
    // Once laid out: the boxes and who said them in view, not the empty canvas of the first frame.
    await expect(map.getByText(/^said by /).first()).toBeVisible();
    await expect(map.getByText("Laying out the map…")).toBeHidden();
    await map.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/map-aif-dialogue-${label}.png` });
  });
}
