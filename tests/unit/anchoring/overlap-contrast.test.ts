import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The text's contrast on the darkest highlight any number of overlapping
// annotations can make, computed from the stylesheets as the browser
// composites them (sRGB, over the paper), against WCAG AA's 4.5:1.
const globals = readFileSync(new URL("../../../app/globals.css", import.meta.url), "utf8");
const overlaps = readFileSync(new URL("../../../app/styles/overlaps.css", import.meta.url), "utf8");

type Rgb = [number, number, number];

function hex(value: string): Rgb {
  const digits = /#([0-9a-f]{6})/i.exec(value)![1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

/** The declarations of the rule whose selector is exactly `selector` in `css`. */
function rule(css: string, selector: string): string {
  const at = css.indexOf(`\n${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf("}", at));
}

const property = (declarations: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(declarations)![1]!;

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `colour` at `alpha` over `under`. */
const over = (colour: Rgb, alpha: number, under: Rgb): Rgb =>
  colour.map((c, i) => Math.round(c * alpha + under[i]! * (1 - alpha))) as Rgb;

const ink = hex(property(rule(globals, ":root"), "--ink"));
const paper = hex(property(rule(globals, ":root"), "--paper"));
const KINDS = ["claim", "premise", "evidence", "objection", "question", "note"];
const kindColours = [
  ...KINDS.map((kind) => hex(property(rule(globals, `.annotation-${kind}`), "--kind"))),
  hex(property(rule(overlaps, ".annotation-mixed"), "--kind")),
];

/** The share of the kind's colour in a count bucket's background. */
const bucketShare = (bucket: string) =>
  Number(
    /var\(--kind\) (\d+)%/.exec(property(rule(overlaps, `.annotation.annotation-count-${bucket}`), "background"))![1],
  ) / 100;

describe("overlapping highlights' contrast", () => {
  it("keeps the ink at 4.5:1 or more on the darkest bucket, for every kind and for mixed kinds", () => {
    const shares = ["2", "3-5", "6-plus"].map(bucketShare);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const darkest = Math.max(...shares);
    for (const colour of kindColours) expect(contrast(ink, over(colour, darkest, paper))).toBeGreaterThanOrEqual(4.5);
  });

  it("would not with tints stacked one per annotation, as they were: thirty claims fell below 4.5:1", () => {
    const tint = /rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(property(rule(globals, ".annotation-claim"), "--tint"))!;
    const colour = tint.slice(1, 4).map(Number) as Rgb;
    let background = paper;
    for (let i = 0; i < 30; i++) background = over(colour, Number(tint[4]), background);
    expect(contrast(ink, background)).toBeLessThan(4.5);
  });
});
