import type { Locator } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { tag } from "./support/argument-links";
import { measureDrawnMap, readDrawnMap } from "./support/map-geometry";
import { openFittedMap } from "./support/map-view";
import { dragOver, drop, highlightOf, textRect } from "./support/passage-drag";
import { openSample } from "./support/reader";
import { createSampleMap, SAMPLE_MAP } from "./support/sample-maps";

// The text and the map side by side.
test.use({ viewport: { width: 1440, height: 900 } });

const PASSAGE = "is not merely a diplomatic reconciliation";
/** How the highlight starts: once linked, its last character is drawn apart, with the ⇄ mark. */
const GRAB = "is not merely a diplomatic";
const QUIET_PASSAGE = "characteristic colloquial prose";
const box = (map: Locator, id: string) => map.locator(`.react-flow__node[data-id="${id}"]`);
const attackLabels = (map: Locator) => map.locator(".react-flow__edge-textwrapper").filter({ hasText: "attacks" });

test("a highlight dragged from the text onto a map box links its passage: Attacks adds the statement beside the box and the attack, saved", async ({
  page,
}) => {
  await signUpThroughForm(page, "Passage Dragger");
  await createSampleMap(page, "Sample map", SAMPLE_MAP);
  await openSample(page);
  await tag(page, "Passage Dragger", PASSAGE, "Alt+4");
  const map = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length);
  await expect(attackLabels(map)).toHaveCount(1);

  // While the passage is over the claim's box, that box is the drop target.
  const claim = box(map, "claim");
  await dragOver(page, highlightOf(page, GRAB), claim);
  await expect(claim).toHaveClass(/is-drop-target/);
  await drop(page);
  await expect(claim).not.toHaveClass(/is-drop-target/);

  // The same choice as a drag from box to box; what cannot apply is there, disabled.
  const popover = map.getByRole("dialog", { name: "Link the passage" });
  await expect(popover).toContainText(PASSAGE);
  await expect(popover).toContainText("The upcoming summit will likely yield");
  await expect(popover.getByRole("button", { name: "Supports" })).toBeFocused();
  await popover.getByRole("button", { name: "Attacks" }).click();
  await expect(popover).toBeHidden();

  // The passage's statement is on the map, under the claim, and attacks it, with its label; nothing overlaps.
  const statements = map.locator(".react-flow__node-statement");
  await expect(statements).toHaveCount(SAMPLE_MAP.nodes.length + 1);
  // A box is named by its label and text.
  const added = map.getByRole("group", { name: `Objection: ${PASSAGE}` });
  await expect(added).toBeVisible();
  await expect(attackLabels(map)).toHaveCount(2);
  await expect(map.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  const drawn = measureDrawnMap(await readDrawnMap(map));
  expect(drawn.boxOverlaps).toEqual([]);
  const [claimBox, addedBox] = [(await claim.boundingBox())!, (await added.boundingBox())!];
  expect(addedBox.y).toBeGreaterThan(claimBox.y + claimBox.height);

  // Dragged again, onto another box: the statement already on the map is linked, none added.
  await dragOver(page, highlightOf(page, GRAB), box(map, "p2"));
  await drop(page);
  await map.getByRole("dialog", { name: "Link the passage" }).getByRole("button", { name: "Attacks" }).click();
  await expect(attackLabels(map)).toHaveCount(3);
  await expect(statements).toHaveCount(SAMPLE_MAP.nodes.length + 1);
  await expect(map.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.reload();
  const again = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length + 1);
  await expect(again.getByRole("group", { name: `Objection: ${PASSAGE}` })).toHaveCount(1);
  await expect(attackLabels(again)).toHaveCount(3);
});

test("with the map beside the text, a mouse selection of plain text still annotates, and a click on a highlight drags nothing", async ({
  page,
}) => {
  await signUpThroughForm(page, "Passage Selector");
  await createSampleMap(page, "Sample map", SAMPLE_MAP);
  await openSample(page);
  // A passage no other test tags: other readers' highlights on it would change what a click there does.
  await tag(page, "Passage Selector", QUIET_PASSAGE, "Alt+4");
  const map = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length);

  // A press on plain text and a drag across it selects, as before.
  const words = await textRect(page, "It is an operational");
  await page.mouse.move(words.x + 2, words.y + words.height / 2);
  await page.mouse.down();
  await page.mouse.move(words.x + words.width - 2, words.y + words.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole("toolbar", { name: "Annotate selection" })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(/is an operationa/);

  // A click on the highlight places the caret there and drags nothing.
  await highlightOf(page, QUIET_PASSAGE).click();
  await expect(page.getByRole("toolbar", { name: "Annotate selection" })).toBeHidden();
  const caret = await page.evaluate(() => {
    const selection = window.getSelection()!;
    return {
      collapsed: selection.isCollapsed,
      in: selection.anchorNode?.parentElement?.closest("[data-annotation-ids]")?.textContent,
    };
  });
  expect(caret).toEqual({ collapsed: true, in: expect.stringContaining(QUIET_PASSAGE) });
  await expect(map.getByRole("dialog", { name: "Link the passage" })).toHaveCount(0);
  await expect(highlightOf(page, QUIET_PASSAGE)).not.toHaveAttribute("draggable");
  await expect(highlightOf(page, QUIET_PASSAGE)).not.toHaveAttribute("contenteditable");
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(SAMPLE_MAP.nodes.length);
});
