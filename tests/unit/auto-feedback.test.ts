import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AutoFeedback } from "@/app/assignments/_feedback/auto-feedback";
import { compareMaps } from "@/lib/classroom/compare-maps";
import { EMPTY_MAP_GRAPH } from "@/lib/validation/argument-map";
import { patronageMap, SAMPLE_ARTICLE } from "@/tests/fixtures/classroom/patronage-reference";

/** The presentational panel shows the score, the counts in words and each sentence with the nodes it is about. */
describe("AutoFeedback", () => {
  const reference = patronageMap(SAMPLE_ARTICLE);

  it("lists every difference of an empty map under a named list, with the score and counts", () => {
    const feedback = compareMaps(reference, { graph: EMPTY_MAP_GRAPH, anchors: {} }, SAMPLE_ARTICLE);
    const html = renderToStaticMarkup(createElement(AutoFeedback, { feedback }));
    expect(html).toContain("Suggested score: <strong>0</strong> / 100");
    expect(html).toContain("0 found, 8 missed, 0 extra");
    expect(html).toContain("0 right, 0 reversed, 0 of the wrong type, 7 missing");
    expect(html).toContain('aria-label="Differences from the reference map"');
    expect(html.match(/<li /g)).toHaveLength(8);
    expect(html).toContain('data-reference-node="claim"');
    expect(html).toContain("You did not find &#x27;The friction between");
  });

  it("says there is nothing to add for an exact match", () => {
    const feedback = compareMaps(reference, reference, SAMPLE_ARTICLE);
    const html = renderToStaticMarkup(createElement(AutoFeedback, { feedback, headingLevel: 3 }));
    expect(html).toContain('<h3 id="auto-feedback-heading">Auto-feedback</h3>');
    expect(html).toContain("No differences from the reference map.");
    expect(html).not.toContain("<li");
  });
});
