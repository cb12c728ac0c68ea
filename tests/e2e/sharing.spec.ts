import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { readerLoaded, selectRange, selectText } from "./support/reader";

const ARTICLE = [
  "Patronage and its limits",
  "A patron who pays for a client's war expects a say in how it ends.",
  "The client, for its part, answers first to its own voters and only then to its patron.",
  "When the two calendars diverge, public rebukes follow, but money keeps flowing.",
].join("\n\n");

/** A reader in a browser of their own, signed up through the form. */
async function reader(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase()));
  return { page, email, name };
}

/** Pastes a text on "New document" and lands on it; returns its address. */
async function newDocument(page: Page, title: string) {
  await page.goto("/documents/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Text" }).fill(ARTICLE);
  await page.getByRole("button", { name: "Import" }).click();
  await readerLoaded(page);
  return page.url();
}

/** Tags `text` with `kind` from the selection toolbar. */
async function tag(page: Page, text: string, kind: string) {
  await selectText(page, text);
  await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: kind }).click();
}

async function openShareDialog(page: Page) {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share" });
  await expect(dialog.getByRole("list", { name: "People and groups with access" })).toBeVisible();
  return dialog;
}

async function shareWith(page: Page, who: string, role: "Viewer" | "Commenter" | "Editor") {
  const dialog = await openShareDialog(page);
  await dialog.getByLabel("Email or group").fill(who);
  await dialog.getByLabel("Role", { exact: true }).selectOption(role);
  await dialog.getByRole("button", { name: "Share", exact: true }).click();
  return dialog;
}

test("share with a person, a group and a link; what is private stays private; removing a share ends it", async ({
  browser,
}) => {
  const ana = await reader(browser, "Ana");
  const ben = await reader(browser, "Ben");
  const cy = await reader(browser, "Cy");

  // Ana writes a private note on her document, then shares it with Ben as Commenter.
  const address = await newDocument(ana.page, "Patronage notes");
  await tag(ana.page, "expects a say in how it ends", "Note");
  const anaPanel = ana.page.getByRole("complementary", { name: "Annotations" });
  await expect(anaPanel.getByRole("article", { name: "Note by Ana" })).toBeVisible();
  const dialog = await shareWith(ana.page, ben.email, "Commenter");
  const people = dialog.getByRole("list", { name: "People and groups with access" });
  await expect(people.getByRole("listitem").filter({ hasText: ben.email })).toContainText("invited");
  await dialog.getByRole("button", { name: "Done" }).click();

  // Ben finds it in his library, reads it, and tags a claim for everyone who can read it.
  await ben.page.goto("/documents");
  const entry = ben.page
    .getByRole("list", { name: "Documents" })
    .getByRole("listitem")
    .filter({ hasText: "Patronage notes" });
  await expect(entry).toContainText("Shared by Ana · Commenter");
  await entry.getByRole("link", { name: "Patronage notes" }).click();
  await readerLoaded(ben.page);
  await expect(ben.page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("you are Commenter");
  await tag(ben.page, "answers first to its own voters", "Claim");
  const benPanel = ben.page.getByRole("complementary", { name: "Annotations" });
  const claim = benPanel.getByRole("article", { name: "Claim by Ben" });
  await claim.getByRole("combobox", { name: "Visibility" }).selectOption("Everyone who can read this document");
  await claim.getByRole("button", { name: "Save" }).click();
  await expect(claim.getByRole("combobox", { name: "Visibility" })).toHaveValue("everyone");
  // Ana's "Only me" note never reaches him.
  await expect(benPanel.getByRole("article", { name: "Note by Ana" })).toHaveCount(0);
  await expect(ben.page.locator(".ProseMirror .annotation-note")).toHaveCount(0);

  // Ana sees Ben's claim after a reload, and Ben is no longer "invited".
  await ana.page.reload();
  await expect(anaPanel.getByRole("article", { name: "Claim by Ben" })).toBeVisible();
  const again = await openShareDialog(ana.page);
  await expect(again.getByRole("listitem").filter({ hasText: "Ben" })).not.toContainText("invited");
  await again.getByRole("button", { name: "Done" }).click();

  // A group of three: Ana makes "Seminar", adds Ben and Cy, and shares a second document with it.
  await ana.page.goto("/groups");
  await ana.page.getByLabel("Group name").fill("Seminar");
  await ana.page.getByRole("button", { name: "New group" }).click();
  await expect(ana.page.getByRole("heading", { name: "Seminar" })).toBeVisible();
  for (const email of [ben.email, cy.email]) {
    await ana.page.getByLabel("Add by email").fill(email);
    await ana.page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(ana.page.getByRole("list", { name: "Members" })).toContainText(email);
  }
  await newDocument(ana.page, "Seminar reading");
  const toGroup = await shareWith(ana.page, "Seminar", "Viewer");
  await expect(toGroup.getByRole("list", { name: "People and groups with access" })).toContainText("Seminar · group");
  await toGroup.getByRole("button", { name: "Done" }).click();
  await cy.page.goto("/documents");
  await cy.page.getByRole("link", { name: "Seminar reading" }).click();
  await expect(cy.page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("you are Viewer");
  await expect(cy.page.getByRole("note")).toContainText("ask its owner for the Commenter role");

  // Ana stops sharing the first document with Ben: his open page says so at once (its live
  // stream closes), his tools go, and his next request is refused.
  await ana.page.goto(address);
  const revoke = await openShareDialog(ana.page);
  await revoke.getByRole("button", { name: "Remove Ben" }).click();
  await expect(revoke.getByRole("listitem").filter({ hasText: "Ben" })).toHaveCount(0);
  await revoke.getByRole("button", { name: "Done" }).click();
  await expect(ben.page.getByRole("alert").filter({ hasText: "no longer shared with you" })).toBeVisible();
  await selectRange(ben.page, "public rebukes follow");
  await expect(ben.page.getByRole("toolbar", { name: "Annotate selection" })).toHaveCount(0);
  const refused = await ben.page.request.get(`${address.replace("/documents/", "/api/documents/")}/annotations`);
  expect(refused.status()).toBe(404);
  await ben.page.reload();
  await expect(ben.page.getByRole("heading", { name: "Not found" })).toBeVisible();

  // A share link gives Cy its role; revoking it ends that at once.
  const links = await openShareDialog(ana.page);
  await links.getByLabel("Link role").selectOption("Viewer");
  await links.getByRole("button", { name: "Copy link" }).click();
  const url = await links.getByRole("textbox", { name: "New share link" }).inputValue();
  expect(url).toMatch(/\/invites\/[A-Za-z0-9_-]{43}$/);
  await cy.page.goto(url);
  await expect(cy.page.getByRole("heading", { name: "Patronage notes" })).toBeVisible();
  await cy.page.getByRole("button", { name: "Open the document" }).click();
  await expect(cy.page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("you are Viewer");
  await expect(
    cy.page.getByRole("complementary", { name: "Annotations" }).getByRole("article", { name: "Claim by Ben" }),
  ).toBeVisible();
  // A viewer may select and read, but gets no tools to tag with.
  await selectRange(cy.page, "money keeps flowing");
  await expect(cy.page.getByRole("document", { name: "Patronage notes" })).toBeFocused();
  await expect(cy.page.getByRole("toolbar", { name: "Annotate selection" })).toHaveCount(0);

  await links.getByRole("button", { name: "Revoke link 1" }).click();
  await expect(links.getByRole("list", { name: "Working share links" })).toHaveCount(0);
  await cy.page.reload();
  await expect(cy.page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await cy.page.goto(url);
  await expect(cy.page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});
