import { describe, expect, it } from "vitest";
import { MAX_APPROXIMATE_QUOTE, WorkMeter } from "../../../lib/anchoring/match-budget";
import {
  approximateCandidates,
  contextualCandidates,
  errorBudget,
  exactCandidates,
} from "../../../lib/anchoring/quote-candidates";
import { offsetsOf, seededRandom } from "./fixtures";

// Where a quote might be (quote-candidates.ts): what matchQuote then judges.

/** A meter that never runs out. */
function meter(): WorkMeter {
  return new WorkMeter(Number.MAX_SAFE_INTEGER);
}

/** `length` random lowercase letters: text in which no quote occurs by chance. */
function letters(length: number, seed: number): string {
  const random = seededRandom(seed);
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
}

/** `text` with `part` written over it at `at`. */
function overwrite(text: string, at: number, part: string): string {
  return text.slice(0, at) + part + text.slice(at + part.length);
}

/** `quote` with its unit at `at` replaced by "Z": one edit. */
function typo(quote: string, at: number): string {
  return overwrite(quote, at, "Z");
}

/** A target of `exact` between `prefix` and `suffix`; its offsets do not matter here. */
function described(prefix: string, exact: string, suffix: string) {
  return { prefix, exact, suffix, start: 0, end: 0 };
}

describe("errorBudget", () => {
  it("allows a quarter of the quote's length in edits, none under four units", () => {
    expect([0, 3, 4, 7, 8, 100].map(errorBudget)).toEqual([0, 0, 1, 1, 2, 25]);
  });

  it("allows at most 256 edits, up to MAX_APPROXIMATE_QUOTE units inclusive, and none beyond", () => {
    expect(errorBudget(1024)).toBe(256);
    expect(errorBudget(MAX_APPROXIMATE_QUOTE)).toBe(256);
    expect(errorBudget(MAX_APPROXIMATE_QUOTE + 1)).toBe(0);
  });
});

describe("exactCandidates", () => {
  const text = "one quote, two quote, three quote";

  it("finds every occurrence in the whole text", () => {
    expect(exactCandidates(text, "quote", 0, text.length, meter())).toEqual([
      { start: 4, end: 9, errors: 0 },
      { start: 15, end: 20, errors: 0 },
      { start: 28, end: 33, errors: 0 },
    ]);
  });

  it("finds only the occurrences lying wholly within from…to, at their offsets in the whole text", () => {
    expect(exactCandidates(text, "quote", 0, 20, meter())).toEqual([
      { start: 4, end: 9, errors: 0 },
      { start: 15, end: 20, errors: 0 },
    ]);
    expect(exactCandidates(text, "quote", 5, text.length, meter())).toEqual([
      { start: 15, end: 20, errors: 0 },
      { start: 28, end: 33, errors: 0 },
    ]);
    expect(exactCandidates(text, "quote", 14, 21, meter())).toEqual([{ start: 15, end: 20, errors: 0 }]);
  });

  it("charges a unit per 32 units of the range searched, and per 32 units of each occurrence", () => {
    const quote = "q".repeat(40);
    const long = `${"-".repeat(30)}${quote}${"-".repeat(30)}${quote}`;
    const charged = meter();
    exactCandidates(long, quote, 10, 74, charged); // 64 units, holding one occurrence
    expect(charged.spent).toBe(2 + 2);
    const whole = meter();
    exactCandidates(long, quote, 0, long.length, whole); // 140 units, two occurrences
    expect(whole.spent).toBe(5 + 2 * 2);
  });
});

describe("approximateCandidates", () => {
  const background = letters(4000, 2);
  const quote = letters(12, 1); // three edits allowed

  it("finds a quote with an edit, with the number of edits", () => {
    const text = overwrite(background, 500, typo(quote, 5));
    expect(approximateCandidates(text, quote, 0, text.length, meter())).toEqual([{ start: 500, end: 512, errors: 1 }]);
  });

  it("finds nothing for a quote under four units or over MAX_APPROXIMATE_QUOTE, even where it occurs", () => {
    const text = `abc ${background}`;
    expect(approximateCandidates(text, "abc", 0, text.length, meter())).toEqual([]);
    const long = background.slice(0, MAX_APPROXIMATE_QUOTE + 1);
    expect(approximateCandidates(background, long, 0, background.length, meter())).toEqual([]);
  });

  it("searches only within from…to", () => {
    const text = overwrite(background, 1000, typo(quote, 5));
    // Half of it lies outside: too many edits for what is inside.
    expect(approximateCandidates(text, quote, 0, 1006, meter())).toEqual([]);
    expect(approximateCandidates(text, quote, 1006, text.length, meter())).toEqual([]);
    expect(approximateCandidates(text, quote, 1000, 1012, meter())).toEqual([{ start: 1000, end: 1012, errors: 1 }]);
  });

  it("keeps, of each 2,048-unit chunk, only its fewest-edit matches", () => {
    const text = overwrite(overwrite(overwrite(background, 100, quote), 1000, typo(quote, 5)), 3000, typo(quote, 5));
    // The exact copy hides the one-edit copy in its chunk, not the one in the next.
    expect(approximateCandidates(text, quote, 0, text.length, meter())).toEqual([
      { start: 100, end: 112, errors: 0 },
      { start: 3000, end: 3012, errors: 1 },
    ]);
  });

  it("makes a long quote's chunks four times as long as the quote and its edits", () => {
    const long = letters(500, 9); // 125 edits allowed: chunks of 2,500 units
    // A one-edit copy from 2,250 to 2,750: in the exact copy's chunk, not in a 2,048-unit one.
    const text = overwrite(overwrite(background, 0, long), 2250, typo(long, 250));
    expect(approximateCandidates(text, long, 0, text.length, meter())).toEqual([{ start: 0, end: 500, errors: 0 }]);
  });

  it("searches a range little longer than a chunk as one chunk", () => {
    // 2,062 units: within a chunk and the overlap that follows it.
    const text = overwrite(overwrite(background.slice(0, 2062), 0, quote), 2050, typo(quote, 5));
    expect(approximateCandidates(text, quote, 0, text.length, meter())).toEqual([{ start: 0, end: 12, errors: 0 }]);
  });

  it("finds whole a match that straddles two chunks, however long its edits make it", () => {
    const long = letters(40, 3); // ten edits allowed
    // Ten letters inserted: 50 units, from 2,030 to across the chunk boundary at 2,048.
    const stretched = long.replace(/(....)/g, "$1Q");
    const text = overwrite(background, 2030, stretched);
    expect(approximateCandidates(text, long, 0, text.length, meter())).toContainEqual({
      start: 2030,
      end: 2079,
      errors: 9,
    });
  });

  it("widens a match that would begin or end inside a surrogate pair to the whole character", () => {
    const endsInEmoji = `abcdefghijk😀`;
    // The last letter for the emoji's first half is one edit, as is dropping it.
    expect(approximateCandidates(endsInEmoji, "abcdefghijkY", 0, endsInEmoji.length, meter())).toEqual([
      { start: 0, end: 11, errors: 1 },
      { start: 0, end: 13, errors: 1 },
    ]);
    const startsInEmoji = `xx😀abcdefghijk`;
    expect(approximateCandidates(startsInEmoji, "Yabcdefghijk", 0, startsInEmoji.length, meter())).toEqual([
      { start: 2, end: 15, errors: 1 },
    ]);
  });
});

describe("contextualCandidates", () => {
  // An edited passage, and an intact copy of its quote elsewhere that the quote alone matches better.
  const before = "Because the council had already voted twice on it, ";
  const after = " was the only item left on the agenda that evening.";
  const copy = "Elsewhere in town, somebody painted the new bridge over the canal a bright green. ";
  const target = described(before.slice(-32), "the new bridge", after.slice(0, 32));

  /** The candidates of `text`, searched whole, around what the quote alone matches there. */
  function candidates(text: string, quoted = target) {
    const quoteMatches = approximateCandidates(text, quoted.exact, 0, text.length, meter());
    return contextualCandidates(text, quoted, 0, text.length, quoteMatches, meter());
  }

  /** `passage` (in place of the quote) between the target's context, after the intact copy. */
  function edited(passage: string): string {
    return `${copy}${before}${passage}${after}`;
  }

  it("finds the edited passage, cut where its prefix ends and its suffix begins", () => {
    const text = edited("the new brigde");
    expect(candidates(text)).toEqual([{ ...offsetsOf(text, "the new brigde"), errors: 2 }]);
  });

  it("keeps a passage that needs all of the quote's edits, and not one that needs more", () => {
    const three = edited("tXe nXw brXdge");
    expect(candidates(three)).toEqual([{ ...offsetsOf(three, "tXe nXw brXdge"), errors: 3 }]);
    expect(candidates(edited("tXe nXw brXdgX"))).toEqual([]);
  });

  it("finds nothing where the context is intact but the quote between is gone", () => {
    expect(candidates(edited(""))).toEqual([]);
  });

  it("counts the text between the context and the quote as edits", () => {
    const inserted = edited("XYthe new bridge");
    expect(candidates(inserted)).toEqual([{ ...offsetsOf(inserted, "XYthe new bridge"), errors: 2 }]);
  });

  it("cuts where the prefix's match ends nearest where the prefix would end unedited", () => {
    // The space after the prefix was typed over: the prefix ends at the comma or at the "e".
    const list = described("one, two, ", "three, four, five", ", six, seven");
    const typed = "one, two,ethree, four, five, six, seven";
    expect(candidates(typed, list)).toEqual([{ ...offsetsOf(typed, "three, four, five"), errors: 0 }]);
    // In a rule of dashes the prefix matches almost anywhere.
    const rule = described("+----", "--------", "----+");
    expect(candidates("+-e--------------+", rule)).toEqual([{ start: 5, end: 13, errors: 0 }]);
  });

  it("in a refrain, of the prefix's matches equally far either side of where it would end, cuts at the first", () => {
    // "la la la la la la la" with its first letter gone: the quote moved one unit to the left.
    const refrain = described("la la ", "la la la", " la la");
    expect(candidates("a la la la la la la", refrain)).toEqual([{ start: 5, end: 13, errors: 0 }]);
  });

  it("cuts where the suffix's match starts nearest where the suffix would start unedited", () => {
    const laugh = described("He laughed: ", "ha ha ha", " ha ha.");
    // The suffix matches at every "ha", the nearest with an edit: the space dropped before it.
    expect(candidates("He aughed: ha ha ha haha.", laugh)).toEqual([{ start: 11, end: 19, errors: 0 }]);
  });

  it("is not misled by a copy of the prefix or the suffix inside the quote", () => {
    const prefixed = described("Part one: ", "the plan. Part one: the steps", " follow.");
    const prefixEdited = "Part ona: the plan. Part one: the steps follow.";
    expect(candidates(prefixEdited, prefixed)).toEqual([{ start: 10, end: 39, errors: 0 }]);
    const suffixed = described("Part one: ", "the steps follow. And then more", " follow.");
    const suffixEdited = "Part one: the steps follow. And then more foxllow.";
    expect(candidates(suffixEdited, suffixed)).toEqual([{ start: 10, end: 41, errors: 0 }]);
  });

  it("cuts by the suffix alone when there is no prefix, and by the prefix alone when there is no suffix", () => {
    const text = edited("the new brigde");
    const passage = offsetsOf(text, "the new brigde");
    expect(candidates(text, { ...target, prefix: "" })).toEqual([{ ...passage, errors: 2 }]);
    // The passage's end is then only as sure as the whole's match: each of its ends is a candidate.
    expect(candidates(text, { ...target, suffix: "" })).toContainEqual({ ...passage, errors: 2 });
  });

  it("finds nothing for a target without context, or with a quote under four units", () => {
    const text = edited("the new brigde");
    expect(candidates(text, { ...target, prefix: "", suffix: "" })).toEqual([]);
    // Even around the short quote's exact occurrences.
    const short = `${copy}${before}the${after}`;
    const occurrences = exactCandidates(short, "the", 0, short.length, meter());
    expect(occurrences.length).toBeGreaterThan(0);
    const shortTarget = { ...target, exact: "the" };
    expect(contextualCandidates(short, shortTarget, 0, short.length, occurrences, meter())).toEqual([]);
  });

  it("never cuts a surrogate pair where the context meets the quote", () => {
    // The space between the context and the emoji is gone: the nearest match of
    // the context then ends, or begins, inside the emoji.
    const emojiFirst = `${copy}${before.trimEnd()}😀 the new brigde${after}`;
    expect(candidates(emojiFirst, { ...target, exact: "😀 the new bridge" })).toEqual([
      { ...offsetsOf(emojiFirst, "😀 the new brigde"), errors: 2 },
    ]);
    const emojiLast = `${copy}${before}the new brigde 😀${after.trimStart()}`;
    expect(candidates(emojiLast, { ...target, exact: "the new bridge 😀" })).toEqual([
      { ...offsetsOf(emojiLast, "the new brigde 😀"), errors: 2 },
    ]);
  });
});

describe("contextualCandidates' search around the quote's matches", () => {
  const quote = letters(20, 6); // five edits allowed
  const prefix = letters(32, 7);
  const suffix = letters(32, 8);
  const target = described(prefix, quote, suffix);
  // How far from a quote match the whole (84 units, 21 edits allowed) is looked
  // for: a chunk of the quote's search, and the whole's longest match.
  const reach = 2048 + 84 + 21;
  // The only place where the quote lies in its context, with one edit.
  const at = 6000;
  const text = overwrite(letters(12_000, 5), at, prefix + typo(quote, 10) + suffix);
  const passage = { start: at + 32, end: at + 52, errors: 1 };

  /** A match of the quote alone starting at `start`. */
  const match = (start: number) => ({ start, end: start + 20, errors: 0 });

  function search(quoteMatches: { start: number; end: number; errors: number }[], from = 0, to = text.length) {
    return contextualCandidates(text, target, from, to, quoteMatches, meter());
  }

  it("finds nothing without a quote match to search around", () => {
    expect(search([])).toEqual([]);
  });

  it("looks for the whole as far from a quote match as a chunk of the quote's search, plus the whole's longest match", () => {
    // The whole ends `reach` after the match's end, or begins `reach` before its start.
    expect(search([match(at + 84 - reach - 20)])).toEqual([passage]);
    expect(search([match(at + reach)])).toEqual([passage]);
    expect(search([match(at + 84 - reach - 200)])).toEqual([]);
    expect(search([match(at + reach + 200)])).toEqual([]);
  });

  it("searches only within from…to", () => {
    expect(search([match(passage.start)], 0, at + 42)).toEqual([]);
    expect(search([match(passage.start)], at + 42)).toEqual([]);
    expect(search([match(passage.start)], at, at + 84)).toEqual([passage]);
  });

  it("searches the stretch between two quote matches whose surroundings just meet", () => {
    const meeting = at + 40; // mid-passage
    const [left, right] = [match(meeting - reach - 20), match(meeting + reach)];
    expect(search([left])).toEqual([]);
    expect(search([right])).toEqual([]);
    expect(search([left, right])).toEqual([passage]);
  });

  it("searches the surroundings of overlapping quote matches once, whatever their order", () => {
    const overlapping = [match(at - 2200), match(at - 1000), match(passage.start)];
    expect(search(overlapping)).toEqual([passage]);
    expect(search([match(at + 5000), match(passage.start)])).toEqual([passage]);
  });
});
