import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample } from "./support/reader";
import { createWideMap, openMap } from "./support/wide-map";

// The map view's one-row toolbar, its menu and the full-window mode, at
// desktop and phone width, into docs/screenshots/map-toolbar-<width>.png,
// map-menu-<width>.png and map-full-window-desktop.png.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`map toolbar and full window at ${label} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Map Viewer");
    await createWideMap(page, "Navigation");
    await openSample(page);
    const map = await openMap(page, "Navigation");
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/map-toolbar-${label}.png` });

    await map.getByRole("button", { name: "Map menu" }).click();
    await expect(map.getByRole("group", { name: "Map menu" })).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/map-menu-${label}.png` });
    await page.keyboard.press("Escape");

    await map.getByRole("button", { name: "Full window" }).click();
    await map.getByRole("button", { name: "Find statement" }).click();
    await map.getByRole("combobox", { name: "Find statement" }).fill("pressure");
    await expect(map.getByRole("listbox", { name: "Statements found" }).getByRole("option")).toHaveCount(3);
    await page.screenshot({ path: `docs/screenshots/map-full-window-${label}.png` });
  });
}
