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
