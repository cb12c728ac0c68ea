import type { Locator } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { link, tag } from "./support/argument-links";
import { measureDrawnMap, readDrawnMap } from "./support/map-geometry";
import { fitMap, openFittedMap, viewportOf } from "./support/map-view";
import { openSample } from "./support/reader";
import { createSampleMap, SAMPLE_MAP } from "./support/sample-maps";

test.use({ viewport: { width: 1440, height: 900 } });

const box = (map: Locator, id: string) => map.locator(`.react-flow__node[data-id="${id}"]`);

test("map view on the sample: no edge through a box, no label on a box, labels and colours as exported, clicks keep the view", async ({
  page,
}) => {
  await signUpThroughForm(page, "Map Viewer");
  await createSampleMap(page, "Sample map", SAMPLE_MAP);
  await openSample(page);
  const map = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length);

  const laidOut = measureDrawnMap(await readDrawnMap(map));
  expect(laidOut.edges).toBe(7); // s1, s3 direct; p2, u1 into s2 and s2 on; the attack; the undercut
  expect(laidOut.labels).toBeGreaterThanOrEqual(5);
  expect(laidOut.edgeThroughBox).toEqual([]);
  expect(laidOut.boxOverlaps).toEqual([]);
  expect(laidOut.labelOverlaps).toEqual([]);
  // Every label shows its whole word ("supports" once showed as "ports", half under a box).
  await expect(map.locator(".react-flow__edge-textwrapper").filter({ hasText: "attacks" })).toBeVisible();
  await expect(map.locator(".argument-label").filter({ hasText: "supports" }).first()).toBeVisible();

  // What each box says it is, and the export's colours (map-style KIND_FILL).
  await expect(box(map, "u1")).toContainText("UNSTATED PREMISE");
  await expect(box(map, "q1")).toContainText("STATEMENT");
  await expect(box(map, "q1")).not.toContainText("UNSTATED");
  await expect(box(map, "p1")).toContainText("PREMISE");
  await expect(box(map, "p1").locator(".map-statement")).toHaveCSS("background-color", "rgb(220, 252, 231)");
  await expect(box(map, "u1").locator(".map-statement")).toHaveCSS("border-left-style", "dashed");
  await expect(box(map, "q1").locator(".map-statement")).toHaveCSS("border-left-style", "solid");

  // Drag the objection to the far side of a premise from the claim it attacks: its edge goes round the premise.
  const [claim, p1, objection] = await Promise.all(
    ["claim", "p1", "o1"].map(async (id) => (await box(map, id).boundingBox())!),
  );
  const centre = (b: typeof claim) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const [c, p] = [centre(claim), centre(p1)];
  const to = { x: c.x + 2.4 * (p.x - c.x), y: c.y + 2.4 * (p.y - c.y) };
  await page.mouse.move(centre(objection).x, centre(objection).y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await expect(map.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await fitMap(map, SAMPLE_MAP.nodes.length);
  const dragged = measureDrawnMap(await readDrawnMap(map));
  expect(dragged.edgeThroughBox).toEqual([]);
  expect(dragged.labelOverlaps).toEqual([]);
});

test("a new statement on a map whose boxes the reader placed lands on none of them", async ({ page }) => {
  await signUpThroughForm(page, "Map Placer");
  // Every box placed in one column by hand, except a new reason for the claim.
  const placed = {
    ...SAMPLE_MAP,
    nodes: SAMPLE_MAP.nodes.map((node, i) => ({ ...node, position: node.id === "p2" ? null : { x: 0, y: i * 140 } })),
  };
  await createSampleMap(page, "Placed map", placed);
  await openSample(page);
  const map = await openFittedMap(page, "Placed map", SAMPLE_MAP.nodes.length);
  const drawn = measureDrawnMap(await readDrawnMap(map));
  expect(drawn.boxOverlaps).toEqual([]);
  // The placed boxes stayed where the reader put them.
  const first = await readDrawnMap(map);
  const claim = first.boxes.find((b) => b.id === "claim")!.rect;
  const e1 = first.boxes.find((b) => b.id === "e1")!.rect;
  expect(Math.round(e1.y - claim.y)).toBe(4 * 140);
  expect(Math.round(e1.x - claim.x)).toBe(0);
});

test("clicking a passage's box in sight opens the passage and leaves the map's view as it was", async ({ page }) => {
  await signUpThroughForm(page, "Map Clicker");
  await openSample(page);
  await tag(page, "Map Clicker", "the upcoming summit will likely yield a highly transactional compromise", "Alt+1");
  await tag(page, "Map Clicker", "The White House explicitly pressured Jerusalem", "Alt+3");
  const margin = page.getByRole("complementary", { name: "Annotations" });
  await link(margin.getByRole("article", { name: "Evidence by Map Clicker" }), "transactional", "Supports");
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  await fitMap(map, 2);
  const before = await viewportOf(map);
  // It used to fit the view to the clicked box, zooming to about 2× and losing the overview.
  await map.locator(".react-flow__node-statement").filter({ hasText: "CLAIM" }).click();
  await page.waitForTimeout(600);
  expect(await viewportOf(map)).toBe(before);
});
