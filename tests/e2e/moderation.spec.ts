import type { Browser } from "@playwright/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";
import { readerLoaded } from "./support/reader";

const TEXT = [
  "Moderation",
  "Every reader of a shared text sees what the others wrote about it.",
  "Now and then one of them writes something that should not stay there.",
].join("\n\n");

async function reader(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase()));
  return { page, email };
}

test("the owner hides a reader's annotation from the others; its author still sees it, marked; the owner shows it again", async ({
  browser,
}) => {
  const owner = await reader(browser, "Owner");
  const author = await reader(browser, "Author");
  const other = await reader(browser, "Other");

  // Set up through the API, as the owner and the author would through the share dialog and the toolbar.
  const { document } = await (
    await owner.page.request.post("/api/documents", { data: { format: "text", text: TEXT } })
  ).json();
  for (const who of [author, other]) {
    const shared = await owner.page.request.post(`/api/documents/${document.id}/shares`, {
      data: { email: who.email, role: "commenter" },
    });
    expect(shared.status()).toBe(201);
  }
  const { document: full } = await (await author.page.request.get(`/api/documents/${document.id}`)).json();
  const exact = "something that should not stay there";
  const start = full.plainText.indexOf(exact);
  const created = await author.page.request.post(`/api/documents/${document.id}/annotations`, {
    data: {
      kind: "objection",
      visibility: "everyone",
      comment: "A rude remark",
      target: { exact, prefix: "", suffix: "", start, end: start + exact.length },
    },
  });
  expect(created.status()).toBe(201);

  const margin = (page: typeof owner.page) => page.getByRole("complementary", { name: "Annotations" });
  for (const who of [owner, author, other]) {
    await who.page.goto(`/documents/${document.id}`);
    await readerLoaded(who.page);
  }
  const item = owner.page.getByRole("article", { name: "Objection by Author" });
  await item.getByRole("button", { name: /Objection/ }).click();
  // A commenter has no such button; the author cannot hide their own.
  await author.page
    .getByRole("article", { name: "Objection by Author" })
    .getByRole("button", { name: /Objection/ })
    .click();
  await expect(author.page.getByRole("button", { name: "Hide from others" })).toHaveCount(0);

  await item.getByRole("button", { name: "Hide from others" }).click();
  await expect(item).toContainText("hidden from others");
  await expect(item.getByRole("button", { name: "Show to others" })).toBeVisible();

  // Live: it leaves the other reader's margin and stays, marked, in its author's.
  await expect(margin(other.page).getByRole("article", { name: "Objection by Author" })).toHaveCount(0);
  await expect(author.page.getByRole("article", { name: "Objection by Author" })).toContainText(
    "The document's owner or an editor has hidden this",
  );
  await other.page.reload();
  await readerLoaded(other.page);
  await expect(margin(other.page).getByRole("article", { name: "Objection by Author" })).toHaveCount(0);

  await item.getByRole("button", { name: "Show to others" }).click();
  await expect(item).not.toContainText("hidden from others");
  await expect(margin(other.page).getByRole("article", { name: "Objection by Author" })).toBeVisible();
});
