import type { Locator, Page } from "@playwright/test";
import { expect } from "./test";
import { selectText } from "./reader";

/**
 * Tagging and linking passages in the reader as a user does, for specs that
 * build an argument map from annotations.
 */

/** `author` tags `text` with a kind's shortcut (Alt+1 claim … Alt+4 objection) and sees one more of their annotations. */
export async function tag(page: Page, author: string, text: string, shortcut: string) {
  const mine = page.getByRole("complementary", { name: "Annotations" }).getByRole("article", {
    name: new RegExp(`by ${author}$`),
  });
  const before = await mine.count();
  await selectText(page, text);
  await page.keyboard.press(shortcut);
  await expect(mine).toHaveCount(before + 1);
}

/** Links a margin item's annotation to the first annotation matching `search`. */
export async function link(item: Locator, search: string, relation: "Supports" | "Attacks") {
  const summary = item.getByRole("button").first();
  const dialog = item.getByRole("dialog", { name: "Link annotation" });
  const searchbox = dialog.getByRole("searchbox", { name: "Find the target" });
  // A just-made annotation may still be opening on its own: reading its state and clicking could close it again,
  // before or after Link was clicked. Open it and its dialog until the dialog shows.
  await expect(async () => {
    if ((await summary.getAttribute("aria-expanded")) !== "true") await summary.click();
    if (!(await dialog.isVisible())) await item.getByRole("button", { name: "Link" }).click({ timeout: 2_000 });
    await expect(searchbox).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await searchbox.fill(search);
  await dialog.getByRole("option").first().click();
  await dialog.getByRole("radio", { name: relation }).check();
  await dialog.getByRole("button", { name: "Link" }).click();
  await expect(dialog).toBeHidden();
}
