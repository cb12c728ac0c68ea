import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";

// 104 documents shared with one reader by four accounts (an account may import 30 at once).
const SHARERS = 4;
const EACH = 26;

test("the library shows 100 documents a page, and the reader pages through the rest", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("library");
  await signUpThroughForm(page, "Library Reader", email);

  for (let sharer = 0; sharer < SHARERS; sharer++) {
    const context = await browser.newContext();
    const sharerPage = await context.newPage();
    await signUpThroughForm(sharerPage, `Sharer ${sharer}`);
    for (let i = 0; i < EACH; i++) {
      const created = await sharerPage.request.post("/api/documents", {
        data: { format: "text", title: `Shared ${sharer}-${i}`, text: `Shared ${sharer}-${i}\n\nA paragraph.` },
      });
      expect(created.status()).toBe(201);
      const { document } = (await created.json()) as { document: { id: string } };
      const shared = await sharerPage.request.post(`/api/documents/${document.id}/shares`, {
        data: { email, role: "viewer" },
      });
      expect(shared.status()).toBe(201);
    }
    await context.close();
  }

  await page.goto("/documents");
  const documents = page.getByRole("list", { name: "Documents" }).getByRole("listitem");
  await expect(documents).toHaveCount(100);
  // Newest first: the last document shared is the first, the sample (shared with everyone) not on this page.
  await expect(documents.first().getByRole("link")).toHaveText(`Shared ${SHARERS - 1}-${EACH - 1}`);
  await expect(page.getByRole("link", { name: "First page" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Library pages" }).getByRole("link", { name: "More documents" }).click();
  await expect(documents).toHaveCount(SHARERS * EACH - 100 + 1);
  await expect(documents.first().getByRole("link")).toHaveText("Shared 0-3");
  await expect(documents.last()).toContainText("The Asymmetry of Patronage");
  await expect(page.getByRole("link", { name: "More documents" })).toHaveCount(0);

  await page.getByRole("link", { name: "First page" }).click();
  await expect(documents).toHaveCount(100);

  // The API pages the same way, and says what was wrong with a bad page.
  const first = (await (await page.request.get("/api/documents?limit=3")).json()) as {
    documents: unknown[];
    next: string;
  };
  expect(first.documents).toHaveLength(3);
  const rest = (await (
    await page.request.get(`/api/documents?limit=200&after=${encodeURIComponent(first.next)}`)
  ).json()) as {
    documents: unknown[];
    next: string | null;
  };
  expect([rest.documents.length, rest.next]).toEqual([SHARERS * EACH + 1 - 3, null]);
  for (const [query, field] of [
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["limit=ten", "limit"],
    ["after=somewhere", "after"],
  ]) {
    const refused = await page.request.get(`/api/documents?${query}`);
    expect(refused.status(), query).toBe(400);
    expect(((await refused.json()) as { field: string }).field).toBe(field);
  }
});
