import type { Locator } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { createWideMap, openMap } from "./support/wide-map";
import { openSample } from "./support/reader";

test.use({ viewport: { width: 1440, height: 900 } });

/** Opens "Find statement" (a button in the toolbar's row) and gives its field. */
async function findStatement(map: Locator) {
  await map.getByRole("button", { name: "Find statement" }).click();
  return map.getByRole("combobox", { name: "Find statement" });
}

async function zoomOf(map: Locator) {
  const transform = await map.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

const box = (map: Locator, id: string) => map.locator(`.react-flow__node[data-id="${id}"]`);

test("map view: one-row toolbar and its menu, full window, first view, find, drag to link", async ({ page }) => {
  await signUpThroughForm(page, "Map Navigator");
  const mapId = await createWideMap(page, "Navigation");
  await openSample(page);
  const map = await openMap(page, "Navigation");

  // One row of controls; the canvas and its zoom controls fit the window.
  const controls = map.locator(".map-toolbar").locator("select, button");
  const tops = await controls.evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect()),
  );
  expect(tops.length).toBeGreaterThanOrEqual(4);
  const rowHeight = Math.max(...tops.map((r) => r.height));
  expect(Math.max(...tops.map((r) => r.top)) - Math.min(...tops.map((r) => r.top))).toBeLessThan(rowHeight);
  await expect(map.getByRole("button", { name: "Fit map" })).toBeInViewport({ ratio: 1 });
  await expect(map.getByRole("button", { name: "Zoom out" })).toBeInViewport({ ratio: 1 });
  await expect(map.getByRole("img", { name: "Mini-map" })).toBeVisible();

  // First view: readable, on the main claim (not the top-left or the whole map at a tiny zoom).
  expect(await zoomOf(map)).toBeGreaterThanOrEqual(0.9);
  await expect(box(map, "claim")).toBeInViewport({ ratio: 1 });
  const canvas = (await map.locator(".map-canvas").boundingBox())!;
  const claim = (await box(map, "claim").boundingBox())!;
  expect(Math.abs(claim.x + claim.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width / 4);
  // "Find statement" waits in the toolbar's row, over no part of the map.
  const findButton = (await map.getByRole("button", { name: "Find statement" }).boundingBox())!;
  expect(findButton.y + findButton.height).toBeLessThanOrEqual(canvas.y);

  // The menu opens and closes from the keyboard, and gives the focus back.
  const menuButton = map.getByRole("button", { name: "Map menu" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  const menu = map.getByRole("group", { name: "Map menu" });
  await expect(menu.getByRole("button", { name: "History" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "SVG" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("textbox", { name: "Map title" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");

  // Full window: the map over the whole viewport; Escape brings the page back.
  await map.getByRole("button", { name: "Full window" }).click();
  await expect(map).toHaveClass(/is-full-window/);
  expect(await map.boundingBox()).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  await expect(map.getByRole("button", { name: "Fit map" })).toBeInViewport({ ratio: 1 });
  await page.keyboard.press("Escape");
  await expect(map.getByRole("button", { name: "Full window" })).toBeVisible();
  expect((await map.boundingBox())!.width).toBeLessThan(1000);
  await map.getByRole("button", { name: "Full window" }).click();
  await map.getByRole("button", { name: "Exit full window" }).click();
  await expect(map).not.toHaveClass(/is-full-window/);

  // Find statement: a statement out of sight is centred and selected.
  const far = box(map, "o2");
  await expect(far).not.toBeInViewport();
  const find = await findStatement(map);
  await expect(find).toBeFocused();
  await find.fill("lighthouse quiet");
  await expect(map.getByRole("listbox", { name: "Statements found" }).getByRole("option")).toHaveCount(1);
  await expect(map.getByRole("listbox", { name: "Statements found" }).getByRole("option")).toContainText(
    "A lighthouse of quiet diplomacy",
  );
  await find.press("Enter");
  await expect(far).toHaveClass(/selected/);
  await expect(far).toBeInViewport({ ratio: 1 });
  await expect(far).toBeFocused();
  expect(await zoomOf(map)).toBeGreaterThanOrEqual(0.9);

  // In full window, drag from one box's handle onto another, then choose "Attacks".
  await map.getByRole("button", { name: "Full window" }).click();
  const findInFull = await findStatement(map);
  await findInFull.fill("each leader");
  await findInFull.press("Enter");
  // Focused once the view has finished moving to it.
  await expect(box(map, "r2")).toBeFocused();
  await expect(box(map, "r2c")).toBeInViewport({ ratio: 1 });
  // From the foot of one piece of evidence onto its neighbour.
  const handle = (await box(map, "r2b").locator(".react-flow__handle.source").boundingBox())!;
  const target = (await box(map, "r2c").boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
  const popover = map.getByRole("dialog", { name: "Link the boxes" });
  await expect(popover.getByRole("button", { name: "Supports" })).toBeFocused();
  await popover.getByRole("button", { name: "Attacks" }).click();
  await expect(popover).toBeHidden();
  await expect(map.locator(".react-flow__edge.relation-attacks")).toHaveCount(1);
  await expect(map.getByRole("status")).toHaveText("Saved");
  await map.getByRole("button", { name: "Exit full window" }).click();

  await page.reload();
  const again = await openMap(page, "Navigation");
  // Only edges in view are drawn: find brings the attacked box in (again if the opening layout moved the view).
  await expect(async () => {
    const findAgain = await findStatement(again);
    await findAgain.fill("survey c");
    await findAgain.press("Enter");
    await expect(again.locator(".react-flow__edge.relation-attacks")).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const saved = await (await page.request.get(`/api/maps/${mapId}`)).json();
  expect(saved.map.graph.attacks).toEqual([{ id: expect.any(String), attackerId: "r2b", target: { nodeId: "r2c" } }]);
});

// The map draws only the boxes in view: an arrow key towards a connected box outside it must still get there.
test("arrow keys move the focus to a connected box outside the view, bringing it into view", async ({ page }) => {
  // A short window, so that close in the claim above a statement leaves the view.
  await page.setViewportSize({ width: 1024, height: 560 });
  await signUpThroughForm(page, "Map Keyboarder");
  await createWideMap(page, "Keys");
  await openSample(page);
  const map = await openMap(page, "Keys");
  const find = await findStatement(map);
  await find.fill("lighthouse quiet");
  await find.press("Enter");
  await expect(box(map, "o2")).toBeFocused();
  // Closer in, until the claim o2 supports is no longer drawn.
  const other = box(map, "other");
  const zoomIn = map.getByRole("button", { name: "Zoom in" });
  while ((await other.count()) > 0 && (await zoomIn.isEnabled())) {
    await zoomIn.click();
    await page.waitForTimeout(100);
  }
  await expect(other).toHaveCount(0);
  await box(map, "o2").focus();
  await page.keyboard.press("ArrowUp");
  await expect(other).toBeFocused();
  await expect(other).toBeInViewport();
  // And back down to one of its two reasons, which the move left partly or wholly out of view.
  await page.keyboard.press("ArrowDown");
  const focused = map.locator(".react-flow__node:focus");
  await expect(focused).toHaveAttribute("data-id", /^o[12]$/);
  await expect(focused).toBeInViewport({ ratio: 1 });
});

test("on a phone the map view shows its zoom controls without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughForm(page, "Map Pocket");
  await createWideMap(page, "Navigation");
  await openSample(page);
  const map = await openMap(page, "Navigation");
  await expect(map.getByRole("button", { name: "Fit map" })).toBeInViewport({ ratio: 1 });
  await expect(map.getByRole("button", { name: "Find statement" })).toBeInViewport({ ratio: 1 });
  await expect(box(map, "claim")).toBeInViewport({ ratio: 1 });
  // The mini-map would cover a third of a phone's map.
  await expect(map.getByRole("img", { name: "Mini-map" })).toBeHidden();
});

test("the mini-map draws every box and the part in view; a drag in it pans the map, a scroll in it zooms", async ({
  page,
}) => {
  await signUpThroughForm(page, "Mini Map Reader");
  await createWideMap(page, "Overview");
  await openSample(page);
  const map = await openMap(page, "Overview");
  const miniMap = map.getByRole("img", { name: "Mini-map" });
  await expect(miniMap).toBeVisible();

  // One outline per box drawn in the map (eleven statements), out of sight or not.
  const boxes = miniMap.locator(".react-flow__minimap-node");
  const outlines = async () => ((await boxes.getAttribute("d")) ?? "").match(/M/g)?.length ?? 0;
  await expect.poll(outlines).toBeGreaterThanOrEqual(11);
  // The part in view is the mask's hole: inside the mini-map's drawing, and smaller, as the map is wider than the view.
  const rects = async () => {
    const viewBox = (await miniMap.getAttribute("viewBox"))!.split(" ").map(Number);
    const hole = /z\s*M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)/.exec(
      (await miniMap.locator(".react-flow__minimap-mask").getAttribute("d"))!,
    )!;
    return { viewBox, hole: hole.slice(1).map(Number) };
  };
  const { viewBox, hole } = await rects();
  expect(hole[0]).toBeGreaterThanOrEqual(viewBox[0]!);
  expect(hole[2]!).toBeLessThan(viewBox[2]!);

  const translateX = async () =>
    Number(
      /translate\(([-\d.]+)px/.exec(
        await map.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform),
      )![1],
    );
  const before = await translateX();
  const at = (await miniMap.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2 + 30, at.y + at.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(translateX).not.toBe(before);
  expect((await rects()).hole[0]).not.toBe(hole[0]);

  const zoom = await zoomOf(map);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => zoomOf(map)).not.toBe(zoom);
});
