import type { Locator, Page } from "@playwright/test";
import { expect } from "./test";

/**
 * Shows the Map view with the map `title`, fitted whole in the canvas once
 * all `statements` boxes are drawn; over the whole window if `fullWindow`.
 */
export async function openFittedMap(
  page: Page,
  title: string,
  statements: number,
  { fullWindow = false } = {},
): Promise<Locator> {
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  await map.getByRole("combobox", { name: "Map", exact: true }).selectOption({ label: title });
  await expect(map.locator(".react-flow__node-statement").first()).toBeVisible({ timeout: 30_000 });
  if (fullWindow) await map.getByRole("button", { name: "Full window" }).click();
  await fitMap(map, statements);
  return map;
}

/**
 * Brings the whole map into the canvas (React Flow draws only what is in
 * view) and waits for every box to be drawn, then fits it again once the
 * animation has settled.
 */
export async function fitMap(map: Locator, statements: number) {
  const boxes = map.locator(".react-flow__node-statement");
  // "Fit map" fits the layout's boxes, drawn or not; zoom out further only
  // if some are still not drawn.
  await map.getByRole("button", { name: /^Fit (map|view)$/i }).click();
  await expect(async () => {
    if ((await boxes.count()) < statements) await map.getByRole("button", { name: "Zoom out" }).click();
    expect(await boxes.count()).toBe(statements);
  }).toPass({ timeout: 60_000 });
  await map.getByRole("button", { name: /^Fit (map|view)$/i }).click();
  // The fit is animated: wait until the view holds still.
  await expect
    .poll(async () => {
      const before = await viewportOf(map);
      await map.page().waitForTimeout(250);
      return before === (await viewportOf(map));
    })
    .toBe(true);
}

/** The canvas's pan and zoom as React Flow writes it. */
export function viewportOf(map: Locator) {
  return map.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
}
