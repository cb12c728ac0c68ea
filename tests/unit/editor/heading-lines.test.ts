import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH } from "../../../lib/editor/document-title";
import { endsLikeSentence, isHeadingLike, isNumberedHeading, isTitleLike } from "../../../lib/editor/heading-lines";

// `count` words of one letter each: "A b b …", 2 × count - 1 characters.
function words(count: number): string {
  return ["A", ...Array<string>(count - 1).fill("b")].join(" ");
}

describe("isHeadingLike", () => {
  it("takes a short line that starts with a capital or a digit and does not end like a sentence", () => {
    expect(isHeadingLike("Rivers")).toBe(true);
    expect(isHeadingLike("Why Rivers Matter")).toBe(true);
    expect(isHeadingLike("2024 in Review")).toBe(true);
    expect(isHeadingLike("ǅungla Notes")).toBe(true);
  });

  it("turns down a line that starts in lowercase or with punctuation", () => {
    expect(isHeadingLike("why Rivers Matter")).toBe(false);
    expect(isHeadingLike("and So On")).toBe(false);
    expect(isHeadingLike("- Rivers")).toBe(false);
  });

  it("turns down a line without a letter, or an empty one", () => {
    expect(isHeadingLike("2024")).toBe(false);
    expect(isHeadingLike("")).toBe(false);
  });

  it("turns down a line ending with . ! ? , ; : or …", () => {
    for (const end of [".", "!", "?", ",", ";", ":", "…"]) expect(isHeadingLike(`Steps to Follow${end}`)).toBe(false);
    expect(isHeadingLike("Rivers, Lakes and Seas")).toBe(true);
  });

  it("is at most 100 characters long", () => {
    const line = `A${"b".repeat(99)}`;
    expect(isHeadingLike(line)).toBe(true);
    expect(isHeadingLike(`${line}b`)).toBe(false);
  });

  it("is at most 14 words long", () => {
    expect(isHeadingLike(words(14))).toBe(true);
    expect(isHeadingLike(words(15))).toBe(false);
  });

  it("looks past opening quotes and brackets for the first letter", () => {
    expect(isHeadingLike("“Rivers”")).toBe(true);
    expect(isHeadingLike('"(Untitled)"')).toBe(true);
    expect(isHeadingLike("«(2024)» Review")).toBe(true);
    expect(isHeadingLike("“rivers”")).toBe(false);
    expect(isHeadingLike("(why not)")).toBe(false);
  });

  it("looks past every closing quote and bracket at the end for the last character", () => {
    expect(isHeadingLike("“Who decides?”")).toBe(false);
    expect(isHeadingLike("Notes (“Draft.”)")).toBe(false);
    expect(isHeadingLike("Notes (Draft)")).toBe(true);
  });

  it("looks only at the closers that end the line", () => {
    expect(isHeadingLike("“Rivers” and “Lakes.”")).toBe(false);
    expect(isHeadingLike("The “Big” Idea")).toBe(true);
  });
});

describe("isNumberedHeading", () => {
  it('takes "1. Title" and "2) Title" whose text is heading-like', () => {
    expect(isNumberedHeading("1. A Numbered Heading")).toBe(true);
    expect(isNumberedHeading("2) Another One")).toBe(true);
  });

  it("turns down a numbered line that ends like a sentence: it is a list item", () => {
    expect(isNumberedHeading("1. Buy milk.")).toBe(false);
    expect(isNumberedHeading("1. buy Milk")).toBe(false);
  });

  it("turns down a bullet and a line without a marker", () => {
    expect(isNumberedHeading("- A Bullet Heading")).toBe(false);
    expect(isNumberedHeading("A Plain Heading")).toBe(false);
  });
});

describe("isTitleLike", () => {
  it("takes a line with a word that does not end with a full stop or lead on", () => {
    expect(isTitleLike("Notes")).toBe(true);
    expect(isTitleLike("2024")).toBe(true);
    expect(isTitleLike("Field Notes: “Rivers” — a Test")).toBe(true);
    expect(isTitleLike("what is a river?")).toBe(true);
    expect(isTitleLike("Stop!")).toBe(true);
  });

  it("turns down a line ending with . , ; or :, before any closing quote", () => {
    for (const end of [".", ",", ";", ":"]) expect(isTitleLike(`Field Notes${end}`)).toBe(false);
    expect(isTitleLike("“Field Notes.”")).toBe(false);
    expect(isTitleLike("“Field Notes”")).toBe(true);
  });

  it("turns down an empty line and one without a letter or digit", () => {
    expect(isTitleLike("")).toBe(false);
    expect(isTitleLike("***")).toBe(false);
  });

  it("turns down a list item", () => {
    expect(isTitleLike("- Shopping")).toBe(false);
    expect(isTitleLike("1. Shopping")).toBe(false);
  });

  it("is at most MAX_TITLE_LENGTH characters long", () => {
    const line = `A${"b".repeat(MAX_TITLE_LENGTH - 1)}`;
    expect(isTitleLike(line)).toBe(true);
    expect(isTitleLike(`${line}b`)).toBe(false);
  });
});

describe("endsLikeSentence", () => {
  it("is true for a line ending with . ! ? , ; : or …, before any closing quote", () => {
    expect(endsLikeSentence("Done.")).toBe(true);
    expect(endsLikeSentence("He said “Go.”")).toBe(true);
    expect(endsLikeSentence("Wait…")).toBe(true);
  });

  it("is false for a line ending with a word, quoted or not", () => {
    expect(endsLikeSentence("Jane Doe")).toBe(false);
    expect(endsLikeSentence("“Rivers”")).toBe(false);
    expect(endsLikeSentence("Mr. Smith")).toBe(false);
  });
});
