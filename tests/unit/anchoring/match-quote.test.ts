import { describe, expect, it } from "vitest";
import { MatchBudget } from "../../../lib/anchoring/match-budget";
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

describe("matchQuote's shortcut for a quote still in place", () => {
  it("places a quote still at its offsets, context and all, without any search work", () => {
    const target = targetOf(text, "White House summit");
    const budget = new MatchBudget();
    expect(matchQuote(text, target, { budget })).toEqual({ start: 515, end: 533, score: 1 });
    expect(budget.spent).toBe(0);
  });

  it("takes the shortcut when the context reaches the very start and end of the text", () => {
    const target = { prefix: "Dear ", exact: "John", suffix: ", hello.", start: 5, end: 9 };
    const budget = new MatchBudget();
    expect(matchQuote("Dear John, hello.", target, { budget })).toEqual({ start: 5, end: 9, score: 1 });
    expect(budget.spent).toBe(0);
  });

  it("does not take the quote at its offsets as unchanged when its prefix no longer fits before it", () => {
    // Stale offsets: 3…8 holds the quote, but with only "ha " before it; 6…11 has its whole prefix.
    const target = { prefix: "ha ha ", exact: "ha ha", suffix: "", start: 3, end: 8 };
    expect(matchQuote("ha ha ha ha", target)).toEqual({ start: 6, end: 11, score: 1 });
  });

  it("does not trust offsets whose span differs from the quote's length", () => {
    // The recorded end is one short, and the suffix holds there: still searched for.
    const target = { prefix: "Dear ", exact: "Johnn", suffix: "n, hello.", start: 5, end: 9 };
    expect(matchQuote("Dear Johnn, hello.", target)).toMatchObject({ start: 5, end: 10 });
  });

  it("scores the quote at its offsets by the edits its context needs", () => {
    const target = targetOf(text, "White House summit");
    // One letter of the 32-unit suffix changed.
    const changed = text.slice(0, target.end + 5) + "X" + text.slice(target.end + 6);
    expect(matchQuote(changed, target)).toEqual({ start: 515, end: 533, score: 1 - 1 / (18 + 64) });
  });

  it("accepts the quote at its offsets whatever its score when all its context changed", () => {
    const target = { prefix: "In the morning, ", exact: "the vote", suffix: " was held at last.", start: 16, end: 24 };
    const rewritten = "Nobody expected the vote to pass so narrowly.";
    expect(rewritten.slice(16, 24)).toBe("the vote");
    const match = matchQuote(rewritten, target);
    expect(match).toMatchObject({ start: 16, end: 24 });
    expect(match?.score).toBeLessThan(0.7);
  });
});

describe("matchQuote's search", () => {
  it("accepts a candidate that scores exactly minScore", () => {
    const target = targetOf(text, SENTENCE);
    const edited = text.replace("a sharp pivot", "a sudden pivot");
    const { score } = matchQuote(edited, target) ?? { score: NaN };
    expect(matchQuote(edited, target, { minScore: score })).toMatchObject({ start: 1542, end: 1622, score });
  });

  it("searches only near the old offsets for a quote edited there: the work does not grow with the text", () => {
    const target = targetOf(text, SENTENCE);
    const edited = text.replace("a sharp pivot", "a sudden pivot");
    const [short, long] = [new MatchBudget(), new MatchBudget()];
    expect(matchQuote(edited, target, { budget: short })).toMatchObject({ start: 1542, end: 1622 });
    expect(matchQuote(edited + text.repeat(10), target, { budget: long })).toMatchObject({ start: 1542, end: 1622 });
    expect(long.spent).toBe(short.spent);
  });

  it("searches around a quote kept at its offsets only as far as a cheaper candidate could lie, whatever the window", () => {
    const target = targetOf(text, "White House summit");
    // One letter of its suffix changed: anything farther than 64 units would cost more than that edit.
    const changed = text.slice(0, target.end + 5) + "X" + text.slice(target.end + 6);
    const [narrow, wide] = [new MatchBudget(), new MatchBudget()];
    const expected = { start: 515, end: 533, score: 1 - 1 / (18 + 64) };
    expect(matchQuote(changed, target, { budget: narrow })).toEqual(expected);
    expect(matchQuote(changed, target, { budget: wide, window: Infinity })).toEqual(expected);
    expect(wide.spent).toBe(narrow.spent);
  });

  it("with a window of 0, still searches the whole text once nothing is found at the old offsets", () => {
    const target = targetOf(text, "White House summit");
    expect(matchQuote(`A new opening paragraph.\n\n${text}`, target, { window: 0 })).toEqual({
      start: 541,
      end: 559,
      score: 1,
    });
  });

  it("finds a quote that moved to the very end of the text, searched from the start", () => {
    const target = { prefix: "", exact: "the closing words", suffix: "", start: 0, end: 17 };
    const moved = `${"Some other text comes first here. ".repeat(100)}the closing words`;
    expect(matchQuote(moved, target, { window: 16 })).toEqual({
      start: moved.length - 17,
      end: moved.length,
      score: 1,
    });
  });

  it("of two equally good copies equally far either side of the old offsets, takes the first", () => {
    const copy = "the same words";
    const between = " and in the middle, ";
    const twice = `${copy}${between}${copy}`;
    const middle = (copy.length + between.length) / 2; // halfway between the two starts
    const target = { prefix: "", exact: copy, suffix: "", start: middle, end: middle + copy.length };
    expect(matchQuote(twice, target)).toEqual({ start: 0, end: copy.length, score: 1 });
  });

  it("on equal cost prefers the nearer candidate, and never a nearer one that costs more", () => {
    const [prefix, quote, suffix] = ["(see ", "zebra crossing quota", " here)"];
    const near = 3000;
    const target = { prefix, exact: quote, suffix, start: near, end: near + quote.length };
    /** The sample with the quote, in context, 192 units before its old offsets, and 64 after with `suffixThere`. */
    const withCopies = (suffixThere: string) => {
      const farther = near - 192 - prefix.length;
      const nearer = near + 64 - prefix.length;
      const before = text.slice(0, farther) + prefix + quote + suffix;
      return before + text.slice(before.length, nearer) + prefix + quote + suffixThere + text.slice(nearer + 31);
    };
    // Moving 192 units costs two edits (log2(1 + 192 / 64)), moving 64 one.
    expect(matchQuote(withCopies(" hero)"), target)).toMatchObject({ start: near + 64 });
    expect(matchQuote(withCopies(" hexo)"), target)).toMatchObject({ start: near - 192 });
  });

  it("lets an error other than a spent budget through, rather than reporting the quote as not placed", () => {
    expect(() => matchQuote(undefined as unknown as string, targetOf(text, SENTENCE))).toThrow(TypeError);
  });
});

describe("matchQuote ignoring whitespace", () => {
  it("finds a quote whose runs of whitespace differ from the text's", () => {
    // A row of a figure, quoted with its runs of spaces; the text now has single spaces.
    const target = { prefix: "Row: ", exact: "A    B    C    D    E    F", suffix: " end.", start: 5, end: 31 };
    const source = "Some words. Row: A B C D E F end. More words.";
    expect(matchQuote(source, target)).toMatchObject({ start: 17, end: 28 });
  });

  it("accepts the quote at its offsets, whitespace aside, whatever its score when its context changed", () => {
    const target = {
      prefix: "Column header: ",
      exact: "A    B    C    D    E    F",
      suffix: " and then more.",
      start: 5,
      end: 31,
    };
    const match = matchQuote("Row: A B C D E F end.", target);
    expect(match).toMatchObject({ start: 5, end: 16 });
    expect(match?.score).toBeLessThan(0.7);
  });

  it("does not place a quote of whitespace alone on some other space", () => {
    const target = { prefix: "Name:", exact: "    ", suffix: "Alice", start: 5, end: 9 };
    expect(matchQuote("Name: Alice", target)).toBeNull();
  });
});
