import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { highlightedText, openSample, readerLoaded, selectText } from "./support/reader";

const PASSAGE = "patron-client relationship";

/** The undo status line, found by what it says. */
const undoStatus = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** Tags PASSAGE as a claim from the toolbar; returns its margin item (selected, its forms open). */
async function tagClaim(page: Page, author: string) {
  await selectText(page, PASSAGE);
  await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Claim" }).click();
  const item = page.getByRole("complementary", { name: "Annotations" }).getByRole("article", {
    name: `Claim by ${author}`,
  });
  await expect.poll(() => highlightedText(page, item)).toBe(PASSAGE);
  return item;
}

test("Ctrl+Z reverses reply, tags, comment and creation one step at a time; Ctrl+Shift+Z and Ctrl+Y bring them back", async ({
  page,
}) => {
  await signUpThroughForm(page, "Step Reader");
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });
  const mine = panel.getByRole("article", { name: /by Step Reader$/ });
  const item = await tagClaim(page, "Step Reader");
  await expect(undoStatus(page, "Tagged as Claim")).toBeVisible();
  const id = await item.getAttribute("data-annotation-id");

  const comment = item.getByRole("textbox", { name: "Comment" });
  const tags = item.getByRole("textbox", { name: "Tags" });
  await comment.fill("Leverage, stated bluntly");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(undoStatus(page, "Edited the comment")).toBeVisible();
  await tags.fill("tone, power");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(undoStatus(page, "Edited the tags")).toBeVisible();
  await item.getByRole("textbox", { name: "Reply" }).fill("A second thought");
  await item.getByRole("button", { name: "Reply" }).click();
  await expect(undoStatus(page, "Replied")).toBeVisible();
  await expect(item.getByRole("list", { name: "Replies" })).toContainText("A second thought");

  // Undo, step by step: the reply, the tags, the comment, the creation.
  await page.keyboard.press("Control+z");
  await expect(undoStatus(page, "Undid: replied")).toBeVisible();
  await expect(item.getByRole("list", { name: "Replies" })).toHaveCount(0);
  await expect(item.getByText("#tone")).toBeVisible();

  await page.keyboard.press("Control+z");
  await expect(undoStatus(page, "Undid: edited the tags")).toBeVisible();
  await expect(item.getByText("#tone")).toHaveCount(0);
  await expect(tags).toHaveValue("");
  await expect(comment).toHaveValue("Leverage, stated bluntly");

  await page.keyboard.press("Control+z");
  await expect(undoStatus(page, "Undid: edited the comment")).toBeVisible();
  await expect(comment).toHaveValue("");
  await expect(mine).toHaveCount(1);

  await page.keyboard.press("Control+z");
  await expect(undoStatus(page, "Undid: tagged as Claim")).toBeVisible();
  await expect(mine).toHaveCount(0);
  await expect(undoStatus(page, "Undid: tagged as Claim").getByRole("button", { name: "Redo" })).toBeVisible();

  // Redo, in the order they were done.
  await page.keyboard.press("Control+Shift+z");
  await expect(undoStatus(page, "Redid: tagged as Claim")).toBeVisible();
  await expect(mine).toHaveCount(1);
  await expect.poll(() => highlightedText(page, item)).toBe(PASSAGE);
  await page.keyboard.press("Control+Shift+z");
  await expect(undoStatus(page, "Redid: edited the comment")).toBeVisible();
  await expect(comment).toHaveValue("Leverage, stated bluntly");
  await page.keyboard.press("Control+y");
  await expect(undoStatus(page, "Redid: edited the tags")).toBeVisible();
  await expect(item.getByText("#power")).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect(undoStatus(page, "Redid: replied")).toBeVisible();
  await expect(item.getByText("1 reply")).toBeVisible();

  // The server holds the same: the same annotation, not a "Deleted annotation" shell, everything back.
  // (Other tests' shells of their own annotations on the sample may be listed: look at this one.)
  await page.reload();
  await readerLoaded(page);
  await expect(mine).toHaveCount(1);
  await expect(panel.locator(`[data-annotation-id="${id}"]`)).toHaveAccessibleName("Claim by Step Reader");
  await expect(item.getByText("Leverage, stated bluntly")).toBeVisible();
  await expect(item.getByText("#tone")).toBeVisible();
  await expect(item.getByText("1 reply")).toBeVisible();
});

test("a delete says so with its own Undo button, and the undo its Redo button", async ({ page }) => {
  await signUpThroughForm(page, "Button Reader");
  await openSample(page);
  const mine = page.getByRole("complementary", { name: "Annotations" }).getByRole("article", {
    name: /by Button Reader$/,
  });
  const item = await tagClaim(page, "Button Reader");
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(mine).toHaveCount(0);
  const deleted = undoStatus(page, "Annotation deleted");
  await expect(deleted.getByRole("button")).toHaveText(["Undo", "Dismiss"]);
  // At the foot of the screen, seen wherever the reader deleted from.
  const box = (await deleted.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(page.viewportSize()!.height - 80);
  await deleted.getByRole("button", { name: "Undo" }).click();
  await expect(mine).toHaveCount(1);
  const undone = undoStatus(page, "Undid: annotation deleted");
  await undone.getByRole("button", { name: "Redo" }).click();
  const redone = undoStatus(page, "Redid: annotation deleted");
  await expect(redone).toBeVisible();
  await expect(mine).toHaveCount(0);
  // Dismissed, the line goes; the step stays, and Ctrl+Z still takes it back.
  await redone.getByRole("button", { name: "Dismiss" }).click();
  await expect(redone).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+z");
  await expect(mine).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(mine).toHaveCount(0);
  await page.reload();
  await readerLoaded(page);
  await expect(mine).toHaveCount(0);
});

test("undo of a create is refused once someone else has replied, and says why", async ({ page, browser }) => {
  await signUpThroughForm(page, "Shared Reader");
  await openSample(page);
  const item = await tagClaim(page, "Shared Reader");
  await item.getByRole("combobox", { name: "Visibility" }).selectOption("Everyone who can read this document");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(undoStatus(page, "Changed who sees the annotation")).toBeVisible();
  const id = await item.getAttribute("data-annotation-id");

  // Another reader replies, through the API with their own account.
  const other = await (await browser.newContext()).newPage();
  await signUpThroughForm(other, "Other Reader");
  const replied = await other.request.post(`/api/annotations/${id}/replies`, { data: { body: "Says who?" } });
  expect(replied.status()).toBe(201);
  // The reader's page learns of it live, with no reload.
  await expect(item.getByText("1 reply")).toBeVisible();

  await page.locator("body").press("Control+z");
  await expect(undoStatus(page, "Undid: changed who sees the annotation")).toBeVisible();
  await page.locator("body").press("Control+z");
  await expect(undoStatus(page, "Not undone: others have replied to this annotation")).toBeVisible();
  await expect(item).toBeVisible();
  await page.reload();
  await readerLoaded(page);
  await expect(item).toBeVisible();
  await expect(item.getByText("1 reply")).toBeVisible();
});
