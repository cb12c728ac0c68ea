import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample, readerLoaded, selectText } from "./support/reader";

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
  await page.getByRole("button", { name: "Dismiss" }).click();
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
    await readerLoaded(page);
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
    await readerLoaded(friend);
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
    await readerLoaded(page);
    // On a phone the margin is a drawer.
    if (label === "phone") await page.getByRole("button", { name: /^Annotations \(\d+\)$/ }).click();
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
    await readerLoaded(page);
    await page.screenshot({ path: `docs/screenshots/sample-first-visit-${label}.png` });
  });
}

// The reader at phone, tablet and desktop size: reading, annotating (the
// selection toolbar), the margin (a drawer below 1,100 px) and the map.
for (const [label, viewport, touch] of [
  ["phone", { width: 390, height: 844 }, true],
  ["tablet", { width: 768, height: 1024 }, true],
  ["desktop", { width: 1440, height: 900 }, false],
] as const) {
  test.describe(`reader at ${label} size`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test(`reader screens at ${label} size`, async ({ page }) => {
      const shot = (name: string) => page.screenshot({ path: `docs/screenshots/reader-${name}-${label}.png` });
      const narrow = viewport.width < 1100;
      const margin = page.getByRole("complementary", { name: "Annotations" });
      const closeMargin = async () => {
        if (narrow) await page.getByRole("button", { name: "Close annotations" }).click();
      };
      await signUpThroughForm(page, "Ada Reader");
      await openSample(page);
      await shot("reading");

      const toolbar = page.getByRole("toolbar", { name: "Annotate selection" });
      await selectText(page, "the upcoming summit will likely yield a highly transactional compromise");
      await toolbar.getByRole("button", { name: "Claim" }).click();
      await expect(margin.getByRole("article", { name: "Claim by Ada Reader" })).toBeVisible();
      await closeMargin();
      await selectText(page, "Netanyahu will likely accept nominal rhetorical constraints regarding Lebanon");
      await toolbar.getByRole("button", { name: "Evidence" }).click();
      const evidence = margin.getByRole("article", { name: "Evidence by Ada Reader" });
      await evidence.getByRole("button", { name: "Link" }).click();
      const dialog = evidence.getByRole("dialog", { name: "Link annotation" });
      await dialog.getByRole("searchbox", { name: "Find the target" }).fill("transactional");
      await dialog.getByRole("option").first().click();
      await dialog.getByRole("button", { name: "Link" }).click();
      await expect(dialog).toBeHidden();
      await evidence.getByRole("textbox", { name: "Comment" }).fill("A concession, not a change of course.");
      await evidence.getByRole("button", { name: "Save" }).click();
      await expect(evidence).toContainText("A concession");
      await shot("margin");
      await closeMargin();

      await selectText(page, "Israel will maintain its independent operational readiness");
      await page.evaluate(() => window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: "center" }));
      await shot("annotating");
      await page.evaluate(() => window.getSelection()?.removeAllRanges());

      await page.getByRole("button", { name: "Map", exact: true }).click();
      const map = page.getByRole("region", { name: "Argument map" });
      await expect(map.locator(".react-flow__edge")).toHaveCount(1);
      await map.scrollIntoViewIfNeeded();
      await shot("map");
    });
  });
}

// The reader as the page's HTML draws it (before any script) and as the
// editor draws it after: the two should look the same.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the reader before and after its scripts at ${label} width`, async ({ page, browser }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Ada Reader");
    await openSample(page);
    for (const [passage, key] of [
      ["knows who the boss is", "Alt+1"],
      ["is not merely a diplomatic reconciliation", "Alt+4"],
      ["diverging regional war aims", "Alt+3"],
    ] as const) {
      await selectText(page, passage);
      await page.keyboard.press(key);
      await expect(page.locator(".ProseMirror [data-annotation-count]", { hasText: passage })).toBeVisible();
    }
    const url = page.url();
    const state = await page.context().storageState();
    const noScript = await (
      await browser.newContext({ javaScriptEnabled: false, storageState: state, viewport })
    ).newPage();
    await noScript.goto(url);
    await expect(noScript.locator("[data-prepainted] [data-annotation-count]")).toHaveCount(3);
    await noScript.screenshot({ path: `docs/screenshots/reader-prepainted-${label}.png` });
    await page.reload();
    await readerLoaded(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/reader-${label}.png` });
  });
}
