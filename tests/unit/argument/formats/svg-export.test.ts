import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { svgFrame, toSvg } from "@/lib/argument/formats/svg-export";
import { layoutMap, type MapLayout } from "@/lib/argument/layout-map";
import { BOX_STYLE, statementBox, textWidth } from "@/lib/argument/map-style";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
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
  beforeAll(async () => {
    layout = await layoutMap(LIBERTY_MAP);
  });
  // Rendered inside each test, not in beforeAll: mutation testing credits a
  // test only with the code that runs inside it.
  const render = () => {
    const svg = toSvg(LIBERTY_MAP, layout, { title: "On Liberty & <friends>" });
    return { svg, document: parse(svg) };
  };

  it("is a standalone SVG whose viewBox and size fit every box plus a margin", () => {
    const { document } = render();
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
    const { svg, document } = render();
    const first = document.documentElement.getElementsByTagName("rect")[0];
    expect(first.getAttribute("fill")).toBe("#ffffff");
    expect(first.getAttribute("width")).toBe(document.documentElement.getAttribute("width"));
    expect(document.getElementsByTagName("title")[0].textContent).toBe("On Liberty & <friends>");
    expect(svg).toContain(">On Liberty &amp; &lt;friends&gt;</text>");
  });

  it("writes each statement's kind and wrapped lines in its box, escaped", () => {
    const { svg, document } = render();
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
    const { document } = render();
    expect(document.documentElement.getAttribute("font-family")).toBe("DejaVu Sans, Arial, sans-serif");
    const sizes = [...document.getElementsByTagName("text")].map((text) => Number(text.getAttribute("font-size")));
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter((size) => !(size >= 12))).toEqual([]);
  });

  it("draws an edge per relation: supports green, attacks dashed, undercuts dotted, arrowheads off premise legs", () => {
    const { document } = render();
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
    const { document } = render();
    const labels = [...document.getElementsByTagName("text")]
      .map((text) => text.textContent)
      .filter((text) => ["supports", "attacks", "undercuts"].includes(text!));
    expect(labels).toEqual(["supports", "supports", "supports", "supports", "attacks", "undercuts"]);
  });

  it("draws each junction as a dot on its layout box, filled when linked", () => {
    const { document } = render();
    const circles = [...document.getElementsByTagName("circle")];
    expect(circles.map((circle) => circle.getAttribute("fill"))).toEqual(["#2e7d32", "#ffffff", "#ffffff", "#ffffff"]);
    const box = layout.get("arg-expert")!;
    expect(numbers(circles[1], "cx", "cy")).toEqual(tenths(box.x + box.width / 2, box.y + box.height / 2));
    expect(circles[1].getElementsByTagName("title")[0].textContent).toBe("Argument from Expert Opinion");
  });

  it("draws text as bars of its width when asked, the title alone as glyphs", () => {
    const { document } = render();
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
    const { document } = render();
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

/**
 * A map laid out by hand so that every coordinate can be worked out on paper:
 *
 *   a (claim)        box (0, 0) 120×60, centre (60, 30)
 *   arg (junction)   box (54, 100) 12×12, centre (60, 106): b supports a
 *   b (premise)      box (0, 160) 120×60, centre (60, 190)
 *   c (objection)    box (240, 200) 120×60, centre (300, 230): attacks a
 *   e (objection)    box (200, 126) 120×60, centre (260, 156): undercuts arg
 */
const HAND: MapGraph = {
  nodes: [
    freeNode("a", "claim", "Liberty may be limited only to prevent harm to others."),
    freeNode("b", "premise", "Harm."),
    freeNode("c", "objection", "No."),
    freeNode("e", "objection", "Maybe."),
  ],
  arguments: [support("arg", ["b"], "a")],
  attacks: [
    { id: "rebut", attackerId: "c", target: { nodeId: "a" } },
    { id: "cut", attackerId: "e", target: { argumentId: "arg" } },
  ],
};
const HAND_LAYOUT: MapLayout = new Map([
  ["a", { x: 0, y: 0, width: 120, height: 60 }],
  ["arg", { x: 54, y: 100, width: 12, height: 12 }],
  ["b", { x: 0, y: 160, width: 120, height: 60 }],
  ["c", { x: 240, y: 200, width: 120, height: 60 }],
  ["e", { x: 200, y: 126, width: 120, height: 60 }],
]);
const GREEN = "#2e7d32";
const RED = "#c62828";

const handSvg = (textAsBars = false) => parse(toSvg(HAND, HAND_LAYOUT, { title: "Map", textAsBars }));
const endpoints = (line: Element) => numbers(line, "x1", "y1", "x2", "y2");
/** The label of an edge whose midpoint is (mx, my): a white plate 16 px high, the text 4 px below the middle. */
const plateAt = (relation: string, mx: number, my: number) => {
  const width = textWidth(relation, 12) + 6;
  return tenths(mx - width / 2, my - 8, width, 16);
};

describe("toSvg geometry", () => {
  it("draws each edge from border to border along the line between the box centres", () => {
    const lines = [...handSvg().getElementsByTagName("line")].map(endpoints);
    expect(lines).toEqual([
      // b → arg, straight up: leaves b's top edge (y 160), reaches the junction's bottom (y 112).
      [60, 160, 60, 112],
      // arg → a: from the junction's top (y 100) to a's bottom (y 60).
      [60, 100, 60, 60],
      // c → a, (-240, -200) between centres: the top and bottom edges are met first,
      // at 30/200 = 0.15 of the way from each end: (300 - 36, 230 - 30) and (60 + 36, 30 + 30).
      [264, 200, 96, 60],
      // e → arg, (-200, -50): e's left edge at 60/200 = 0.3 of the way, the junction's right
      // edge 6/200 = 0.03 before the end: (260 - 60, 156 - 15) and (60 + 6, 106 + 1.5).
      [200, 141, 66, 107.5],
    ]);
  });

  it("joins boxes of no size (points) centre to centre", () => {
    const points: MapLayout = new Map([
      ["a", { x: 0, y: 0, width: 0, height: 0 }],
      ["arg", { x: 0, y: 50, width: 0, height: 0 }],
      ["b", { x: 0, y: 100, width: 0, height: 0 }],
      ["c", { x: 100, y: 0, width: 0, height: 0 }],
    ]);
    const document = parse(toSvg(HAND, points, { title: "Points" }));
    expect([...document.getElementsByTagName("line")].map(endpoints)).toEqual([
      [0, 100, 0, 50],
      [0, 50, 0, 0],
      [100, 0, 0, 0],
    ]);
  });

  it("meets overlapping boxes halfway between their centres", () => {
    const stacked: MapLayout = new Map([
      ["c", { x: 0, y: 0, width: 100, height: 100 }],
      ["a", { x: 20, y: 0, width: 100, height: 100 }],
    ]);
    const line = parse(toSvg(HAND, stacked, { title: "t" })).getElementsByTagName("line")[0];
    expect(endpoints(line)).toEqual([60, 50, 60, 50]);
  });

  it("puts arrowheads on conclusion legs and attacks, none on premise legs, dashes by relation", () => {
    const lines = [...handSvg().getElementsByTagName("line")].map((line) => [
      line.getAttribute("stroke"),
      line.getAttribute("stroke-width"),
      line.getAttribute("stroke-dasharray"),
      line.getAttribute("marker-end"),
    ]);
    expect(lines).toEqual([
      [GREEN, "1.6", null, null],
      [GREEN, "1.6", null, "url(#arrow-support)"],
      [RED, "1.6", "7 4", "url(#arrow-attack)"],
      [RED, "1.6", "2 3", "url(#arrow-attack)"],
    ]);
    const markers = [...handSvg().getElementsByTagName("marker")].map((marker) => [
      marker.id,
      marker.getAttribute("orient"),
      marker.getElementsByTagName("path")[0].getAttribute("d"),
      marker.getElementsByTagName("path")[0].getAttribute("fill"),
    ]);
    expect(markers).toEqual([
      ["arrow-support", "auto", "M0,0 L10,5 L0,10 z", GREEN],
      ["arrow-attack", "auto", "M0,0 L10,5 L0,10 z", RED],
    ]);
  });

  it("labels every edge but the premise legs on a white plate at its midpoint", () => {
    const document = handSvg();
    // Outside the statement groups, after the background: the edge label plates.
    const plates = [...document.documentElement.children]
      .filter((child) => child.localName === "rect" && child.getAttribute("height") === "16")
      .map((rect) => [...numbers(rect, "x", "y", "width", "height"), rect.getAttribute("fill")]);
    expect(plates).toEqual([
      [...plateAt("supports", 60, 80), "#ffffff"],
      [...plateAt("attacks", 180, 130), "#ffffff"],
      [...plateAt("undercuts", 133, 124.25), "#ffffff"],
    ]);
    const labels = [...document.documentElement.children]
      .filter((child) => child.localName === "text" && child.getAttribute("text-anchor") === "middle")
      .map((text) => [text.textContent, ...numbers(text, "x", "y", "font-size"), text.getAttribute("fill")]);
    expect(labels).toEqual([
      ["supports", 60, 84, 12, GREEN],
      ["attacks", 180, 134, 12, RED],
      ["undercuts", 133, 128.3, 12, RED],
    ]);
  });

  it("frames the boxes and the title with a 24 px margin, the title in bold on top", () => {
    const document = handSvg();
    const root = document.documentElement;
    // Boxes span x 0…360 and y 0…260; the title's line (18 px + 12 px gap) sits above them.
    expect(root.getAttribute("viewBox")).toBe("-24 -54 408 338");
    expect(numbers(root, "width", "height")).toEqual([408, 338]);
    expect(svgFrame(HAND_LAYOUT, "Map")).toEqual({ minX: -24, top: -54, width: 408, height: 338 });
    const background = root.getElementsByTagName("rect")[0];
    expect([...numbers(background, "x", "y", "width", "height"), background.getAttribute("fill")]).toEqual([
      -24,
      -54,
      408,
      338,
      "#ffffff",
    ]);
    const title = [...root.children].find((child) => child.localName === "text")!;
    expect([title.textContent, ...numbers(title, "x", "y", "font-size"), title.getAttribute("font-weight")]).toEqual([
      "Map",
      0,
      -16,
      18,
      "bold",
    ]);
    expect(root.getElementsByTagName("title")[0].textContent).toBe("Map");
  });

  it("widens the frame for a title longer than the map, and reaches boxes left of and above the origin", () => {
    const small: MapLayout = new Map([["a", { x: 0, y: 0, width: 50, height: 40 }]]);
    const title = "A title much wider than the map";
    expect(svgFrame(small, title)).toEqual({
      minX: -24,
      top: -54,
      width: 24 + textWidth(title, 18) + 24,
      height: 54 + 40 + 24,
    });
    const away: MapLayout = new Map([
      ["a", { x: -50, y: -30, width: 200, height: 40 }],
      ["b", { x: 100, y: 20, width: 120, height: 100 }],
    ]);
    // From x -50 to 220 and y -30 to 120, plus the margins and the title's line.
    expect(svgFrame(away, "t")).toEqual({ minX: -74, top: -84, width: 318, height: 228 });
  });

  it("sets the kind and each wrapped line of a statement at its padding and line height", () => {
    const group = handSvg().getElementsByTagName("g")[0];
    expect(group.getElementsByTagName("title")[0].textContent).toBe(HAND.nodes[0].text);
    const rect = group.getElementsByTagName("rect")[0];
    expect([...numbers(rect, "x", "y", "width", "height", "rx"), rect.getAttribute("fill")]).toEqual([
      0,
      0,
      120,
      60,
      6,
      "#dbeafe",
    ]);
    const [kind, text] = [...group.getElementsByTagName("text")];
    expect([...numbers(kind, "font-size"), kind.getAttribute("font-weight"), kind.getAttribute("fill")]).toEqual([
      12,
      "bold",
      "#4b5563",
    ]);
    expect([...numbers(text, "font-size"), text.getAttribute("fill")]).toEqual([13, "#111827"]);
    const tspans = (element: Element) =>
      [...element.getElementsByTagName("tspan")].map((tspan) => [tspan.textContent, ...numbers(tspan, "x", "y")]);
    // 10 px in from the left; the kind's baseline 8 + 12 px down, the lines' 8 + 18 + 13 px and 17 px apart.
    expect(tspans(kind)).toEqual([["CLAIM", 10, 20]]);
    expect(tspans(text)).toEqual([
      ["Liberty may be limited only", 10, 39],
      ["to prevent harm to others.", 10, 56],
    ]);
  });

  it("draws bars where the glyphs would stand: from 0.7 of the size above the baseline, 0.6 of it high", () => {
    const document = handSvg(true);
    const bars = (element: Element) =>
      [...element.getElementsByTagName("rect")]
        .filter((rect) => rect.getAttribute("fill-opacity") === "0.45")
        .map((rect) => [...numbers(rect, "x", "y", "width", "height"), rect.getAttribute("fill")]);
    expect(bars(document.getElementsByTagName("g")[0])).toEqual([
      [...tenths(10, 20 - 8.4, textWidth("CLAIM", 12), 7.2), "#4b5563"],
      [...tenths(10, 39 - 9.1, textWidth("Liberty may be limited only", 13), 7.8), "#111827"],
      [...tenths(10, 56 - 9.1, textWidth("to prevent harm to others.", 13), 7.8), "#111827"],
    ]);
    // Edge labels too: 3 px into the plate, on the label's baseline.
    const supports = textWidth("supports", 12);
    const edgeBars = [...document.documentElement.children].filter(
      (child) => child.localName === "rect" && child.getAttribute("fill-opacity") === "0.45",
    );
    expect([...numbers(edgeBars[0], "x", "y", "width", "height"), edgeBars[0].getAttribute("fill")]).toEqual([
      ...tenths(60 - (supports + 6) / 2 + 3, 84 - 8.4, supports, 7.2),
      GREEN,
    ]);
    expect(edgeBars.map((bar) => bar.getAttribute("fill"))).toEqual([GREEN, RED, RED]);
    expect(document.getElementsByTagName("text")).toHaveLength(1);
  });

  it("writes one element a line, ending with a newline", () => {
    const svg = toSvg(HAND, HAND_LAYOUT, { title: "Map" });
    const lines = svg.split("\n");
    expect(lines[0]).toMatch(/^<svg [^\n]*>$/);
    expect(lines.slice(1, 3)).toEqual(["<title>Map</title>", "<defs>"]);
    expect(lines.slice(-2)).toEqual(["</svg>", ""]);
  });
});

describe("toSvg junctions", () => {
  const graph: MapGraph = {
    nodes: [freeNode("a"), freeNode("b"), freeNode("c")],
    arguments: [
      support("plain", ["b"], "a"),
      { ...support("expert", ["b", "c"], "a"), scheme: "expert-opinion" },
      { ...support("own", ["c"], "a"), scheme: "my-own-scheme" },
      support("unplaced", ["c"], "b"),
    ],
    attacks: [],
  };
  const layout: MapLayout = new Map([
    ["plain", { x: 0, y: 0, width: 12, height: 12 }],
    ["expert", { x: 20, y: 0, width: 12, height: 12 }],
    ["own", { x: 40, y: 10, width: 20, height: 30 }],
  ]);

  it("draws a dot of radius 5 at the centre of each placed junction, filled green when linked", () => {
    const circles = [...parse(toSvg(graph, layout, { title: "t" })).getElementsByTagName("circle")];
    expect(
      circles.map((circle) => [
        ...numbers(circle, "cx", "cy", "r"),
        circle.getAttribute("fill"),
        circle.getAttribute("stroke"),
      ]),
    ).toEqual([
      [6, 6, 5, "#ffffff", GREEN],
      [26, 6, 5, GREEN, GREEN],
      [50, 25, 5, "#ffffff", GREEN],
    ]);
  });

  it("names the scheme on hover: its name, or its id when the scheme is unknown, nothing without one", () => {
    const circles = [...parse(toSvg(graph, layout, { title: "t" })).getElementsByTagName("circle")];
    expect(circles.map((circle) => circle.getElementsByTagName("title")[0]?.textContent ?? null)).toEqual([
      null,
      "Argument from Expert Opinion",
      "my-own-scheme",
    ]);
    expect(circles[0].childNodes).toHaveLength(0);
  });
});
