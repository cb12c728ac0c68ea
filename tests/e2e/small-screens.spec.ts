import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample, SAMPLE_TITLE, selectText } from "./support/reader";

const CLAIM =
  "the upcoming summit will likely yield a highly transactional compromise rather than a unified strategic vision";
const EVIDENCE = "Netanyahu will likely accept nominal rhetorical constraints regarding Lebanon";

/** How far the page scrolls sideways: nothing may stick out of a narrow screen. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("on a phone, with touch", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("annotate, link and map the sample, one view at a time, nothing scrolling sideways", async ({ page }) => {
    await signUpThroughForm(page, "Pocket Reader");
    await openSample(page);
    expect(await sidewaysOverflow(page)).toBe(0);
    const drawerButton = page.getByRole("button", { name: /^Annotations \(\d+\)$/ });
    const margin = page.getByRole("complementary", { name: "Annotations" });
    await expect(margin).toBeHidden();
    // Others' annotations shared with everyone count too.
    const before = Number((await drawerButton.textContent())!.match(/\d+/)![0]);

    // Tagging opens the margin as a sheet on the new annotation, with its form.
    await selectText(page, CLAIM);
    const toolbar = page.getByRole("toolbar", { name: "Annotate selection" });
    const toolbarBox = (await toolbar.boundingBox())!;
    expect(toolbarBox.x).toBeGreaterThanOrEqual(0);
    expect(toolbarBox.x + toolbarBox.width).toBeLessThanOrEqual(390);
    await toolbar.getByRole("button", { name: "Claim" }).tap();
    await expect(margin).toBeVisible();
    const claim = margin.getByRole("article", { name: "Claim by Pocket Reader" });
    await claim.getByRole("textbox", { name: "Comment" }).fill("The article's main claim.");
    await claim.getByRole("button", { name: "Save" }).tap();
    await expect(claim).toContainText("The article's main claim.");
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Close annotations" }).tap();
    await expect(margin).toBeHidden();
    await expect(drawerButton).toHaveText(`Annotations (${before + 1})`);

    await selectText(page, EVIDENCE);
    await toolbar.getByRole("button", { name: "Evidence" }).tap();
    const evidence = margin.getByRole("article", { name: "Evidence by Pocket Reader" });
    await expect(evidence).toBeVisible();
    await evidence.getByRole("button", { name: "Link" }).tap();
    const dialog = evidence.getByRole("dialog", { name: "Link annotation" });
    await dialog.getByRole("searchbox", { name: "Find the target" }).fill("transactional");
    await dialog.getByRole("option").first().tap();
    await dialog.getByRole("radio", { name: "Supports" }).check();
    await dialog.getByRole("button", { name: "Link" }).tap();
    await expect(evidence.getByRole("list", { name: "Links" }).getByRole("listitem")).toHaveCount(1);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Close annotations" }).tap();

    // The map takes the whole screen; Text brings the article back.
    await page.getByRole("button", { name: "Map", exact: true }).tap();
    const map = page.getByRole("region", { name: "Argument map" });
    await expect(map.locator(".react-flow__node-statement")).toHaveCount(2);
    await expect(map.locator(".react-flow__edge")).toHaveCount(1);
    const article = page.getByRole("document", { name: SAMPLE_TITLE });
    await expect(article).toBeHidden();
    const mapBox = (await map.boundingBox())!;
    expect(mapBox.width).toBeGreaterThan(300);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Text", exact: true }).tap();
    await expect(article).toBeVisible();
    await expect(map).toBeHidden();
  });

  test("tapping a highlight opens the margin on its annotation", async ({ page }) => {
    await signUpThroughForm(page, "Pocket Reader");
    await openSample(page);
    await selectText(page, EVIDENCE);
    await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Evidence" }).tap();
    await page.getByRole("button", { name: "Close annotations" }).tap();
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.locator(".annotation-evidence").first().tap();
    const margin = page.getByRole("complementary", { name: "Annotations" });
    await expect(margin.getByRole("article", { name: "Evidence by Pocket Reader" })).toBeVisible();
  });
});

for (const width of [320, 768]) {
  test(`nothing scrolls sideways at ${width} px, with the margin open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signUpThroughForm(page, "Narrow Reader");
    await openSample(page);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole("button", { name: /^Annotations \(\d+\)$/ }).click();
    const margin = page.getByRole("complementary", { name: "Annotations" });
    await expect(margin).toBeVisible();
    const box = (await margin.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.keyboard.press("Escape");
    await expect(margin).toBeHidden();
  });
}
