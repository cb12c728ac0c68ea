import fs from "node:fs";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import {
  highlightedText,
  highlights,
  openSample,
  placeCaretBefore,
  readerLoaded,
  reloadReader,
  selectText,
} from "./support/reader";

const CLAIM = "knows who the boss is";
const LEBANON_SENTENCE =
  "The White House explicitly pressured Jerusalem to accept a framework agreement requiring an initial military withdrawal from southern Lebanon.";

test("tag, comment, share, reply, reload, export and import on the sample", async ({ page, browser }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signUpThroughForm(page, "Ada Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });

  // A claim, selected with the keyboard: caret before the phrase, then Shift+Right.
  await placeCaretBefore(page, CLAIM);
  for (let i = 0; i < CLAIM.length; i++) await page.keyboard.press("Shift+ArrowRight");
  const toolbar = page.getByRole("toolbar", { name: "Annotate selection" });
  await expect(toolbar.getByRole("button", { name: "Claim" })).toHaveAttribute("title", "Tag as Claim (Alt+1)");
  await toolbar.getByRole("button", { name: "Claim" }).click();
  const claim = panel.getByRole("article", { name: "Claim by Ada Reader" });
  await expect(claim).toBeVisible();
  await expect.poll(() => highlightedText(page, claim)).toBe(CLAIM);

  // Evidence with a comment, shared with everyone; the comment is shown as text.
  await selectText(page, LEBANON_SENTENCE);
  await page.keyboard.press("Alt+3");
  const evidence = panel.getByRole("article", { name: "Evidence by Ada Reader" });
  await expect(evidence).toBeVisible();
  await evidence.getByRole("textbox", { name: "Comment" }).fill("Direct pressure <img src=x onerror=alert(1)>");
  await evidence.getByRole("textbox", { name: "Tags" }).fill("lebanon, pressure");
  await evidence.getByRole("combobox", { name: "Visibility" }).selectOption("Everyone who can read this document");
  await evidence.getByRole("button", { name: "Save" }).click();
  await expect(evidence.getByRole("textbox", { name: "Comment" })).toHaveValue(
    "Direct pressure <img src=x onerror=alert(1)>",
  );

  await page.reload();
  await expect.poll(() => highlightedText(page, claim)).toBe(CLAIM);
  await expect.poll(() => highlightedText(page, evidence)).toBe(LEBANON_SENTENCE);
  await expect(panel.getByText("Direct pressure <img src=x onerror=alert(1)>")).toBeVisible();
  await expect(panel.getByRole("article", { name: "Evidence by Ada Reader" }).getByText("#lebanon")).toBeVisible();

  // Hovering a highlight shows its kind, author and comment; so does moving the caret into it.
  const evidenceId = await evidence.getAttribute("data-annotation-id");
  await expect(page.locator(`.ProseMirror [data-annotation-ids~="${evidenceId}"]`).first()).toHaveAttribute(
    "title",
    "Evidence · Ada Reader: Direct pressure <img src=x onerror=alert(1)>",
  );
  await placeCaretBefore(page, LEBANON_SENTENCE);
  await page.keyboard.press("ArrowRight");
  const caretNote = page.getByRole("status").filter({ hasText: "Evidence · Ada Reader" });
  await expect(caretNote).toContainText("Direct pressure <img src=x onerror=alert(1)>");
  await panel.getByRole("searchbox", { name: "Search annotations" }).focus();
  await expect(caretNote).toBeHidden();

  // Full-text search in the margin.
  // (The sample is shared by every test's readers, so count only this reader's.)
  const adas = panel.getByRole("article", { name: /by Ada Reader$/ });
  await expect(adas).toHaveCount(2);
  await panel.getByRole("searchbox", { name: "Search annotations" }).fill("bos");
  await expect(adas).toHaveCount(1);
  await expect(panel.getByRole("article", { name: "Claim by Ada Reader" })).toBeVisible();
  await panel.getByRole("searchbox", { name: "Search annotations" }).fill("pressure");
  await expect(adas).toHaveCount(1);
  await expect(panel.getByRole("article", { name: "Evidence by Ada Reader" })).toBeVisible();
  await panel.getByRole("searchbox", { name: "Search annotations" }).fill("");

  // A second reader sees only the shared evidence, and replies to it.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpThroughForm(other, "Bea Reader");
  await openSample(other);
  const otherPanel = other.getByRole("complementary", { name: "Annotations" });
  await expect(otherPanel.getByRole("article", { name: /by Ada Reader$/ })).toHaveCount(1);
  await expect(otherPanel.getByRole("article", { name: "Claim by Ada Reader" })).toHaveCount(0);
  const shared = otherPanel.getByRole("article", { name: "Evidence by Ada Reader" });
  await shared.getByRole("button").first().click();
  await shared.getByRole("textbox", { name: "Reply" }).fill("Is there a source for this?");
  await shared.getByRole("button", { name: "Reply" }).click();
  await expect(shared.getByRole("list", { name: "Replies" })).toContainText("Is there a source for this?");
  await otherContext.close();

  await page.reload();
  await expect(evidence.getByText("1 reply")).toBeVisible();

  // Export this reader's annotations (the export follows the margin's
  // filters), copy the article, import into the copy: same annotations, same words.
  await panel.getByRole("combobox", { name: "Filter by author" }).selectOption("Ada Reader");
  const download = page.waitForEvent("download");
  await panel.getByRole("link", { name: "Export annotations" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(exported.type).toBe("AnnotationCollection");
  const motivations = exported.first.items.map((item: { motivation: string }) => item.motivation).sort();
  expect(motivations).toEqual(["commenting", "classifying", "replying"].sort());

  await page.getByRole("button", { name: "Make a copy" }).click();
  await expect(page.getByText("Your document")).toBeVisible();
  await expect(panel.getByRole("article")).toHaveCount(0);
  await panel.getByLabel("Import annotations").setInputFiles(file);
  await expect(panel.getByRole("status")).toHaveText("Imported 2 annotation(s).");
  await expect(highlights(page, "claim")).toHaveText(CLAIM);
  await expect(highlights(page, "evidence")).toHaveText(LEBANON_SENTENCE);
  const imported = panel.getByRole("article", { name: "Evidence by Ada Reader" });
  await expect(imported.getByText("1 reply")).toBeVisible();
  await imported.getByRole("button").first().click();
  await expect(imported.getByRole("list", { name: "Replies" })).toContainText("Is there a source for this?");

  expect(dialogs).toEqual([]);
});

test("Ctrl+Z right after tagging or deleting reverses it", async ({ page }) => {
  await signUpThroughForm(page, "Undo Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });

  await selectText(page, "patron-client relationship");
  await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Premise" }).click();
  const premise = panel.getByRole("article", { name: "Premise by Undo Reader" });
  await expect.poll(() => highlightedText(page, premise)).toBe("patron-client relationship");
  await page.keyboard.press("Control+z");
  const mine = panel.getByRole("article", { name: /by Undo Reader$/ });
  await expect(mine).toHaveCount(0);
  await reloadReader(page);
  await expect(mine).toHaveCount(0);

  await selectText(page, "patron-client relationship");
  await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Question" }).click();
  const item = panel.getByRole("article", { name: "Question by Undo Reader" });
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(mine).toHaveCount(0);
  await page.locator("body").press("Control+z");
  await expect(item).toBeVisible();
  await reloadReader(page);
  await expect(item).toBeVisible();
  await expect.poll(() => highlightedText(page, item)).toBe("patron-client relationship");
});

test("a passage just tagged shows its kind's highlight, not a live selection", async ({ page }) => {
  await signUpThroughForm(page, "Tidy Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });
  const toolbar = page.getByRole("toolbar", { name: "Annotate selection" });
  const pageSelection = () => page.evaluate(() => window.getSelection()?.toString() ?? "");

  // From the toolbar (the editor loses focus to the button) …
  await selectText(page, "patron-client relationship");
  await toolbar.getByRole("button", { name: "Premise" }).click();
  const premise = panel.getByRole("article", { name: "Premise by Tidy Reader" });
  await expect.poll(() => highlightedText(page, premise)).toBe("patron-client relationship");
  await expect.poll(pageSelection).toBe("");
  await expect(toolbar).toBeHidden();
  await expect(highlights(page, "premise")).toHaveText(["patron-client relationship"]);

  // … and with the keyboard shortcut, focus staying in the text.
  await selectText(page, "knows who the boss is");
  await page.keyboard.press("Alt+1");
  const claim = panel.getByRole("article", { name: "Claim by Tidy Reader" });
  await expect.poll(() => highlightedText(page, claim)).toBe("knows who the boss is");
  await expect.poll(pageSelection).toBe("");
  await expect(toolbar).toBeHidden();
});

test("selections may cross blocks and overlap; clicking a highlight selects its item", async ({ page }) => {
  await signUpThroughForm(page, "Overlap Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });

  // The article's text nodes run together across blocks: "…Cost Function" + "The escalation…".
  await selectText(page, "Cost FunctionThe escalation of Israeli");
  await page.keyboard.press("Alt+4");
  const objection = panel.getByRole("article", { name: "Objection by Overlap Reader" });
  await expect.poll(() => highlightedText(page, objection)).toBe("Cost FunctionThe escalation of Israeli");
  await selectText(page, "escalation of Israeli military operations");
  await page.keyboard.press("Alt+6");
  await expect(panel.getByRole("article", { name: /by Overlap Reader$/ })).toHaveCount(2);

  await page.locator(".ProseMirror [data-annotation-ids]").filter({ hasText: "military" }).first().click();
  await expect(
    panel.getByRole("article", { name: "Note by Overlap Reader" }).getByRole("button").first(),
  ).toHaveAttribute("aria-expanded", "true");
});

test("annotations follow the owner's edits, and readers cannot change the text", async ({ page }) => {
  await signUpThroughForm(page, "Owner Editor");
  await openSample(page);
  await placeCaretBefore(page, CLAIM);
  await page.keyboard.type("typed by a reader ");
  await expect(page.locator(".ProseMirror")).not.toContainText("typed by a reader");

  await page.goto("/documents/new");
  await page.getByLabel("Text", { exact: true }).fill("Edits\n\nThe first sentence stays. The tagged words are here.");
  await page.getByRole("button", { name: "Import" }).click();
  await readerLoaded(page);
  await selectText(page, "tagged words");
  await page.keyboard.press("Alt+1");
  await expect(highlights(page, "claim")).toHaveText("tagged words");

  await placeCaretBefore(page, "The first sentence");
  await page.keyboard.type("A new opening. ");
  await placeCaretBefore(page, "words are here");
  await page.keyboard.type("very ");
  await expect(highlights(page, "claim")).toHaveText("tagged very words");
  const documentBar = page.getByRole("toolbar", { name: "Document" });
  await documentBar.getByRole("button", { name: "Save" }).click();
  await expect(documentBar.getByRole("status")).toHaveText("All changes saved");
  await page.reload();
  await expect(page.locator(".ProseMirror")).toContainText("A new opening. The first sentence stays.");
  await expect(highlights(page, "claim")).toHaveText("tagged very words");
});

test("clicking an item brings its passage into view, even at the far end of a long document", async ({ page }) => {
  await signUpThroughForm(page, "Long Reader");
  // The sample forty times over (~320,000 characters), with the last "knows who the boss is" tagged.
  const text = Array.from({ length: 40 }, () => fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8"));
  const created = await page.request.post("/api/documents", {
    data: { title: "The sample, forty times", format: "text", text: text.join("\n\n") },
  });
  const { document } = await (await page.request.get(`/api/documents/${(await created.json()).document.id}`)).json();
  const start = document.plainText.lastIndexOf(CLAIM);
  const end = start + CLAIM.length;
  const target = {
    exact: CLAIM,
    prefix: document.plainText.slice(start - 32, start),
    suffix: document.plainText.slice(end, end + 32),
    start,
    end,
  };
  const tagged = await page.request.post(`/api/documents/${document.id}/annotations`, {
    data: { kind: "claim", target },
  });
  expect(tagged.status()).toBe(201);

  await page.goto(`/documents/${document.id}`);
  const highlight = highlights(page, "claim");
  await expect(highlight).toHaveText(CLAIM);
  await expect(highlight).not.toBeInViewport();
  const item = page
    .getByRole("complementary", { name: "Annotations" })
    .getByRole("article", { name: "Claim by Long Reader" });
  await item.getByRole("button", { name: /knows who the boss is/ }).click();
  await expect(highlight).toBeInViewport();
});
