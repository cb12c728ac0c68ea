import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample, selectText } from "./support/reader";

// `npm run screenshot` refreshes the README's picture of Warrant at work:
// the sample article with a few passages tagged and one discussed.
test("README screenshot: annotating the sample article", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUpThroughForm(page, "Ada Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });

  await selectText(page, "knows who the boss is");
  await page.keyboard.press("Alt+1");
  await selectText(page, "signals a profound, data-driven divergence in the geopolitical cost-benefit calculations");
  await page.keyboard.press("Alt+2");
  await selectText(page, "is not merely a diplomatic reconciliation");
  await page.keyboard.press("Alt+4");
  const objection = panel.getByRole("article", { name: "Objection by Ada Reader" });
  await objection
    .getByRole("textbox", { name: "Comment" })
    .fill("Both can be true: a reconciliation can also recalibrate.");
  await objection.getByRole("textbox", { name: "Tags" }).fill("framing");
  await objection.getByRole("button", { name: "Save" }).click();
  await expect(objection.getByText("#framing")).toBeVisible();
  await selectText(page, "diverging regional war aims, asymmetric electoral timelines");
  await page.keyboard.press("Alt+3");
  // Show the discussed objection selected, the way a reader leaves it.
  await page.evaluate(() => window.getSelection()?.collapseToEnd());
  await objection.getByRole("button").first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "docs/screenshot.png" });
});

// `npm run screenshot` also takes the sharing screens at desktop and phone
// width, into docs/screenshots/, to look at after changing them.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`sharing screens at ${label} width`, async ({ page, browser }) => {
    const shot = (name: string) => page.screenshot({ path: `docs/screenshots/${name}-${label}.png` });
    const friendContext = await browser.newContext();
    const friend = await friendContext.newPage();
    const friendEmail = await signUpThroughForm(friend, "Bea Reader");
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Ada Reader");

    await page.goto("/groups");
    await page.getByLabel("Group name").fill("Thursday seminar");
    await page.getByRole("button", { name: "New group" }).click();
    for (const email of [friendEmail, "someone-new@example.org"]) {
      await page.getByLabel("Add by email").fill(email);
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await expect(page.getByRole("list", { name: "Members" })).toContainText(email);
    }
    await page.getByRole("button", { name: "Make an invite link" }).click();
    await expect(page.getByRole("textbox", { name: "Invite link" })).toBeVisible();
    await shot("group");
    await page.goto("/groups");
    await shot("groups");

    await page.goto("/documents/new");
    await page.getByLabel("Title").fill("Field notes");
    await page.getByRole("textbox", { name: "Text" }).fill("Field notes\n\nA first paragraph to read together.");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.locator("[data-editor-ready=true]")).toBeAttached();
    await page.getByRole("button", { name: "Share" }).click();
    const dialog = page.getByRole("dialog", { name: "Share" });
    const people = dialog.getByRole("list", { name: "People and groups with access" });
    await dialog.getByLabel("Email or group").fill(friendEmail);
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await expect(people).toContainText(friendEmail);
    await dialog.getByLabel("Email or group").fill("Thursday seminar");
    await dialog.getByLabel("Role", { exact: true }).selectOption("Viewer");
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await expect(people).toContainText("Thursday seminar");
    await dialog.getByRole("button", { name: "Copy link" }).click();
    await expect(dialog.getByRole("list", { name: "Working share links" })).toBeVisible();
    await shot("share-dialog");
    await dialog.getByRole("button", { name: "Done" }).click();
    await shot("shared-document");

    await friend.setViewportSize(viewport);
    await friend.goto(page.url());
    await expect(friend.locator("[data-editor-ready=true]")).toBeAttached();
    await selectText(friend, "A first paragraph");
    await friend.screenshot({ path: `docs/screenshots/shared-with-me-${label}.png` });
    await friendContext.close();
  });
}

// The account page and an annotation hidden by the document's owner, at both widths.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`account and moderation screens at ${label} width`, async ({ page, browser }) => {
    const friendContext = await browser.newContext();
    const friend = await friendContext.newPage();
    const friendEmail = await signUpThroughForm(friend, "Bea Reader");
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Ada Reader");

    const text = "Field notes\n\nA first paragraph to read together.\n\nA second one that draws a rude remark.";
    const { document } = await (await page.request.post("/api/documents", { data: { format: "text", text } })).json();
    await page.request.post(`/api/documents/${document.id}/shares`, {
      data: { email: friendEmail, role: "commenter" },
    });
    const { document: full } = await (await friend.request.get(`/api/documents/${document.id}`)).json();
    const exact = "draws a rude remark";
    const start = full.plainText.indexOf(exact);
    await friend.request.post(`/api/documents/${document.id}/annotations`, {
      data: {
        kind: "objection",
        visibility: "everyone",
        comment: "Nobody reads past the first paragraph anyway.",
        target: { exact, prefix: "", suffix: "", start, end: start + exact.length },
      },
    });
    await friendContext.close();

    await page.goto(`/documents/${document.id}`);
    await expect(page.locator("[data-editor-ready=true]")).toBeAttached();
    const item = page.getByRole("article", { name: "Objection by Bea Reader" });
    await item.getByRole("button", { name: /Objection/ }).click();
    await item.getByRole("button", { name: "Hide from others" }).click();
    await expect(item.getByRole("button", { name: "Show to others" })).toBeVisible();
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `docs/screenshots/moderation-${label}.png` });

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/account-${label}.png`, fullPage: true });
  });
}

// The first visit: the sign-in page that says what Warrant is, and the
// sample with its note for a new reader.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`first-visit screens at ${label} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/sign-in-${label}.png` });
    await signUpThroughForm(page, "Ada Reader");
    await page.goto("/sample");
    await expect(page.locator("[data-editor-ready=true]")).toBeAttached();
    await page.screenshot({ path: `docs/screenshots/sample-first-visit-${label}.png` });
  });
}
