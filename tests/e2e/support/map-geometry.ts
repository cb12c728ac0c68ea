import type { Locator } from "@playwright/test";
import { segmentHitsBox, type Point } from "@/lib/argument/edge-route";

type Rect = { x: number; y: number; width: number; height: number };

/** What the map view drew, in flow coordinates (independent of zoom), read from the DOM. */
export type DrawnMap = {
  boxes: { id: string; kind: "statement" | "junction"; rect: Rect }[];
  edges: { id: string; points: Point[] }[];
  labels: { text: string; rect: Rect }[];
};

/**
 * Reads the boxes, edge routes and edge labels the map view has drawn.
 * Only rendered elements are read (React Flow renders those in view), so fit
 * the map first to read all of it. Screen rectangles are turned back into
 * flow coordinates through the viewport's pan and zoom.
 */
export async function readDrawnMap(map: Locator): Promise<DrawnMap> {
  return map.locator(".react-flow").evaluate((flow) => {
    const viewport = flow.querySelector<HTMLElement>(".react-flow__viewport")!;
    const matrix = new DOMMatrix(getComputedStyle(viewport).transform);
    const origin = flow.getBoundingClientRect();
    const zoom = matrix.a;
    const toFlow = (x: number, y: number) => ({
      x: (x - origin.left - matrix.e) / zoom,
      y: (y - origin.top - matrix.f) / zoom,
    });
    const rectOf = (element: Element) => {
      const r = element.getBoundingClientRect();
      const at = toFlow(r.left, r.top);
      return { x: at.x, y: at.y, width: r.width / zoom, height: r.height / zoom };
    };
    const boxes = [...flow.querySelectorAll<HTMLElement>(".react-flow__node")].map((node) => ({
      id: node.dataset.id!,
      kind: node.classList.contains("react-flow__node-junction") ? ("junction" as const) : ("statement" as const),
      rect: rectOf(node),
    }));
    const edges = [...flow.querySelectorAll<SVGGElement>(".react-flow__edge")].flatMap((edge) => {
      const path = edge.querySelector<SVGPathElement>("path.react-flow__edge-path");
      const ctm = path?.getScreenCTM();
      if (!path || !ctm) return [];
      // Sample the drawn path (lines and rounded corners) every few px.
      const length = path.getTotalLength();
      const steps = Math.max(2, Math.ceil(length / 4));
      const points = Array.from({ length: steps + 1 }, (_, i) => {
        const p = path.getPointAtLength((length * i) / steps);
        const screen = new DOMPoint(p.x, p.y).matrixTransform(ctm);
        return toFlow(screen.x, screen.y);
      });
      return [{ id: edge.dataset.id ?? edge.getAttribute("data-testid") ?? "", points }];
    });
    const labels = [...flow.querySelectorAll(".react-flow__edge-textwrapper, .argument-label")].map((label) => ({
      text: label.textContent ?? "",
      rect: rectOf(label),
    }));
    return { boxes, edges, labels };
  });
}

const shrunk = (r: Rect, by: number): Rect => ({
  x: r.x + by,
  y: r.y + by,
  width: r.width - 2 * by,
  height: r.height - 2 * by,
});
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const touches = (r: Rect, p: Point, by = 2) =>
  p.x >= r.x - by && p.x <= r.x + r.width + by && p.y >= r.y - by && p.y <= r.y + r.height + by;

function properlyCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (o: Point, p: Point, q: Point) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const [d1, d2, d3, d4] = [cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)];
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How many pairs of polylines cross (each pair counted once), ignoring lines that share an end. */
export function edgeCrossings(lines: Point[][]): number {
  const near = (p: Point, q: Point) => Math.abs(p.x - q.x) < 3 && Math.abs(p.y - q.y) < 3;
  const boundsOf = (points: Point[]) => {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    return {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
  };
  const bounds = lines.map(boundsOf);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i]!, lines[j]!];
      if (!overlaps(shrunk(bounds[i]!, -1), shrunk(bounds[j]!, -1))) continue;
      const shareEnd = [a[0]!, a.at(-1)!].some((p) => near(p, b[0]!) || near(p, b.at(-1)!));
      if (shareEnd) continue;
      const crossed = a.slice(1).some((p, s) => b.slice(1).some((q, t) => properlyCross(a[s]!, p, b[t]!, q)));
      if (crossed) count += 1;
    }
  }
  return count;
}

/** The figures the layout check and the e2e test hold the map view to. */
export function measureDrawnMap(drawn: DrawnMap) {
  const edgeThroughBox: string[] = [];
  for (const edge of drawn.edges) {
    const [first, last] = [edge.points[0]!, edge.points.at(-1)!];
    for (const box of drawn.boxes) {
      // An edge's own boxes are where it starts and ends.
      if (touches(box.rect, first) || touches(box.rect, last)) continue;
      const inner = shrunk(box.rect, 1);
      if (edge.points.slice(1).some((p, i) => segmentHitsBox(edge.points[i]!, p, inner))) {
        edgeThroughBox.push(`${edge.id} through ${box.id}`);
      }
    }
  }
  const boxOverlaps: string[] = [];
  drawn.boxes.forEach((a, i) =>
    drawn.boxes.slice(i + 1).forEach((b) => {
      if (overlaps(shrunk(a.rect, 0.5), shrunk(b.rect, 0.5))) boxOverlaps.push(`${a.id} on ${b.id}`);
    }),
  );
  const labelOverlaps: string[] = [];
  drawn.labels.forEach((label, i) => {
    const plate = shrunk(label.rect, 0.5);
    for (const box of drawn.boxes) if (overlaps(plate, box.rect)) labelOverlaps.push(`"${label.text}" on ${box.id}`);
    drawn.labels.slice(i + 1).forEach((other) => {
      if (overlaps(plate, other.rect)) labelOverlaps.push(`"${label.text}" on "${other.text}"`);
    });
  });
  return {
    statements: drawn.boxes.filter((box) => box.kind === "statement").length,
    edges: drawn.edges.length,
    labels: drawn.labels.length,
    edgeThroughBox,
    boxOverlaps,
    labelOverlaps,
    edgeCrossings: edgeCrossings(drawn.edges.map((edge) => edge.points)),
  };
}
