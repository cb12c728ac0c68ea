import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample, selectText } from "./support/reader";
import { seriousViolations } from "./support/axe";

for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the reader has no serious accessibility violation at ${label} size`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signUpThroughForm(page, "Axe Reader");
    await openSample(page);
    expect(await seriousViolations(page), "the article").toEqual([]);

    await selectText(page, "knows who the boss is");
    await page.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Claim" }).click();
    const margin = page.getByRole("complementary", { name: "Annotations" });
    const claim = margin.getByRole("article", { name: "Claim by Axe Reader" });
    await claim.getByRole("textbox", { name: "Comment" }).fill("The article's first claim.");
    await claim.getByRole("button", { name: "Save" }).click();
    await expect(claim).toContainText("The article's first claim.");
    await selectText(page, "is not merely a diplomatic reconciliation");
    expect(await seriousViolations(page), "a selection, its toolbar and the margin").toEqual([]);

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await page.getByRole("button", { name: "New map" }).click();
    await expect(page.getByRole("region", { name: "Argument map" })).toBeVisible();
    expect(await seriousViolations(page), "the map").toEqual([]);
  });
}

test("a diagram wider than a phone scrolls with the keyboard: the caret moved along a line scrolls it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughForm(page, "Keyboard Reader");
  await openSample(page);
  const diagram = page.locator(".ProseMirror pre").first();
  await diagram.scrollIntoViewIfNeeded();
  expect(await diagram.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
  await diagram.evaluate((pre) => {
    const line = [...pre.textContent!.split("\n").entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    const before = pre.textContent!.split("\n").slice(0, line[0]).join("\n").length + (line[0] > 0 ? 1 : 0);
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    let offset = before;
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      if (offset <= text.data.length) {
        (pre.closest(".ProseMirror") as HTMLElement).focus();
        window.getSelection()!.collapse(text, offset);
        return;
      }
      offset -= text.data.length;
    }
  });
  expect(await diagram.evaluate((pre) => pre.scrollLeft)).toBe(0);
  await page.keyboard.press("End");
  await expect.poll(() => diagram.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
});
