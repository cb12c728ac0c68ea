import { expect, test } from "./support/test";
import { PASSWORD, uniqueEmail } from "./support/accounts";
import { SAMPLE_TITLE } from "./support/reader";

const SAMPLE_NOTE = /Every reader of Warrant can open this article\. Your annotations are private to you/;

test("a first visit says what Warrant is and leads through sign-up straight into the sample", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText(/Warrant is for reading an argument closely/)).toBeVisible();

  await page.getByRole("link", { name: "try the sample article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.getByLabel("Name").fill("First Visitor");
  await page.getByLabel("Email").fill(uniqueEmail("first-visit"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("document", { name: SAMPLE_TITLE })).toBeVisible();
  const note = page.getByRole("note").filter({ hasText: SAMPLE_NOTE });
  await expect(note).toContainText("“Make a copy” gives you a copy of your own");

  // The copy is the reader's own: the note for readers of an open article goes.
  const sampleUrl = page.url();
  await page.getByRole("button", { name: "Make a copy" }).click();
  await expect(page).not.toHaveURL(sampleUrl);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Your document");
  await expect(page.getByRole("document", { name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: SAMPLE_NOTE })).toHaveCount(0);
});
