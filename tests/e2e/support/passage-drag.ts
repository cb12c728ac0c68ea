import type { Locator, Page } from "@playwright/test";
import { SAMPLE_TITLE } from "./reader";

/**
 * The highlight drawn over the words `text` in the sample's text: the
 * stretch that starts with them (a linked passage ends in a ⇄ mark of its own).
 */
export function highlightOf(page: Page, text: string): Locator {
  const start = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  return page.getByRole("document", { name: SAMPLE_TITLE }).getByText(start).first();
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/**
 * Presses the mouse on a highlight and moves it, as a reader does, until it
 * is over `target` (a map box); the button stays down so the drop target
 * can be looked at. `drop` releases it.
 */
export async function dragOver(page: Page, highlight: Locator, target: Locator) {
  await highlight.scrollIntoViewIfNeeded();
  // The middle of its first line: a passage over two lines has other words at its bounding box's centre.
  const from = centre(await highlight.evaluate((element) => element.getClientRects()[0]!.toJSON()));
  const to = centre((await target.boundingBox())!);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 16 });
  await page.mouse.move(to.x + 2, to.y + 1, { steps: 2 });
}

export async function drop(page: Page) {
  await page.mouse.up();
}

/** Where the first appearance of `text` in the article is drawn, in the window. */
export async function textRect(page: Page, text: string) {
  return page.getByRole("document", { name: SAMPLE_TITLE }).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, text);
}
