import type { Page } from "@playwright/test";
import { signUpThroughForm } from "./accounts";
import { link, tag } from "./argument-links";
import { openSample } from "./reader";
import { expect } from "./test";

export const CLAIM =
  "the upcoming summit will likely yield a highly transactional compromise rather than a unified strategic vision";
export const EVIDENCE =
  "The White House explicitly pressured Jerusalem to accept a framework agreement requiring an initial military withdrawal from southern Lebanon.";

/**
 * A new reader `author` tags a claim and a piece of evidence on the sample,
 * links the evidence as supporting the claim, and opens the Map view: one
 * argument, drawn as one arrow. Returns the map's region.
 */
export async function mapOneArgument(page: Page, author: string) {
  await signUpThroughForm(page, author);
  await openSample(page);
  await tag(page, author, CLAIM, "Alt+1");
  await tag(page, author, EVIDENCE, "Alt+3");
  const margin = page.getByRole("complementary", { name: "Annotations" });
  await link(margin.getByRole("article", { name: `Evidence by ${author}` }), "transactional", "Supports");
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(2);
  return map;
}

/**
 * `mapOneArgument`, then through the argument's panel: adds a missing
 * premise, picks Argument from Expert Opinion, answers its first critical
 * question and raises the sixth as an objection, fits the map to the view,
 * and waits for it to be saved with its four statements. Returns the map's region and the
 * panel, still open.
 */
export async function mapEditedArgument(page: Page, author: string) {
  const map = await mapOneArgument(page, author);
  await map.getByRole("button", { name: /^Argument: / }).click();
  const panel = map.getByRole("region", { name: "Argument" });
  await panel.getByLabel("Missing premise").fill("Washington's pressure decides what Jerusalem accepts.");
  await panel.getByRole("button", { name: "Add missing premise" }).click();
  await panel.getByRole("combobox", { name: "Scheme" }).selectOption({ label: "Argument from Expert Opinion" });
  const questions = panel.getByRole("group", { name: "Critical questions" });
  await questions.getByRole("combobox", { name: "Answer" }).first().selectOption("Answered");
  await questions.getByRole("listitem").nth(5).getByRole("button", { name: "Raise as objection" }).click();
  // The map draws only the boxes in view (map-canvas.tsx), and the new layout can leave one outside.
  await map.getByRole("button", { name: "Fit map" }).click();
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(4);
  await expect(map.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  return { map, panel };
}
