import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export const SAMPLE_TITLE = "The Asymmetry of Patronage: Quantifying the Fracture in US-Israel Strategic Alignment";

/** The id of the sample article, which every account can read (the one document it does not own). */
export async function sampleId(request: APIRequestContext): Promise<string> {
  const { documents } = await (await request.get("/api/documents")).json();
  return documents.find((d: { isOwn: boolean }) => !d.isOwn).id;
}

/** Opens the sample article from the library and waits for its editor and its annotations (fetched after the text). */
export async function openSample(page: Page) {
  await page.goto("/documents");
  await page.getByRole("list", { name: "Documents" }).getByRole("link", { name: SAMPLE_TITLE }).click();
  await readerLoaded(page);
}

/**
 * Reloads the reader and waits for its text and its annotations: a passage
 * selected before the list arrives loses its selection when the highlights
 * are drawn, and the selection toolbar never shows.
 */
export async function reloadReader(page: Page) {
  await page.reload();
  await readerLoaded(page);
}

/** Waits for the reader's text and its annotation list. */
export async function readerLoaded(page: Page) {
  await expect(page.locator("[data-editor-ready=true]")).toBeAttached();
  await expect(page.locator("[data-annotations-loaded=true]")).toBeAttached();
}

/**
 * Selects the `occurrence`-th appearance of `text` in the article, the way a
 * drag with the mouse ends up: a DOM selection over the text, which the
 * editor picks up from the browser's selectionchange. Then expects the
 * selection toolbar.
 */
export async function selectText(page: Page, text: string, occurrence = 0) {
  await selectRange(page, text, occurrence);
  await expect(page.getByRole("toolbar", { name: "Annotate selection" })).toBeVisible();
}

/** selectText without expecting the toolbar (a reader who may not annotate gets none). */
export async function selectRange(page: Page, text: string, occurrence = 0) {
  await page.locator(".ProseMirror").evaluate(
    (root, [wanted, nth]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = "";
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        all += (walker.currentNode as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= Number(nth); i++) at = all.indexOf(String(wanted), at + 1);
      if (at < 0) throw new Error(`"${wanted}" is not in the article`);
      const locate = (offset: number) => {
        for (const node of nodes) {
          if (offset <= node.data.length) return { node, offset };
          offset -= node.data.length;
        }
        throw new Error("offset past the end");
      };
      const start = locate(at);
      const end = locate(at + String(wanted).length);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      (root as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [text, occurrence] as const,
  );
}

/** Places the caret just before the `occurrence`-th appearance of `text`. */
export async function placeCaretBefore(page: Page, text: string, occurrence = 0) {
  await selectText(page, text, occurrence);
  await page.evaluate(() => window.getSelection()!.collapseToStart());
}

/** The highlighted passages of one kind, as their text. */
export function highlights(page: Page, kind: string) {
  return page.locator(`.ProseMirror .annotation-${kind}`);
}

/**
 * The text highlighted for the annotation shown by a margin item (overlaps
 * split a highlight into several spans; their text is joined in order).
 */
export async function highlightedText(page: Page, item: Locator): Promise<string> {
  const id = await item.getAttribute("data-annotation-id");
  return page
    .locator(`.ProseMirror [data-annotation-ids~="${id}"]`)
    .evaluateAll((spans) => spans.map((span) => span.textContent).join(""));
}
