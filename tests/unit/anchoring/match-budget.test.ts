import { describe, expect, it } from "vitest";
import {
  MatchBudget,
  MAX_APPROXIMATE_QUOTE,
  QUOTE_WORK_LIMIT,
  WorkBudgetExceeded,
  WorkMeter,
} from "../../../lib/anchoring/match-budget";
import { matchQuote } from "../../../lib/anchoring/match-quote";

// Approximate matching must stay bounded whatever the text: a long quote
// against a long stretch of text that nearly matches it everywhere gave
// Myers' search tens of thousands of equally good match ends, each costing
// a reverse search as long as the quote (22 s for the case below).

/** A 3,000-unit quote with one edit, described at offset 100 of 40,000 units of "a". */
function nearMatchingCase() {
  const exact = `${"a".repeat(1500)}b${"a".repeat(1499)}`;
  const text = "a".repeat(40_000);
  const target = { exact, prefix: "a".repeat(32), suffix: "a".repeat(32), start: 100, end: 100 + exact.length };
  return { text, target };
}

/** A 1,599-unit quote with one edit, described 390,000 units into 400,000 units of "abab…". */
function periodicCase() {
  const exact = `${"ab".repeat(400)}c${"ab".repeat(399)}`;
  const text = "ab".repeat(200_000);
  return [text, { exact, prefix: "", suffix: "", start: 390_000, end: 390_000 + exact.length }] as const;
}

describe("matchQuote's work bounds", () => {
  it("bounds the work of a 3,000-unit quote against 40,000 units of near-matching text", () => {
    const { text, target } = nearMatchingCase();
    const budget = new MatchBudget();
    const started = performance.now();
    matchQuote(text, target, { budget });
    // Generous: it took 22 s unbounded; the bound is a fraction of a second.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.spent).toBeLessThanOrEqual(QUOTE_WORK_LIMIT);
  });

  it("bounds the work of a quote just under the length cap against near-matching text", () => {
    const exact = `${"a".repeat(MAX_APPROXIMATE_QUOTE / 2)}b${"a".repeat(MAX_APPROXIMATE_QUOTE / 2 - 1)}`;
    const { text, target } = nearMatchingCase();
    const budget = new MatchBudget();
    const started = performance.now();
    matchQuote(text, { ...target, exact, end: target.start + exact.length }, { budget });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.spent).toBeLessThanOrEqual(QUOTE_WORK_LIMIT);
  });

  it("bounds the work of a quote searched through a whole text of near matches", () => {
    // Old offsets far off, a quote under the length cap: the search spreads to the whole text.
    const budget = new MatchBudget();
    matchQuote(...periodicCase(), { budget, window: 16 });
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.spent).toBeLessThanOrEqual(QUOTE_WORK_LIMIT);
  });

  it("still finds a long quote verbatim, but matches approximately only up to MAX_APPROXIMATE_QUOTE units", () => {
    const words = Array.from({ length: 1200 }, (_, i) => `word${i}`).join(" ");
    const text = `Some opening words. ${words} And the end.`;
    const start = text.indexOf("word0");
    const exact = words.slice(0, MAX_APPROXIMATE_QUOTE + 100);
    const target = { exact, prefix: "", suffix: "", start: start + 5, end: start + 5 + exact.length };
    expect(matchQuote(text, target)).toMatchObject({ start, end: start + exact.length });
    const edited = text.replace("word7 ", "wordX ");
    expect(matchQuote(edited, target)).toBeNull();
    const shorter = { ...target, exact: words.slice(0, 500), end: target.start + 500 };
    expect(matchQuote(edited, shorter)).toMatchObject({ start });
  });

  it("gives up quotes once a shared budget is spent, and counts them", () => {
    const [text, target] = periodicCase();
    const budget = new MatchBudget(QUOTE_WORK_LIMIT);
    const targets = Array.from({ length: 5 }, () => target);
    const matches = targets.map((each) => matchQuote(text, each, { budget, window: 16 }));
    expect(budget.gaveUp).toBeGreaterThan(0);
    expect(matches.slice(-1)).toEqual([null]);
    expect(budget.spent).toBeLessThanOrEqual(QUOTE_WORK_LIMIT);
  });

  it("counts no quote given up when the work fits", () => {
    const budget = new MatchBudget();
    const text = "The quick brown fox jumps over the lazy dog. ".repeat(50);
    const target = { exact: "quick brovn fox", prefix: "The ", suffix: " jumps", start: 4, end: 19 };
    expect(matchQuote(text, target, { budget })).toMatchObject({ start: 4, end: 19 });
    expect(budget.gaveUp).toBe(0);
    expect(budget.spent).toBeGreaterThan(0);
  });
});

describe("WorkMeter", () => {
  it("lets a search spend exactly its limit, and stops it at the first unit beyond", () => {
    const meter = new WorkMeter(10);
    meter.charge(4);
    meter.charge(6);
    expect(meter.spent).toBe(10);
    expect(() => meter.charge(1)).toThrow(WorkBudgetExceeded);
    expect(meter.spent).toBe(11);
  });

  it("stops a search with an error that names itself and says why", () => {
    expect(() => new WorkMeter(0).charge(1)).toThrow(/budget .* spent/);
    expect(new WorkBudgetExceeded().name).toBe("WorkBudgetExceeded");
  });
});
