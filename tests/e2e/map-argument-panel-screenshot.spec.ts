import { expect, test } from "./support/test";
import { mapEditedArgument } from "./support/one-argument";

// The argument panel open beside the map, with a missing premise added and a
// scheme's questions filled, at desktop and phone width:
// docs/screenshots/map-argument-panel-{desktop,phone}.png.
test("argument panel at desktop and phone width", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const { map, panel } = await mapEditedArgument(page, "Panel Shot");
  // The panel from its top, as it opens, without the tagging's passing notice.
  const notice = page.getByRole("button", { name: "Dismiss" });
  if (await notice.count()) await notice.first().click();
  await panel.evaluate((element) => element.closest(".map-link-panel")?.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "docs/screenshots/map-argument-panel-desktop.png" });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await map.getByRole("button", { name: /^Argument: .* \+ / }).click();
  await expect(panel.getByRole("group", { name: "Critical questions" })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "docs/screenshots/map-argument-panel-phone.png" });
});
