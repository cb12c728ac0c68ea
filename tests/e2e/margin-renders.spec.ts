import { type Browser, type Page } from "@playwright/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";

// Issue 12: in a class, readers come and go all the time, and each change
// of "Reading now" is a live frame that re-renders the reader's workspace.
// Redrawing every margin item for each one cost every student's page tens
// of milliseconds of script a time; the margin's list is memoised and
// redrawn only when what it shows changes. React keeps each element's
// current props on the element (a "__reactProps$…" property) and replaces
// that object whenever it renders the element again: the same object
// before and after a presence frame means the item was not redrawn.

const TEXT = [
  "Redraws",
  "The first passage, tagged by its owner.",
  "The second passage, tagged too.",
  "The third passage, also tagged.",
].join("\n\n");
const PASSAGES = ["The first passage", "The second passage", "The third passage"];

async function reader(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase().replace(/ /g, "-")));
  return { context, page, email };
}

/** Marks each margin item with its current React props object; returns how many items there are. */
function rememberItemProps(page: Page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll("article[data-annotation-id]")];
    const kept = items.map((item) => {
      const key = Object.keys(item).find((name) => name.startsWith("__reactProps$"));
      return key ? (item as unknown as Record<string, unknown>)[key] : undefined;
    });
    (window as unknown as { keptProps: unknown[] }).keptProps = kept;
    return kept.filter(Boolean).length;
  });
}

/** How many margin items React rendered again since rememberItemProps. */
function itemsRedrawn(page: Page) {
  return page.evaluate(() => {
    const kept = (window as unknown as { keptProps: unknown[] }).keptProps;
    const items = [...document.querySelectorAll("article[data-annotation-id]")];
    return items.filter((item, i) => {
      const key = Object.keys(item).find((name) => name.startsWith("__reactProps$"))!;
      return (item as unknown as Record<string, unknown>)[key] !== kept[i];
    }).length;
  });
}

test("a reader arriving and leaving does not redraw the margin's items", async ({ browser }) => {
  const owner = await reader(browser, "Margin Owner");
  const guest = await reader(browser, "Margin Guest");
  const created = await owner.page.request.post("/api/documents", { data: { format: "text", text: TEXT } });
  expect(created.status()).toBe(201);
  const documentId: string = (await created.json()).document.id;
  const shared = await owner.page.request.post(`/api/documents/${documentId}/shares`, {
    data: { email: guest.email, role: "viewer" },
  });
  expect(shared.status()).toBe(201);
  const { document } = await (await owner.page.request.get(`/api/documents/${documentId}`)).json();
  for (const passage of PASSAGES) {
    const start = (document.plainText as string).indexOf(passage);
    const response = await owner.page.request.post(`/api/documents/${documentId}/annotations`, {
      data: {
        kind: "claim",
        comment: `On ${passage}`,
        target: { exact: passage, prefix: "", suffix: "", start, end: start + passage.length },
      },
    });
    expect(response.status()).toBe(201);
  }

  const { page } = owner;
  await page.goto(`/documents/${documentId}`);
  await expect(page.locator("[data-annotations-loaded=true]")).toBeAttached();
  const margin = page.getByRole("complementary", { name: "Annotations" });
  await expect(margin.getByRole("article")).toHaveCount(PASSAGES.length);
  const readingNow = page.getByRole("list", { name: "Reading now" });
  await expect(readingNow.getByRole("listitem")).toHaveText([/^Margin Owner/]);
  // The guest's first visit opens the share, a change of the document's own
  // (the owner's list may be fetched again): made before the items are marked.
  await guest.page.goto(`/documents/${documentId}`);
  await expect(readingNow.getByRole("listitem")).toHaveText([/^Margin Guest/, /^Margin Owner/]);
  await guest.page.close();
  await expect(readingNow.getByRole("listitem")).toHaveText([/^Margin Owner/]);
  await page.waitForTimeout(1_000);
  expect(await rememberItemProps(page)).toBe(PASSAGES.length);

  // The guest comes back: the owner's "Reading now" names them (a presence frame, a workspace render)…
  const back = await guest.context.newPage();
  await back.goto(`/documents/${documentId}`);
  await expect(readingNow.getByRole("listitem")).toHaveText([/^Margin Guest/, /^Margin Owner/]);
  // …and leaves.
  await back.close();
  await expect(readingNow.getByRole("listitem")).toHaveText([/^Margin Owner/]);
  expect(await itemsRedrawn(page)).toBe(0);

  // Selecting an item does redraw the margin (what it shows changed): the probe sees renders.
  await margin.getByRole("button", { name: /The second passage/ }).click();
  expect(await itemsRedrawn(page)).toBeGreaterThan(0);
});
