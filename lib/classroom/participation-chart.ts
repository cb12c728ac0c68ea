import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";

/**
 * The participation chart's layout, kept apart from its drawing so it can be
 * tested without a browser: one horizontal bar per student, stacked by
 * annotation kind in a fixed order, on a shared count axis. Horizontal bars
 * because a class is long and a screen is narrow: rows grow downwards with
 * the roster and names read beside their bar at 390 px as at 1440.
 */

export type ChartStudent = { id: string; name: string; counts: Record<AnnotationKind, number> };

export type ChartGeometry = {
  /** The whole drawing's width. */
  width: number;
  /** Room on the left for names. */
  labelWidth: number;
  rowHeight: number;
  /** Room above the first row, and below the last for the axis and its title. */
  top: number;
  bottom: number;
  right: number;
};

export type ChartSegment = { kind: AnnotationKind; count: number; x: number; width: number; title: string };
export type ChartBar = {
  id: string;
  /** The name as drawn (shortened to fit); `title` says it in full. */
  label: string;
  y: number;
  total: number;
  title: string;
  segments: ChartSegment[];
};
export type ParticipationChart = {
  width: number;
  height: number;
  /** Where the count axis ends: a round number at or above the largest total. */
  scaleMax: number;
  ticks: { value: number; x: number }[];
  bars: ChartBar[];
  /** The class's annotations by kind, for the legend and the text alternative. */
  totals: Record<AnnotationKind, number>;
};

/** About how wide one character of the chart's 12 px label font is. */
const CHARACTER_WIDTH = 7;

/** Axis ticks from 0 in steps of 1, 2 or 5 × 10ⁿ (whole numbers), about five of them, reaching at least `max`. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough)!,
  );
  const steps = Math.ceil(max / step);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

function shorten(name: string, labelWidth: number): string {
  const room = Math.max(4, Math.floor((labelWidth - 8) / CHARACTER_WIDTH));
  return name.length <= room ? name : `${name.slice(0, room - 1).trimEnd()}…`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The chart for `students`, in the order given (the table's order). */
export function participationChart(students: readonly ChartStudent[], geometry: ChartGeometry): ParticipationChart {
  const { width, labelWidth, rowHeight, top, bottom, right } = geometry;
  const totalOf = (student: ChartStudent) => ANNOTATION_KINDS.reduce((sum, kind) => sum + student.counts[kind], 0);
  const ticks = niceTicks(Math.max(0, ...students.map(totalOf)));
  const scaleMax = ticks.at(-1)!;
  const plotWidth = width - labelWidth - right;
  const xOf = (count: number) => labelWidth + (count / scaleMax) * plotWidth;

  const totals = Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, 0])) as Record<AnnotationKind, number>;
  const bars = students.map((student, row): ChartBar => {
    let before = 0;
    const segments: ChartSegment[] = [];
    for (const kind of ANNOTATION_KINDS) {
      const count = student.counts[kind];
      totals[kind] += count;
      if (count === 0) continue;
      segments.push({
        kind,
        count,
        x: xOf(before),
        width: xOf(before + count) - xOf(before),
        title: `${student.name}: ${count} ${kind}`,
      });
      before += count;
    }
    const total = totalOf(student);
    const breakdown = segments.map((segment) => `${segment.count} ${segment.kind}`).join(", ");
    return {
      id: student.id,
      label: shorten(student.name, labelWidth),
      y: top + row * rowHeight,
      total,
      title:
        total === 0
          ? `${student.name}: no annotations`
          : `${student.name}: ${plural(total, "annotation")} — ${breakdown}`,
      segments,
    };
  });

  return {
    width,
    height: top + students.length * rowHeight + bottom,
    scaleMax,
    ticks: ticks.map((value) => ({ value, x: xOf(value) })),
    bars,
    totals,
  };
}
