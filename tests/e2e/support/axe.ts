import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const SCROLLABLE_REGION = "scrollable-region-focusable";

/** WCAG 2.1 A and AA, which the reader's check holds to. */
export const WCAG_21 = ["wcag2a", "wcag2aa", "wcag21aa"];
/** WCAG 2.2 A and AA (2.2 adds e.g. target size), which the classroom's check holds to. */
export const WCAG_22 = [...WCAG_21, "wcag21a", "wcag22aa"];

/**
 * axe-core's serious and critical findings on the page as it is now, one
 * line each (rule, what it says, where), so a failure reads as a to-do list.
 */
export async function seriousViolations(page: Page, tags = WCAG_21): Promise<string[]> {
  const everything = await new AxeBuilder({ page }).withTags(tags).disableRules([SCROLLABLE_REGION]).analyze();
  // The article's diagrams scroll sideways on a phone. They sit in the
  // reader's caret-browsable text, whose caret scrolls them (tested in accessibility.spec.ts),
  // which axe cannot see; every other scrollable region is still checked.
  const scrollable = await new AxeBuilder({ page })
    .withRules([SCROLLABLE_REGION])
    .exclude(".ProseMirror pre")
    .analyze();
  return [...everything.violations, ...scrollable.violations]
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(" ")}`),
    );
}
