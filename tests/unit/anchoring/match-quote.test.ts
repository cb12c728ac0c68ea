import { describe, expect, it } from "vitest";
import { matchQuote } from "../../../lib/anchoring/match-quote";
import { targetAt } from "../../../lib/anchoring/target-at";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { offsetsOf, sampleDoc } from "./fixtures";

const text = new TextIndex(sampleDoc()).text;

/** The target of the `nth` occurrence of `quote` in `source`. */
function targetOf(source: string, quote: string, nth = 0) {
  const { start, end } = offsetsOf(source, quote, nth);
  return targetAt(source, start, end);
}

const SENTENCE = "The White House, however, executed a sharp pivot toward diplomatic containment.";

describe("matchQuote", () => {
  it("takes the quote at its recorded offsets", () => {
    expect(matchQuote(text, targetOf(text, "White House summit"))).toEqual({ start: 515, end: 533, score: 1 });
  });

  it("takes the quote at its offsets when only its context changed, and says so in the score", () => {
    const target = targetOf(text, "White House summit");
    const changed = text.replace("—the first face-to-face meeting", "; the first in-person encounter");
    const match = matchQuote(changed, target);
    expect([match?.start, match?.end]).toEqual([515, 533]);
    expect(match?.score).toBeLessThan(0.9);
  });

  it("finds a quote that moved", () => {
    const moved = `A new opening paragraph.\n\n${text}`;
    expect(matchQuote(moved, targetOf(text, "White House summit"))).toEqual({ start: 541, end: 559, score: 1 });
  });

  it("tells a repeated phrase apart by its context", () => {
    // "knows who the boss is" is quoted twice in the sample, at 301 and 3797.
    const second = targetOf(text, "knows who the boss is", 1);
    expect(second.start).toBe(3797);
    const shifted = `Ten chars.${text}`;
    // The stale offsets point at the first occurrence; the context says the second.
    expect(matchQuote(shifted, { ...second, start: 301, end: 322 })).toEqual({ start: 3807, end: 3828, score: 1 });
    const first = targetOf(text, "knows who the boss is", 0);
    expect(matchQuote(shifted, { ...first, start: 3797, end: 3818 })).toEqual({ start: 311, end: 332, score: 1 });
  });

  it("tells a repeated phrase with identical context apart by position", () => {
    const unit = "Opening words of a paragraph that repeats. The quote we want sits right here, and then it goes on. ";
    const doubled = unit.repeat(3); // so the first two have the same 32 units of context
    const quote = "The quote we want sits right here";
    const first = targetOf(doubled, quote, 0);
    const second = targetOf(doubled, quote, 1);
    expect([first.prefix, first.suffix]).toEqual([second.prefix, second.suffix]);
    expect(matchQuote(`xyz${doubled}`, first)).toMatchObject({ start: 46, end: 79, score: 1 });
    expect(matchQuote(`xyz${doubled}`, second)).toMatchObject({ start: 145, end: 178, score: 1 });
  });

  it("re-anchors a sentence-long quote with one word changed", () => {
    const target = targetOf(text, SENTENCE);
    expect([target.start, target.end]).toEqual([1542, 1621]);
    const edited = text.replace("a sharp pivot", "a sudden pivot");
    const match = matchQuote(edited, target);
    expect(edited.slice(match?.start, match?.end)).toBe(SENTENCE.replace("sharp", "sudden"));
    expect([match?.start, match?.end]).toEqual([1542, 1622]);
    expect(match?.score).toBeCloseTo((74 + 64) / 143, 6); // five edits in 79 units, context intact
  });

  it("re-anchors an edited quote whose old offsets are far off, searching the whole text", () => {
    const target = targetOf(text, SENTENCE);
    const edited = text.replace("a sharp pivot", "a sudden pivot");
    const match = matchQuote(edited, { ...target, start: 7000, end: 7079 }, { window: 100 });
    expect([match?.start, match?.end]).toEqual([1542, 1622]);
  });

  it("prefers, among near matches, the one whose context agrees", () => {
    const quote = "the committee approved the revised budget";
    const near = (word: string, before: string, after: string) => `${before} ${quote.replace("budget", word)} ${after}`;
    const variants = [
      near("budgel", "In March, after a long and bitter public debate,", "and the mayor left the room."),
      near("budgat", "Late on Tuesday, with most of the members absent,", "and nobody noticed for a week."),
      near("budgel", "On the first of June, to general surprise,", "and the press applauded loudly."),
    ];
    const source = variants.join("\n\n");
    // The target was described on the second sentence, before its typo.
    const original = variants[1].replace("budgat", "budget");
    const described = targetOf(original, quote);
    const target = { ...described, start: 10, end: 10 + quote.length }; // stale offsets point at the first
    const match = matchQuote(source, target);
    const second = offsetsOf(source, quote.replace("budget", "budgat"));
    expect(match).toMatchObject(second);
  });

  it("prefers the edited passage in its own context to an exact copy of the quote elsewhere", () => {
    const before = "Because the council had already voted twice on it, ";
    const after = " was the only item left on the agenda that evening.";
    const copy = "Elsewhere in town, somebody painted the new bridge over the canal a bright green. ";
    const source = `${copy}${before}the new brigde${after}`;
    const target = {
      exact: "the new bridge",
      prefix: before.slice(-32),
      suffix: after.slice(0, 32),
      start: 90,
      end: 104,
    };
    const match = matchQuote(source, target);
    expect(match).toMatchObject(offsetsOf(source, "the new brigde"));
    expect(match?.score).toBeGreaterThan(0.9);
  });

  it("prefers the passage edited in place to an intact copy of it kilobytes away", () => {
    // A document that repeats itself: the same paragraph twice, 3,000 units apart.
    const paragraph = text.slice(1326 + 20, 1326 + 600);
    const original = `${paragraph}\n\n${"filler text ".repeat(250)}\n\n${paragraph}`;
    const target = targetOf(original, SENTENCE, 1);
    const edited = original.slice(0, target.start) + SENTENCE.replace("sharp", "shaRp") + original.slice(target.end);
    expect(matchQuote(edited, target)).toMatchObject({ start: target.start, end: target.end });
    // Intact, the nearer copy is the one described.
    expect(matchQuote(original, { ...target, start: target.start - 40, end: target.end - 40 })).toMatchObject({
      start: target.start,
    });
  });

  it("weighs edits against distance: a perfect match far off beats a poor one near, a fair one near wins", () => {
    const quote = "the committee approved the revised budget for next year";
    const [before, after] = [
      "After a long and bitter public debate on Monday, ",
      " and the mayor left the room at once.",
    ];
    const far = `${"Unrelated filler sentence here. ".repeat(200)}${before}${quote}${after}`;
    const target = {
      exact: quote,
      prefix: before.slice(-32),
      suffix: after.slice(0, 32),
      start: before.length,
      end: 0,
    };
    target.end = target.start + quote.length;
    // Eight edits near the old offsets cost more than a 6,400-unit move (log2(101) ≈ 6.7).
    const poor = `${before}the committee approves a revised budget for the next year${after}\n\n${far}`;
    const farStart = poor.lastIndexOf(quote);
    expect(matchQuote(poor, target)).toMatchObject({ start: farStart, end: farStart + quote.length, score: 1 });
    // Three edits do not.
    const fair = `${before}the committee approvd the revised budgets for nexx year${after}\n\n${far}`;
    expect(matchQuote(fair, target)).toMatchObject({ start: before.length, end: before.length + quote.length });
  });

  it("cuts an edited quote inside a rule of dashes where its context says", () => {
    const rule = `+${"-".repeat(67)}+`;
    const original = `rooted in material dependency.\n\n${rule}\n|      UNITED STATES (Patron)      |`;
    const start = original.indexOf("+") + 17;
    const target = targetAt(original, start, start + 22);
    expect(target.exact).toBe("-".repeat(22));
    // Letters typed into the quote's rule, two units in and near its end.
    const edited = `${original.slice(0, start + 2)}s${original.slice(start + 2, start + 20)}a${original.slice(start + 20)}`;
    expect(matchQuote(edited, target)).toMatchObject({ start, end: start + 24 });
  });

  it("returns null when the quote's words are gone, rather than a place that resembles it", () => {
    const target = targetOf(text, "The US calculation prioritizes global energy supply stabilization");
    const rewritten = text.replace(
      "The US calculation prioritizes global energy supply stabilization",
      "Washington's worry is mostly the oil markets' volatility this year",
    );
    expect(matchQuote(rewritten, target)).toBeNull();
  });

  it("returns null for a short quote whose passage is gone, although the word occurs elsewhere", () => {
    const target = targetOf(text, "regarding Iran.");
    const iran = { ...target, exact: "Iran", start: target.start + 10, end: target.start + 14 };
    iran.prefix = text.slice(iran.start - 32, iran.start);
    iran.suffix = text.slice(iran.end, iran.end + 32);
    expect(matchQuote(text, iran)).toMatchObject({ start: 1022, end: 1026, score: 1 });
    const gone = text.replace("diplomatic priorities regarding Iran.", "diplomatic priorities regarding Syria.");
    expect(gone.split("Iran").length - 1).toBe(9);
    expect(matchQuote(gone, iran)).toBeNull();
  });

  it("honours minScore", () => {
    const target = targetOf(text, SENTENCE);
    const edited = text.replace("a sharp pivot", "a sudden pivot");
    expect(matchQuote(edited, target, { minScore: 0.99 })).toBeNull();
    expect(matchQuote(edited, target, { minScore: 0.95 })).not.toBeNull();
  });

  it("returns null for an empty quote or an empty text", () => {
    expect(matchQuote(text, { exact: "", prefix: "", suffix: "", start: 0, end: 1 })).toBeNull();
    expect(matchQuote("", targetOf(text, SENTENCE))).toBeNull();
  });
});
