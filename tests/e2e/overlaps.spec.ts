import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { readingDrawing } from "../../scripts/bench/reading-drawing.mjs";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";
import { readerLoaded } from "./support/reader";

// Issue 12: thirty readers on one sentence. Each overlapping highlight used
// to nest its own span and stack its tint: the text under many fell to
// 1.91:1 contrast, and 2,400 on one word crashed the tab. Now the text under
// any number is one span, tinted by how many (a bucket), and the margin
// gathers them into one entry.

const SENTENCE = "Maps of an argument are built one reason at a time.";
const TEXT = [
  "Thirty readers",
  `The class read the essay together. ${SENTENCE} Nobody agreed on the conclusion.`,
  "A second paragraph that nobody tagged.",
].join("\n\n");
const KINDS = ["claim", "premise", "evidence", "objection", "question", "note"];
/** How deep the decorations may nest the text of a passage, whatever the number over it. */
const MAX_DEPTH = 3;

async function reader(browser: Browser, name: string) {
  const page = await (await browser.newContext()).newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase().replace(/\W/g, "")));
  return { page, email };
}

/**
 * Imports `count` annotations shared with every reader, all on the
 * sentence (some a word shorter, as students select), kinds from `kind`:
 * the W3C import, 1,000 at a time (as bench-anchor seeds its 10,000).
 */
async function annotateSentence(page: Page, documentId: string, count: number, kind: (i: number) => string) {
  const { document } = await (await page.request.get(`/api/documents/${documentId}`)).json();
  const text: string = document.plainText;
  const at = text.indexOf(SENTENCE);
  const items = Array.from({ length: count }, (_, i) => {
    // Every third leaves out the sentence's first word ("Maps "): overlaps, not only one range.
    const start = i % 3 === 2 ? at + 5 : at;
    const end = at + SENTENCE.length;
    return {
      type: "Annotation",
      motivation: "tagging",
      body: { type: "TextualBody", purpose: "classifying", value: kind(i) },
      target: {
        source: `urn:overlaps:${documentId}`,
        selector: [
          { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: text.slice(start - 20, start) },
          { type: "TextPositionSelector", start, end },
        ],
      },
    };
  });
  for (let i = 0; i < items.length; i += 1000) {
    const response = await page.request.post(`/api/documents/${documentId}/annotations/import?visibility=everyone`, {
      data: { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationPage", items: items.slice(i, i + 1000) },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

async function newDocument(page: Page): Promise<string> {
  const created = await page.request.post("/api/documents", { data: { format: "text", text: TEXT } });
  expect(created.status()).toBe(201);
  return (await created.json()).document.id;
}

/** Opens the reader on a document and waits until its annotations are drawn; fails on a crashed tab. */
async function openReader(page: Page, documentId: string) {
  page.on("crash", () => {
    throw new Error("the reader's tab crashed");
  });
  await page.goto(`/documents/${documentId}`);
  await readerLoaded(page);
  await expect(page.locator(".ProseMirror [data-annotation-ids]").first()).toBeVisible();
}

/** The deepest nesting of elements inside the paragraph that holds the sentence. */
function depthUnderSentence(page: Page): Promise<number> {
  return page.locator(".ProseMirror p", { hasText: SENTENCE }).evaluate((paragraph) => {
    const depth = (element: Element): number => Math.max(0, ...[...element.children].map((c) => 1 + depth(c)));
    return depth(paragraph);
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  // colour-contrast included; scrollable-region-focusable is left to accessibility.spec.ts (the article's diagrams).
  const found = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .disableRules(["scrollable-region-focusable"])
    .analyze();
  return found.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target}`));
}

for (const [count, kind, look] of [
  [1, () => "claim", "annotation-claim annotation-count-1"],
  [30, () => "question", "annotation-question annotation-count-6-plus"],
  [300, (i: number) => KINDS[i % KINDS.length]!, "annotation-mixed annotation-count-6-plus"],
] as const) {
  test(`${count} overlapping annotation(s) on one sentence: readable (axe), nested at most ${MAX_DEPTH} deep, reachable from the margin`, async ({
    browser,
  }) => {
    const owner = await reader(browser, `Overlap ${count}`);
    const documentId = await newDocument(owner.page);
    await annotateSentence(owner.page, documentId, count, kind);
    const { page } = owner;
    await openReader(page, documentId);

    const covered = page.locator(`.ProseMirror [data-annotation-count="${count}"]`);
    await expect(covered).toHaveText(count === 1 ? SENTENCE : SENTENCE.slice(5));
    await expect(covered).toHaveClass(new RegExp(look));
    expect(await depthUnderSentence(page)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(await seriousViolations(page)).toEqual([]);

    const margin = page.getByRole("complementary", { name: "Annotations" });
    if (count === 1) {
      await expect(margin.getByRole("article", { name: /by Overlap 1$/ })).toHaveCount(1);
      return;
    }
    // One entry for the passage, closed; a click on the highlight opens it on the innermost annotation.
    const group = margin.getByRole("button", { name: new RegExp(`^${count} annotations by 1 reader on this`) });
    await expect(group).toHaveAttribute("aria-expanded", "false");
    await expect(margin.getByRole("article")).toHaveCount(0);
    await covered.click();
    await expect(group).toHaveAttribute("aria-expanded", "true");
    const selected = margin.locator("article.is-selected");
    await expect(selected).toHaveCount(1);
    await expect(selected.locator(".item-quote")).toHaveText(SENTENCE.slice(5));
    expect(await seriousViolations(page), "with the group open").toEqual([]);
    await group.click();
    await expect(group).toHaveAttribute("aria-expanded", "false");
  });
}

test("5,000 annotations on one sentence from three readers: the reader opens, shows the text and one group", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const started = Date.now();
  const owner = await reader(browser, "Owner Of Many");
  const others = [await reader(browser, "Second Reader"), await reader(browser, "Third Reader")];
  const documentId = await newDocument(owner.page);
  for (const other of others) {
    const shared = await owner.page.request.post(`/api/documents/${documentId}/shares`, {
      data: { email: other.email, role: "commenter" },
    });
    expect(shared.status()).toBe(201);
  }
  // One account may keep 2,000 annotations on a document.
  await annotateSentence(owner.page, documentId, 2000, (i) => KINDS[i % KINDS.length]!);
  await annotateSentence(others[0]!.page, documentId, 2000, () => "claim");
  await annotateSentence(others[1]!.page, documentId, 1000, () => "note");

  const { page } = owner;
  await openReader(page, documentId);
  await expect(page.getByText("A second paragraph that nobody tagged.")).toBeVisible();
  await expect(page.locator('.ProseMirror [data-annotation-count="5000"]')).toHaveText(SENTENCE.slice(5));
  expect(await depthUnderSentence(page)).toBeLessThanOrEqual(MAX_DEPTH);
  const margin = page.getByRole("complementary", { name: "Annotations" });
  await expect(margin.getByRole("button", { name: /^5,000 annotations by 3 readers on this/ })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  expect(Date.now() - started).toBeLessThan(60_000);
});

test("the page's HTML already shows the highlights, and the editor takes over with the same drawing", async ({
  browser,
}) => {
  const owner = await reader(browser, "Prepainted");
  const documentId = await newDocument(owner.page);
  await annotateSentence(owner.page, documentId, 30, (i) => KINDS[i % 2]!);

  // Sent once: in the HTML, not again (escaped) in React's flight data.
  const html = await (await owner.page.request.get(`/documents/${documentId}`)).text();
  expect(html.match(/data-annotation-count=\\*"30\\*"/g)).toHaveLength(1);

  // Without any JavaScript: the server's drawing is all there is, and it is the reading.
  const state = await owner.page.context().storageState();
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
  await noScript.goto(`/documents/${documentId}`);
  const prepainted = noScript.getByRole("document", { name: "Thirty readers" });
  await expect(prepainted).toHaveAttribute("data-prepainted", "true");
  // The margin's list is the scripts' work: it says so instead of "Loading…" for ever.
  const margin = noScript.getByRole("complementary", { name: "Annotations" });
  await expect(margin.getByText("Turn on JavaScript to see the annotations")).toBeVisible();
  await expect(margin.getByText("Loading the annotations…")).toBeHidden();
  await expect(prepainted.locator('[data-annotation-count="30"]')).toHaveText(SENTENCE.slice(5));
  await expect(prepainted.locator('[data-annotation-count="20"]')).toHaveText("Maps ");
  await expect(prepainted.locator('[data-annotation-count="30"]')).toHaveClass(
    /annotation-mixed annotation-count-6-plus/,
  );
  const looks = (article: Locator) =>
    article.evaluate((element) => {
      const style = getComputedStyle(element);
      const paragraph = getComputedStyle(element.querySelector("p")!);
      return [
        style.whiteSpace,
        style.fontVariantLigatures,
        style.fontFeatureSettings,
        style.lineHeight,
        style.width,
        paragraph.marginBottom,
        element.getBoundingClientRect().height,
      ];
    });
  const looked = await looks(prepainted);
  const before = await noScript.evaluate(readingDrawing);
  expect(before).toContain("#30:");

  // With it: one article once the editor is ready, the editor's, drawn as the server drew it.
  const { page } = owner;
  await openReader(page, documentId);
  await expect(page.getByRole("document", { name: "Thirty readers" })).toHaveCount(1);
  await expect(page.locator("[data-prepainted]")).toHaveCount(0);
  await expect(page.locator('.ProseMirror[contenteditable] [data-annotation-count="30"]')).toHaveText(
    SENTENCE.slice(5),
  );
  expect(await page.evaluate(readingDrawing)).toBe(before);
  // Laid out alike: the same styles and the same height (the second context has the same viewport).
  expect(await looks(page.getByRole("document", { name: "Thirty readers" }))).toEqual(looked);
});
