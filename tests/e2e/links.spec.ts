import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { openSample, readerLoaded, selectRange, selectText } from "./support/reader";

const EVIDENCE =
  "The White House explicitly pressured Jerusalem to accept a framework agreement requiring an initial military withdrawal from southern Lebanon.";
const QUESTION = "Netanyahu will likely accept nominal rhetorical constraints regarding Lebanon";
const CLAIM =
  "the upcoming summit will likely yield a highly transactional compromise rather than a unified strategic vision";

function margin(page: Page) {
  return page.getByRole("complementary", { name: "Annotations" });
}

async function tag(page: Page, text: string, shortcut: string, name: string) {
  await selectText(page, text);
  await page.keyboard.press(shortcut);
  const item = margin(page).getByRole("article", { name });
  await expect(item).toBeVisible();
  return item;
}

/** Opens the link dialog of a margin item's annotation. */
async function startLink(item: Locator) {
  const summary = item.getByRole("button").first();
  const link = item.getByRole("button", { name: "Link", exact: true });
  // A new annotation's item may open by itself (it is selected) just after
  // it was found closed, and the click then closes it: open until it shows.
  await expect(async () => {
    if ((await summary.getAttribute("aria-expanded")) !== "true") await summary.click();
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await link.click();
  return item.getByRole("dialog", { name: "Link annotation" });
}

/** The highlight of a margin item's annotation in the text (its first piece). */
async function highlightOf(page: Page, item: Locator) {
  const id = await item.getAttribute("data-annotation-id");
  return page.locator(`.ProseMirror [data-annotation-ids~="${id}"]`).first();
}

test("a question links like any other kind; links show as chips with relation and direction, and linked passages carry a mark", async ({
  page,
}) => {
  await signUpThroughForm(page, "Link Maker");
  await openSample(page);
  // A copy of its own: other tests' annotations shared with everyone on the
  // sample (the classroom's seeded class tags these very passages) would lie
  // over the highlights this test clicks.
  await page.getByRole("button", { name: "Make a copy" }).click();
  await expect(page.getByText("Your document")).toBeVisible();
  await readerLoaded(page);
  const evidence = await tag(page, EVIDENCE, "Alt+3", "Evidence by Link Maker");
  const question = await tag(page, QUESTION, "Alt+5", "Question by Link Maker");

  // Pick the question by clicking its highlight, with text still selected in
  // the article: the click used to be ignored then, so the question could not
  // be picked as a target.
  const dialog = await startLink(evidence);
  await selectRange(page, "Netanyahu will likely accept");
  await (await highlightOf(page, question)).click();
  await expect(dialog.getByRole("option", { selected: true })).toHaveText(`Question ${QUESTION}`);
  await dialog.getByRole("radio", { name: "Supports" }).check();
  await dialog.getByRole("button", { name: "Link", exact: true }).click();
  await expect(dialog).toBeHidden();

  // Each end says the relation and its direction in words and a symbol, not colour alone.
  const evidenceLinks = evidence.getByRole("list", { name: "Links" });
  const questionLinks = question.getByRole("list", { name: "Links" });
  await expect(evidenceLinks.getByRole("listitem")).toHaveText([/^✓\s*Supports\s*→\s*Netanyahu will likely accept/]);
  await expect(questionLinks.getByRole("listitem")).toHaveText([/^✓\s*Supported by\s*←\s*The White House explicitly/]);

  // The text shows that both passages are linked, once each, and says so to assistive tech.
  await expect(page.locator(".ProseMirror .annotation-link-mark")).toHaveCount(2);
  const mark = page.locator(".ProseMirror .annotation-link-mark").first();
  expect(await mark.evaluate((span) => getComputedStyle(span, "::after").content)).not.toMatch(/^(none|normal)$/);
  await expect(await highlightOf(page, question)).toHaveAttribute(
    "title",
    /linked: supported by “The White House explicitly/,
  );

  // A chip is a button that goes to the annotation at its other end.
  await evidenceLinks.getByRole("button", { name: /^Supports\b.*Netanyahu will likely accept/ }).click();
  await expect(question.getByRole("button").first()).toHaveAttribute("aria-expanded", "true");

  // An undercut needs a reason to undercut: the dialog says so before anything is sent.
  const claim = await tag(page, CLAIM, "Alt+1", "Claim by Link Maker");
  const claimDialog = await startLink(claim);
  await claimDialog.getByRole("searchbox", { name: "Find the target" }).fill("White House");
  await claimDialog.getByRole("option").first().click();
  await claimDialog.getByRole("radio", { name: "Undercuts" }).check();
  await expect(claimDialog.getByRole("status")).toContainText("Nothing supports it yet");
  await expect(claimDialog.getByRole("button", { name: "Link", exact: true })).toBeDisabled();
  await claimDialog.getByRole("searchbox", { name: "Find the target" }).fill("Netanyahu");
  await claimDialog.getByRole("option").first().click();
  await claimDialog.getByRole("button", { name: "Link", exact: true }).click();
  await expect(claimDialog).toBeHidden();
  await expect(claim.getByRole("list", { name: "Links" }).getByRole("listitem")).toHaveText([
    /^↯\s*Undercuts a reason for\s*→\s*Netanyahu will likely accept/,
  ]);
  await expect(questionLinks.getByRole("listitem")).toHaveText([
    /^✓\s*Supported by\s*←\s*The White House/,
    /^↯\s*A reason for it undercut by\s*←\s*the upcoming summit/,
  ]);
});
