import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { tag } from "./support/argument-links";
import { openFittedMap } from "./support/map-view";
import { dragOver, drop, highlightOf } from "./support/passage-drag";
import { openSample } from "./support/reader";
import { createSampleMap, SAMPLE_MAP } from "./support/sample-maps";

// A highlight dragged from the text over a map box (the drop target shown), then the popover on drop,
// into docs/screenshots/map-drag-from-text-{over,popover}-desktop.png.
test.use({ viewport: { width: 1440, height: 900 } });

test("a highlight dragged onto a map box, at desktop width", async ({ page }) => {
  await signUpThroughForm(page, "Passage Shot");
  await createSampleMap(page, "Sample map", SAMPLE_MAP);
  await openSample(page);
  await tag(page, "Passage Shot", "is not merely a diplomatic reconciliation", "Alt+4");
  const map = await openFittedMap(page, "Sample map", SAMPLE_MAP.nodes.length);
  const claim = map.locator('.react-flow__node[data-id="claim"]');
  await dragOver(page, highlightOf(page, "is not merely a diplomatic"), claim);
  await expect(claim).toHaveClass(/is-drop-target/);
  await page.screenshot({ path: "docs/screenshots/map-drag-from-text-over-desktop.png" });
  await drop(page);
  await expect(map.getByRole("dialog", { name: "Link the passage" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/map-drag-from-text-popover-desktop.png" });
});
