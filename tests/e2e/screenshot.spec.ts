import { expect, test } from "@playwright/test";
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
