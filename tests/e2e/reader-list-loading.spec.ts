import { signUpThroughForm } from "./support/accounts";
import { openSample, sampleId } from "./support/reader";
import { expect, test } from "./support/test";

const PHRASE = "knows who the boss is";

// Issue 12: the reader page no longer carries the annotation list (its
// flight payload was most of a page's cost under a class's load). The text
// comes with the page, the highlights with the list the browser fetches
// through the API, which its cache revalidates with the list's ETag.
test("the reader page shows the text, then the highlights from the list, which a revisit revalidates", async ({
  page,
}) => {
  await signUpThroughForm(page, "Loading reader");
  const id = await sampleId(page.request);
  const { document } = await (await page.request.get(`/api/documents/${id}`)).json();
  const start = document.plainText.indexOf(PHRASE);
  const comment = `Seen only through the list ${Date.now()}`;
  const created = await page.request.post(`/api/documents/${id}/annotations`, {
    data: {
      kind: "objection",
      comment,
      target: { exact: PHRASE, prefix: "", suffix: "", start, end: start + PHRASE.length },
    },
  });
  expect(created.status()).toBe(201);
  const { annotation } = await created.json();
  // Others' tests share annotations on the sample too: this one is found by its id.
  const highlight = page.locator(`.ProseMirror [data-annotation-ids~="${annotation.id}"]`).first();

  // The page's own HTML (and flight data) holds no annotation.
  const html = await (await page.request.get(`/documents/${id}`)).text();
  expect(html).toContain("The Asymmetry of Patronage");
  expect(html).not.toContain(comment);

  const lists: { status: number; ifNoneMatch: string | undefined }[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith(`/api/documents/${id}/annotations`) || response.request().method() !== "GET") return;
    const headers = await response.request().allHeaders();
    lists.push({ status: response.status(), ifNoneMatch: headers["if-none-match"] });
  });
  await openSample(page);
  await expect(highlight).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();

  // A revisit with nothing changed: the browser asks with the list's tag and keeps its copy.
  await page.reload();
  await expect(highlight).toBeVisible();
  await expect.poll(() => lists.length).toBeGreaterThanOrEqual(2);
  expect(lists[0]).toEqual({ status: 200, ifNoneMatch: undefined });
  // Chromium reports the revalidated copy as 200; the tag it sent shows it asked with If-None-Match.
  expect(lists.at(-1)!.ifNoneMatch).toMatch(/^W\/"[\w-]+"$/);
});
