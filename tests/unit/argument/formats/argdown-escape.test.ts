import { describe, expect, it } from "vitest";
import { escapeArgdownText } from "@/lib/argument/formats/argdown-escape";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import type { MapGraph } from "@/lib/validation/argument-map";
import { runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { seededRandom } from "@/tests/support/seeded-random";

const random = seededRandom;

// Every character Argdown's lexer treats specially, plus words, blanks and non-ASCII.
const PIECES = [
  ..."\\@#*_[],.:;</>-(){}=+!?'\"~$%^&|`",
  "a",
  "b",
  "word",
  "e.g.",
  ":+1:",
  ".tick.",
  "//",
  "/*",
  "*/",
  "<!--",
  "-->",
  "===",
  "[A]:",
  "<B>",
  "@[A]",
  "#tag",
  "#(a tag)",
  "[l](http://x)",
  "**",
  "__",
  " ",
  "  ",
  "\t",
  "é",
  "😀",
  "\u00a0",
  "1.",
  "(1)",
  "+>",
  "->",
  "_>",
  "<_",
  "><",
];

function randomTexts(count: number, seed: number, maxPieces: number): string[] {
  const next = random(seed);
  const texts: string[] = [];
  while (texts.length < count) {
    const length = 1 + Math.floor(next() * maxPieces);
    const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)])
      .join("")
      .trim();
    if (text !== "") texts.push(text);
  }
  return texts;
}

const oneStatement = (text: string): MapGraph => ({
  nodes: [{ id: "n", annotationId: null, kind: "statement", text, position: null }],
  arguments: [],
  attacks: [],
});

describe("escapeArgdownText", () => {
  it("escapes markup and leaves plain text alone", () => {
    expect(escapeArgdownText("Plain text, with (some) punctuation; and 3 - 2 = 1!")).toBe(
      "Plain text, with (some) punctuation; and 3 - 2 = 1!",
    );
    expect(escapeArgdownText("[A] <B> @c #d *e* _f_ {g} \\")).toBe(
      "\\[A\\] \\<B\\> \\@c \\#d \\*e\\* \\_f\\_ \\{g\\} \\\\",
    );
    expect(escapeArgdownText("see http://x.org/a//b /* no */ e.g. :+1: a===b")).toBe(
      "see http:\\//x.org/a\\//b \\/\\* no \\*/ e\\.g. \\:+1: a\\===b",
    );
    expect(escapeArgdownText("a  b\tc")).toBe("a\\ \\ b\\\tc");
    expect(escapeArgdownText("a \tb\t c")).toBe("a\\ \\\tb\\\t\\ c");
    expect(escapeArgdownText("rule, with -- dashes", { inference: true })).toBe("rule\\, with \\-- dashes");
  });

  it("lets @argdown/core read 400 random texts of markup characters back exactly", () => {
    const failures = randomTexts(400, 1, 12).filter((text) => {
      const response = runArgdown(toArgdown(oneStatement(text)));
      const statements = Object.values(response.statements ?? {});
      const clean = response.lexerErrors?.length === 0 && response.parserErrors?.length === 0;
      return !clean || statements.length !== 1 || statements[0].members[0].text?.trim() !== text;
    });
    expect(failures).toEqual([]);
  });

  it("keeps texts with line breaks through toArgdown and fromArgdown", () => {
    const texts = randomTexts(100, 3, 10).map((text, i) => `${text}\n${i % 2 ? "\r\n" : ""}${text}`);
    const back = texts.map((text) => fromArgdown(toArgdown(oneStatement(text))).nodes[0].text);
    expect(back).toEqual(texts);
  });

  it("round-trips odd schemes through inference rules and data", () => {
    const schemes = [
      ...randomTexts(150, 2, 8).map((text) => text.slice(0, 64)),
      "",
      " padded ",
      "Default Inference",
      "Argument from Expert Opinion",
      "a,b",
      "two\nlines",
    ];
    const graph: MapGraph = {
      nodes: [
        { id: "p", annotationId: null, kind: "statement", text: "P", position: null },
        { id: "c", annotationId: null, kind: "statement", text: "C", position: null },
      ],
      arguments: schemes.map((scheme, i) => ({
        id: `a${i}`,
        conclusionId: "c",
        premiseIds: ["p"],
        scheme,
        answers: {},
      })),
      attacks: [],
    };
    const source = toArgdown(graph);
    expect(runArgdown(source).parserErrors).toEqual([]);
    const back = fromArgdown(source).arguments.map((argument) => argument.scheme);
    // Even a stored "Argument from Expert Opinion" (not the id) comes back as written, through data.
    expect(back).toEqual(schemes);
  });
});
