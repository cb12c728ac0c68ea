import { describe, expect, it } from "vitest";
import { bylineStart, isAttribution } from "../../../lib/editor/byline-lines";
import { importPlainText } from "../../../lib/editor/import-plain-text";
import { splitTextBlocks } from "../../../lib/editor/text-blocks";
import { outline } from "./outline";

function bylineAt(text: string): number {
  return bylineStart(splitTextBlocks(text).blocks);
}

// A two-word name exactly `length` characters long: "Anna Beee…".
function longName(length: number): string {
  return `Anna B${"e".repeat(length - 6)}`;
}

describe("isAttribution", () => {
  it('takes "By Name" in any case, and "— Name" with an em dash or a horizontal bar', () => {
    expect(isAttribution("By Jane Doe")).toBe(true);
    expect(isAttribution("by Jane Doe")).toBe(true);
    expect(isAttribution("BY Jane Doe")).toBe(true);
    expect(isAttribution("— Jane Doe")).toBe(true);
    expect(isAttribution("― Jane Doe")).toBe(true);
    expect(isAttribution("—Jane Doe")).toBe(true);
  });

  it('needs "By" or the dash to open the line, and whitespace after "By"', () => {
    expect(isAttribution("Photo by Jane Doe")).toBe(false);
    expect(isAttribution("ByJane Doe")).toBe(false);
    expect(isAttribution("Jane Doe")).toBe(false);
    expect(isAttribution("- Jane Doe")).toBe(false);
  });

  it("skips a run of no-break spaces after the opener, which a collapsed line keeps", () => {
    expect(isAttribution("By\u00a0\u00a0Jane Doe")).toBe(true);
    expect(isAttribution("—\u00a0\u00a0Jane Doe")).toBe(true);
  });

  it("reads the whole line: what follows a Unicode line separator is not dropped", () => {
    expect(isAttribution("By Jane Doe\u2028Lisbon, 2024")).toBe(false);
  });

  it("takes names of two to four words", () => {
    expect(isAttribution("By Madonna")).toBe(false);
    expect(isAttribution("By Jane Doe")).toBe(true);
    expect(isAttribution("By Anna Maria Berg Lind")).toBe(true);
    expect(isAttribution("By Anna Maria Berg Lind Olsen")).toBe(false);
  });

  it("turns down a name that ends like a sentence", () => {
    expect(isAttribution("By Jane Doe.")).toBe(false);
    expect(isAttribution("By Jane Doe:")).toBe(false);
    expect(isAttribution("By J. R. Tolkien")).toBe(true);
  });

  it("takes capitalised words with apostrophes, hyphens, dots and combining marks", () => {
    expect(isAttribution("By Seán O’Neil")).toBe(true);
    expect(isAttribution("By Jean-Luc D'Arcy")).toBe(true);
    expect(isAttribution("By Jose\u0301 Marti\u0301")).toBe(true);
  });

  it("turns down words that are not wholly a capitalised name", () => {
    expect(isAttribution("By eBay Staff")).toBe(false);
    expect(isAttribution("By Jane Doe2")).toBe(false);
    expect(isAttribution("By jane Doe")).toBe(false);
  });

  it("takes lowercase particles inside a name, never at its ends", () => {
    expect(isAttribution("By Ludwig van Beethoven")).toBe(true);
    expect(isAttribution("By Maria de la Cruz")).toBe(true);
    expect(isAttribution("By van Gogh")).toBe(false);
    expect(isAttribution("By Gogh van")).toBe(false);
  });

  it("takes only whole particles, not other lowercase words", () => {
    expect(isAttribution("By Anna made Tea")).toBe(false);
    expect(isAttribution("By Alice down Under")).toBe(false);
    expect(isAttribution("By Jane the Doe")).toBe(false);
  });

  it('splits several names at commas, "and" and "&", each a name', () => {
    expect(isAttribution("By Jane Doe, John Roe")).toBe(true);
    expect(isAttribution("By Jane Doe,John Roe")).toBe(true);
    expect(isAttribution("By Jane Doe , John Roe")).toBe(true);
    expect(isAttribution("By Jane Doe and John Roe")).toBe(true);
    expect(isAttribution("By Jane Doe & John Roe")).toBe(true);
    expect(isAttribution("— Jane Doe, John Roe and Ann Lee")).toBe(true);
    expect(isAttribution("By Jane Doe and Madonna")).toBe(false);
    expect(isAttribution("By Jane Doe, and more")).toBe(false);
  });

  it("splits at separators padded with no-break spaces", () => {
    expect(isAttribution("By Jane Doe\u00a0\u00a0and\u00a0\u00a0John Roe")).toBe(true);
  });

  it("is at most 300 characters long", () => {
    expect(isAttribution(`By ${longName(297)}`)).toBe(true);
    expect(isAttribution(`By ${longName(298)}`)).toBe(false);
  });
});

describe("bylineStart", () => {
  it("finds no note in no blocks, or in a last block that is not one", () => {
    expect(bylineStart([])).toBe(0);
    expect(bylineAt("Jane Doe")).toBe(1);
    expect(bylineAt("Body.\n\nPlain Words")).toBe(2);
  });

  it("finds an attribution as the last block, even the only one", () => {
    expect(bylineAt("By Jane Doe")).toBe(0);
    expect(bylineAt("Body.\n\nBy Jane Doe")).toBe(1);
  });

  it("finds an attribution followed by one bio block", () => {
    expect(bylineAt("By Jane Doe\n\nJane writes about rivers.")).toBe(0);
    expect(bylineAt("Body.\n\nBy Jane Doe\n\nJane writes about rivers.")).toBe(1);
  });

  it("takes one bio block, not two", () => {
    expect(bylineAt("Body.\n\nBy Jane Doe\n\nBio one.\n\nBio two.")).toBe(4);
  });

  it("does not take a list or a preformatted block as a bio", () => {
    expect(bylineAt("Body.\n\nBy Jane Doe\n\n- one\n- two")).toBe(3);
    expect(bylineAt("Body.\n\nBy Jane Doe\n\n    x = 1\n    y = 2")).toBe(3);
  });

  it("finds an initials line followed by a name line, with or without a bio", () => {
    expect(bylineAt("Body.\n\nAB\n\nAnna Berg")).toBe(1);
    expect(bylineAt("Body.\n\nA.B.\n\nAnna Berg")).toBe(1);
    expect(bylineAt("Body.\n\nA. B.\n\nAnna Berg")).toBe(1);
    expect(bylineAt("Body.\n\nABCD\n\nAnna Berg")).toBe(1);
    expect(bylineAt("Body.\n\nAB\n\nAnna Berg\n\nAnna writes about rivers.")).toBe(1);
  });

  it("takes one to four capitals as initials, and nothing else", () => {
    expect(bylineAt("Body.\n\nA\n\nAnna Berg")).toBe(1);
    expect(bylineAt("Body.\n\nABCDE\n\nAnna Berg")).toBe(3);
    expect(bylineAt("Body.\n\nAb\n\nAnna Berg")).toBe(3);
    expect(bylineAt("Body.\n\nsee AB\n\nAnna Berg")).toBe(3);
    expect(bylineAt("Body.\n\nAB cd\n\nAnna Berg")).toBe(3);
  });

  it("needs the name after initials to be a name", () => {
    expect(bylineAt("Body.\n\nAB\n\nAnna")).toBe(3);
    expect(bylineAt("Body.\n\nAB\n\nAnna went home.")).toBe(3);
  });

  it("needs initials and name each alone on one line", () => {
    expect(bylineAt("Body.\n\nAB\n\nAnna\nBerg")).toBe(3);
    expect(bylineAt("Body.\n\nA\nB\n\nAnna Berg")).toBe(3);
  });

  it("takes a name after initials of at most 300 characters", () => {
    expect(bylineAt(`Body.\n\nAB\n\n${longName(300)}`)).toBe(1);
    expect(bylineAt(`Body.\n\nAB\n\n${longName(301)}`)).toBe(3);
  });

  it("finds no note in the body, only at the end", () => {
    expect(bylineAt("By Jane Doe\n\nBody.\n\nMore.")).toBe(3);
    expect(bylineAt("AB\n\nAnna Berg\n\nOne.\n\nTwo.")).toBe(4);
  });
});

describe("importPlainText on an author's note", () => {
  it("makes initials, name and bio one byline of three paragraphs", () => {
    const { doc } = importPlainText("T\n\nBody.\n\nA.B.\n\nAnna Berg\n\nAnna writes about rivers.");
    expect(outline(doc)).toEqual(["title: T", "p: Body.", "byline: A.B. | Anna Berg | Anna writes about rivers."]);
  });

  it("keeps a trailing list after an attribution out of the byline", () => {
    const { doc } = importPlainText("T\n\nBody.\n\nBy Jane Doe\n\n- one\n- two");
    expect(outline(doc)).toEqual(["title: T", "p: Body.", "p: By Jane Doe", "ul: one | two"]);
  });
});
