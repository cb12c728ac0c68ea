import { expect, test } from "@playwright/test";
import { signUpThroughForm } from "./support/accounts";

// `npm run screenshot` refreshes the README's picture of Warrant at work.
test("README screenshot: the sample article in the reader", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await signUpThroughForm(page, "Ada Reader");
  await page.getByRole("list", { name: "Documents" }).getByRole("link").first().click();
  const article = page.getByRole("document");
  await expect(article.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshot.png" });
});
