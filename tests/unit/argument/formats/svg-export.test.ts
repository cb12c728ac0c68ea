import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { svgFrame, toSvg } from "@/lib/argument/formats/svg-export";
import { layoutMap, type MapLayout } from "@/lib/argument/layout-map";
import { BOX_STYLE, statementBox, textWidth } from "@/lib/argument/map-style";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const SVG_NS = "http://www.w3.org/2000/svg";

function parse(svg: string): Document {
  const document = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
  return document;
}

const numbers = (element: Element, ...names: string[]) => names.map((name) => Number(element.getAttribute(name)));
/** toSvg writes coordinates to one decimal. */
const tenths = (...values: number[]) => values.map((value) => Math.round(value * 10) / 10);

describe("toSvg", () => {
  let layout: MapLayout;
  let svg: string;
  let document: Document;
  beforeAll(async () => {
    layout = await layoutMap(LIBERTY_MAP);
    svg = toSvg(LIBERTY_MAP, layout, { title: "On Liberty & <friends>" });
    document = parse(svg);
  });

  it("is a standalone SVG whose viewBox and size fit every box plus a margin", () => {
    const root = document.documentElement;
    expect([root.localName, root.namespaceURI]).toEqual(["svg", SVG_NS]);
    const [x, y, width, height] = root.getAttribute("viewBox")!.split(" ").map(Number);
    expect(numbers(root, "width", "height")).toEqual([width, height]);
    for (const [id, box] of layout) {
      expect([id, box.x >= x + 20, box.y >= y + 20]).toEqual([id, true, true]);
      expect([id, box.x + box.width <= x + width - 20, box.y + box.height <= y + height - 20]).toEqual([
        id,
        true,
        true,
      ]);
    }
    const right = Math.max(...[...layout.values()].map((box) => box.x + box.width));
    expect(x + width - right).toBeLessThanOrEqual(25);
  });

  it("paints a white background first and names the picture", () => {
    const first = document.documentElement.getElementsByTagName("rect")[0];
    expect(first.getAttribute("fill")).toBe("#ffffff");
    expect(first.getAttribute("width")).toBe(document.documentElement.getAttribute("width"));
    expect(document.getElementsByTagName("title")[0].textContent).toBe("On Liberty & <friends>");
    expect(svg).toContain(">On Liberty &amp; &lt;friends&gt;</text>");
  });

  it("writes each statement's kind and wrapped lines in its box, escaped", () => {
    const groups = [...document.getElementsByTagName("g")];
    expect(groups).toHaveLength(LIBERTY_MAP.nodes.length);
    LIBERTY_MAP.nodes.forEach((node, i) => {
      const texts = [...groups[i].getElementsByTagName("text")];
      const lines = [...texts[1].getElementsByTagName("tspan")].map((tspan) => tspan.textContent);
      expect([texts[0].textContent, lines]).toEqual([node.kind.toUpperCase(), statementBox(node).lines]);
      expect(groups[i].getElementsByTagName("title")[0].textContent).toBe(node.text);
      const rect = groups[i].getElementsByTagName("rect")[0];
      const box = layout.get(node.id)!;
      expect(numbers(rect, "x", "y", "width", "height")).toEqual(tenths(box.x, box.y, box.width, box.height));
    });
    expect(svg).toContain(">harm families &amp; &lt;dependants&gt;</tspan>");
  });

  it("uses DejaVu Sans and no text smaller than 12px", () => {
    expect(document.documentElement.getAttribute("font-family")).toBe("DejaVu Sans, Arial, sans-serif");
    const sizes = [...document.getElementsByTagName("text")].map((text) => Number(text.getAttribute("font-size")));
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((size) => !(size >= 12))).toEqual([]);
  });

  it("draws an edge per relation: supports green, attacks dashed, undercuts dotted, arrowheads off premise legs", () => {
    const lines = [...document.getElementsByTagName("line")].map((line) => [
      line.getAttribute("stroke"),
      line.getAttribute("stroke-dasharray"),
      line.getAttribute("marker-end"),
    ]);
    const supportLeg = ["#2e7d32", null, null];
    const supportArrow = ["#2e7d32", null, "url(#arrow-support)"];
    expect(lines).toEqual([
      supportLeg,
      supportLeg,
      supportArrow,
      supportLeg,
      supportArrow,
      supportLeg,
      supportArrow,
      supportLeg,
      supportArrow,
      ["#c62828", "7 4", "url(#arrow-attack)"],
      ["#c62828", "2 3", "url(#arrow-attack)"],
    ]);
    expect([...document.getElementsByTagName("marker")].map((marker) => marker.id)).toEqual([
      "arrow-support",
      "arrow-attack",
    ]);
  });

  it("labels conclusion legs and attacks with their relation", () => {
    const labels = [...document.getElementsByTagName("text")]
      .map((text) => text.textContent)
      .filter((text) => ["supports", "attacks", "undercuts"].includes(text!));
    expect(labels).toEqual(["supports", "supports", "supports", "supports", "attacks", "undercuts"]);
  });

  it("draws each junction as a dot on its layout box, filled when linked", () => {
    const circles = [...document.getElementsByTagName("circle")];
    expect(circles.map((circle) => circle.getAttribute("fill"))).toEqual(["#2e7d32", "#ffffff", "#ffffff", "#ffffff"]);
    const box = layout.get("arg-expert")!;
    expect(numbers(circles[1], "cx", "cy")).toEqual(tenths(box.x + box.width / 2, box.y + box.height / 2));
    expect(circles[1].getElementsByTagName("title")[0].textContent).toBe("Argument from Expert Opinion");
  });

  it("draws text as bars of its width when asked, the title alone as glyphs", () => {
    const bars = parse(toSvg(LIBERTY_MAP, layout, { title: "On Liberty", textAsBars: true }));
    expect([...bars.getElementsByTagName("text")].map((text) => text.textContent)).toEqual(["On Liberty"]);
    expect(bars.getElementsByTagName("tspan")).toHaveLength(0);
    const groups = [...bars.getElementsByTagName("g")];
    LIBERTY_MAP.nodes.forEach((node, i) => {
      const { kindLabel, lines } = statementBox(node);
      // The box, then one bar for the kind and one per line, each as wide as its text.
      const [box, ...rects] = [...groups[i].getElementsByTagName("rect")];
      expect(Number(box.getAttribute("width"))).toBe(tenths(layout.get(node.id)!.width)[0]);
      expect(rects.map((rect) => Number(rect.getAttribute("width")))).toEqual(
        tenths(textWidth(kindLabel, BOX_STYLE.kindSize), ...lines.map((line) => textWidth(line, BOX_STYLE.textSize))),
      );
    });
    // Same frame, same boxes and edges: only the glyphs differ.
    expect(bars.getElementsByTagName("line")).toHaveLength(document.getElementsByTagName("line").length);
    expect(bars.documentElement.getAttribute("viewBox")).toBe(document.documentElement.getAttribute("viewBox"));
  });

  it("reports its frame through svgFrame", () => {
    const { minX, top, width, height } = svgFrame(layout, "On Liberty & <friends>");
    expect(document.documentElement.getAttribute("viewBox")).toBe(tenths(minX, top, width, height).join(" "));
  });

  it("leaves out what the layout does not place, with its edges", () => {
    const partial = new Map(layout);
    partial.delete("families");
    const document = parse(toSvg(LIBERTY_MAP, partial, { title: "t" }));
    expect(document.getElementsByTagName("g")).toHaveLength(LIBERTY_MAP.nodes.length - 1);
    expect(
      [...document.getElementsByTagName("line")].filter((l) => l.getAttribute("stroke-dasharray") === "7 4"),
    ).toEqual([]);
  });
});
