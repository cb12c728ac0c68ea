import { describe, expect, it } from "vitest";
import { niceTicks, participationChart, type ChartStudent } from "@/lib/classroom/participation-chart";
import { ANNOTATION_KINDS } from "@/lib/validation/annotation";

const counts = (partial: Partial<Record<(typeof ANNOTATION_KINDS)[number], number>>) =>
  Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, partial[kind] ?? 0])) as ChartStudent["counts"];

const GEOMETRY = { width: 600, labelWidth: 150, rowHeight: 20, top: 10, bottom: 40, right: 10 };

describe("niceTicks", () => {
  it("rounds the largest value up to a 1, 2 or 5 step with about five ticks", () => {
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(1)).toEqual([0, 1]);
  });

  it("keeps an axis for a class that has done nothing yet", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("participationChart", () => {
  const students: ChartStudent[] = [
    { id: "a", name: "Ann", counts: counts({ claim: 2, evidence: 3 }) },
    { id: "b", name: "Bea", counts: counts({}) },
    { id: "c", name: "Cal", counts: counts({ claim: 1, premise: 1, objection: 2, question: 1, note: 5 }) },
  ];
  const chart = participationChart(students, GEOMETRY);

  it("stacks each student's kinds left to right in kind order, each as wide as its count, leaving out zeros", () => {
    const plot = GEOMETRY.width - GEOMETRY.labelWidth - GEOMETRY.right;
    const unit = plot / 10; // Cal's 10 annotations make the axis end at 10
    expect(chart.scaleMax).toBe(10);
    const ann = chart.bars[0]!;
    expect(ann.segments.map((s) => [s.kind, s.count])).toEqual([
      ["claim", 2],
      ["evidence", 3],
    ]);
    expect(ann.segments[0]).toMatchObject({ x: GEOMETRY.labelWidth, width: 2 * unit });
    expect(ann.segments[1]).toMatchObject({ x: GEOMETRY.labelWidth + 2 * unit, width: 3 * unit });
    const cal = chart.bars[2]!;
    expect(cal.segments.map((s) => s.kind)).toEqual(["claim", "premise", "objection", "question", "note"]);
    const last = cal.segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(GEOMETRY.labelWidth + plot);
    expect(chart.bars[1]!.segments).toEqual([]);
  });

  it("puts one row per student in the given order and sizes the drawing to fit them", () => {
    expect(chart.bars.map((bar) => [bar.id, bar.y])).toEqual([
      ["a", 10],
      ["b", 30],
      ["c", 50],
    ]);
    expect(chart.height).toBe(10 + 3 * 20 + 40);
    expect(chart.bars.map((bar) => bar.total)).toEqual([5, 0, 10]);
  });

  it("labels each segment and row in words, so the chart is not read by colour alone", () => {
    expect(chart.bars[0]!.segments[1]!.title).toBe("Ann: 3 evidence");
    expect(chart.bars[1]!.title).toBe("Bea: no annotations");
    expect(chart.bars[2]!.title).toBe("Cal: 10 annotations — 1 claim, 1 premise, 2 objection, 1 question, 5 note");
  });

  it("places the axis ticks on the scale and totals the class by kind", () => {
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(chart.ticks[0]!.x).toBe(GEOMETRY.labelWidth);
    expect(chart.ticks.at(-1)!.x).toBeCloseTo(GEOMETRY.width - GEOMETRY.right);
    expect(chart.totals).toEqual(counts({ claim: 3, premise: 1, evidence: 3, objection: 2, question: 1, note: 5 }));
  });

  it("shortens long names to fit beside the bars", () => {
    const long = participationChart(
      [{ id: "x", name: "Maximiliana Bartholomew-Featherstonehaugh", counts: counts({}) }],
      {
        ...GEOMETRY,
        labelWidth: 100,
      },
    );
    expect(long.bars[0]!.label.length).toBeLessThan("Maximiliana Bartholomew-Featherstonehaugh".length);
    expect(long.bars[0]!.label.endsWith("…")).toBe(true);
  });

  it("draws an empty class without dividing by zero", () => {
    const empty = participationChart([], GEOMETRY);
    expect(empty.bars).toEqual([]);
    expect(empty.ticks.map((tick) => tick.value)).toEqual([0, 1]);
    expect(Number.isFinite(empty.height)).toBe(true);
  });
});
