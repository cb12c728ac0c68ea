import type { MapGraph } from "@/lib/validation/argument-map";
import { escapeXml } from "./xml-escape";
import type { LayoutBox, MapLayout } from "../layout-map";
import { mapEdges, mapJunctions, type MapEdge } from "../map-edges";
import { BOX_INK, BOX_STYLE, KIND_FILL, RELATION_COLOR, statementBox, textWidth } from "../map-style";
import { schemeById } from "../schemes";

const MARGIN = 24;
const TITLE_SIZE = 18;
const LABEL_SIZE = 12;
const TEXT_COLOR = BOX_INK.text;
const KIND_COLOR = BOX_INK.kind;
const DASH = {
  supports: "",
  attacks: ' stroke-dasharray="7 4"',
  undercuts: ' stroke-dasharray="2 3"',
  restates: ' stroke-dasharray="4 4"',
} as const;
/** The arrowhead each relation ends in, by marker name: one per colour. */
const MARKER = { supports: "support", attacks: "attack", undercuts: "attack", restates: "restate" } as const;

/** Numbers to one decimal: enough for a drawing, and the file stays small. */
const n = (value: number) => String(Math.round(value * 10) / 10);

const center = (box: LayoutBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** How far along `dx, dy` from a box's centre its border is, as a fraction of the vector. */
function exitAt(box: LayoutBox, dx: number, dy: number): number {
  const tx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  return Math.min(tx, ty, 0.5);
}

/**
 * A line of text of `size` px starting at `x` on `baseline`: glyphs, or a
 * bar of the text's width where the image is too small to read them.
 */
function textLine(text: string, x: number, baseline: number, size: number, asBar: boolean, fill: string): string {
  if (!asBar) return `<tspan x="${n(x)}" y="${n(baseline)}">${escapeXml(text)}</tspan>`;
  const width = textWidth(text, size);
  return `<rect x="${n(x)}" y="${n(baseline - size * 0.7)}" width="${n(width)}" height="${n(size * 0.6)}" fill="${fill}" fill-opacity="0.45"/>`;
}

/** `lines` (tspans from textLine) inside one <text>, or the bars alone. */
function textBlock(lines: string[], size: number, asBar: boolean, attributes: string): string {
  return asBar ? lines.join("") : `<text font-size="${size}"${attributes}>${lines.join("")}</text>`;
}

/** A straight edge from border to border, its label (on conclusion legs and attacks) midway. */
function drawEdge(edge: MapEdge, from: LayoutBox, to: LayoutBox, textAsBars: boolean): string[] {
  const a = center(from);
  const b = center(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const start = exitAt(from, dx, dy);
  const end = 1 - exitAt(to, dx, dy);
  const [x1, y1, x2, y2] = [a.x + dx * start, a.y + dy * start, a.x + dx * end, a.y + dy * end];
  const color = RELATION_COLOR[edge.relation];
  // Premise legs carry no arrowhead: linked premises visibly meet at the junction.
  const marker = edge.leg === "premise" ? "" : ` marker-end="url(#arrow-${MARKER[edge.relation]})"`;
  const out = [
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${color}" stroke-width="1.6"${DASH[edge.relation]}${marker}/>`,
  ];
  if (edge.leg !== "premise") {
    const width = textWidth(edge.relation, LABEL_SIZE) + 6;
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    out.push(
      `<rect x="${n(mx - width / 2)}" y="${n(my - 8)}" width="${n(width)}" height="16" rx="3" fill="#ffffff" fill-opacity="0.9"/>`,
      textAsBars
        ? textLine(edge.relation, mx - width / 2 + 3, my + 4, LABEL_SIZE, true, color)
        : `<text x="${n(mx)}" y="${n(my + 4)}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${color}">${edge.relation}</text>`,
    );
  }
  return out;
}

export type SvgOptions = {
  /** Drawn on top of the map. */
  title: string;
  /**
   * Draws every statement line, kind label and edge label as a translucent
   * bar of the text's width instead of glyphs: for a picture so small that
   * the text cannot be read (see toMapPngAsync). Default false.
   */
  textAsBars?: boolean;
};

/** The picture's extent in layout coordinates: the boxes, the title and a margin. */
export function svgFrame(
  layout: MapLayout,
  title: string,
): { minX: number; top: number; width: number; height: number } {
  const boxes = [...layout.values()];
  const minX = Math.min(0, ...boxes.map((box) => box.x)) - MARGIN;
  const titleWidth = textWidth(title, TITLE_SIZE);
  const maxX = Math.max(minX + MARGIN + titleWidth, ...boxes.map((box) => box.x + box.width)) + MARGIN;
  const top = Math.min(0, ...boxes.map((box) => box.y)) - MARGIN - TITLE_SIZE - 12;
  const maxY = Math.max(0, ...boxes.map((box) => box.y + box.height)) + MARGIN;
  return { minX, top, width: maxX - minX, height: maxY - top };
}

/**
 * A standalone SVG 1.1 image of `graph` as laid out by layoutMap: a white
 * background; each statement a rounded box filled by kind, its kind in
 * capitals over its text (wrapped and cut exactly as layoutMap sized it,
 * escaped, DejaVu Sans 13px; kind and edge labels 12px) with the whole text
 * as a hover <title>; each argument a junction dot (filled when linked, its
 * scheme's name as a hover title); straight edges between box borders —
 * supports green, attacks red dashed, undercuts red dotted, restates slate
 * dashed — with arrowheads (none on premise legs) and a label ("supports",
 * "attacks", "undercuts", "restates") on every conclusion leg, attack and
 * restatement; `title` on top. The viewBox and the
 * width/height (px) fit the content plus a margin (svgFrame).
 *
 * Nodes and junctions missing from `layout` (a stale layout) are left out,
 * and so are edges touching them. Pure.
 */
export function toSvg(graph: MapGraph, layout: MapLayout, options: SvgOptions): string {
  const { minX, top, width, height } = svgFrame(layout, options.title);
  const bars = options.textAsBars ?? false;

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}"` +
      ` viewBox="${n(minX)} ${n(top)} ${n(width)} ${n(height)}" font-family="${BOX_STYLE.fontFamily}" role="img">`,
    `<title>${escapeXml(options.title)}</title>`,
    "<defs>",
    // The restates arrowhead only where there are restatements: other maps' pictures stay as they were.
    ...(["supports", "attacks", ...(graph.restatements?.length ? (["restates"] as const) : [])] as const).map(
      (relation) =>
        `<marker id="arrow-${MARKER[relation]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">` +
        `<path d="M0,0 L10,5 L0,10 z" fill="${RELATION_COLOR[relation]}"/></marker>`,
    ),
    "</defs>",
    `<rect x="${n(minX)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="${n(minX + MARGIN)}" y="${n(top + MARGIN + TITLE_SIZE - 4)}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(options.title)}</text>`,
  ];

  for (const edge of mapEdges(graph)) {
    const [from, to] = [layout.get(edge.source), layout.get(edge.target)];
    if (from && to) out.push(...drawEdge(edge, from, to, bars));
  }

  const s = BOX_STYLE;
  for (const node of graph.nodes) {
    const box = layout.get(node.id);
    if (!box) continue;
    const { kindLabel, lines } = statementBox(node);
    const left = box.x + s.paddingX;
    const kind = textLine(kindLabel, left, box.y + s.paddingY + s.kindSize, s.kindSize, bars, KIND_COLOR);
    const text = lines.map((line, i) =>
      textLine(
        line,
        left,
        box.y + s.paddingY + s.kindHeight + i * s.lineHeight + s.textSize,
        s.textSize,
        bars,
        TEXT_COLOR,
      ),
    );
    out.push(
      "<g>",
      `<title>${escapeXml(node.text)}</title>`,
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="6" fill="${KIND_FILL[node.kind]}" stroke="${BOX_INK.border}" stroke-width="1"${node.unstated ? ' stroke-dasharray="5 3"' : ""}/>`,
      textBlock([kind], s.kindSize, bars, ` font-weight="bold" fill="${KIND_COLOR}"`),
      textBlock(text, s.textSize, bars, ` fill="${TEXT_COLOR}"`),
      "</g>",
    );
  }

  for (const { id, argument, linked } of mapJunctions(graph)) {
    const box = layout.get(id);
    if (!box) continue;
    const { x, y } = center(box);
    const scheme = argument.scheme && (schemeById(argument.scheme)?.name ?? argument.scheme);
    out.push(
      `<circle cx="${n(x)}" cy="${n(y)}" r="${n(s.junctionSize / 2 - 1)}" fill="${linked ? RELATION_COLOR.supports : "#ffffff"}" stroke="${RELATION_COLOR.supports}" stroke-width="1.6">` +
        (scheme ? `<title>${escapeXml(scheme)}</title>` : "") +
        "</circle>",
    );
  }
  out.push("</svg>", "");
  return out.join("\n");
}
