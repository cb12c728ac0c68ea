"use client";

import { useEffect, useRef, useState } from "react";
import { participationChart, type ChartStudent } from "@/lib/classroom/participation-chart";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { KIND_LABELS } from "../../../documents/[id]/_annotations/kinds";

/**
 * A fill pattern per kind over the kind's colour (globals.css --kind on
 * .annotation-<kind>), so kinds differ in greyscale and for readers who do
 * not tell the colours apart. Claim is solid.
 */
const PATTERN_MARKS: Record<AnnotationKind, string | null> = {
  claim: null,
  premise: "M0,8 L8,0",
  evidence: "M2,2 h1 v1 h-1 Z M6,6 h1 v1 h-1 Z",
  objection: "M0,8 L8,0 M0,0 L8,8",
  question: "M0,4 H8",
  note: "M4,0 V8",
};

const patternId = (kind: AnnotationKind) => `participation-${kind}`;

function KindPatterns() {
  return (
    <defs>
      {ANNOTATION_KINDS.map((kind) => (
        <g key={kind} className={`annotation-${kind}`}>
          <pattern id={patternId(kind)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" className="pattern-ground" />
            {PATTERN_MARKS[kind] && <path d={PATTERN_MARKS[kind]!} stroke="#fff" strokeWidth="1.5" fill="#fff" />}
          </pattern>
        </g>
      ))}
    </defs>
  );
}

/** The width the chart has, followed as the window resizes. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The participation chart: annotations per student, stacked by kind, in the
 * table's current order and filter. The numbers are in the table beside it;
 * the drawing also says them in words (a title per bar and segment, and a
 * description with the class's totals).
 */
export function ParticipationChartView({ students }: { students: ChartStudent[] }) {
  const { ref, width } = useWidth(720);
  const geometry = {
    width,
    labelWidth: Math.min(170, Math.round(width * 0.34)),
    rowHeight: 22,
    top: 6,
    bottom: 44,
    right: 16,
  };
  const chart = participationChart(students, geometry);
  const axisY = chart.height - geometry.bottom;
  const totals = ANNOTATION_KINDS.map((kind) => `${chart.totals[kind]} ${KIND_LABELS[kind].toLowerCase()}`).join(", ");
  return (
    <figure className="participation-chart" aria-labelledby="participation-caption">
      <figcaption id="participation-caption">Participation: annotations by student and kind</figcaption>
      {/* The kinds' fills, defined once for the legend and the bars. */}
      <svg width="0" height="0" className="chart-patterns" aria-hidden="true">
        <KindPatterns />
      </svg>
      <ul className="chart-legend" aria-label="Kinds">
        {ANNOTATION_KINDS.map((kind) => (
          <li key={kind}>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill={`url(#${patternId(kind)})`} />
            </svg>
            {KIND_LABELS[kind]} <span className="meta">({chart.totals[kind]})</span>
          </li>
        ))}
      </ul>
      <div ref={ref} className="chart-frame">
        <svg
          width={chart.width}
          height={chart.height}
          role="img"
          aria-labelledby="participation-title participation-desc"
          className="chart-svg"
        >
          <title id="participation-title">Annotations per student, stacked by kind</title>
          <desc id="participation-desc">
            {students.length === 0
              ? "No students match."
              : `${students.length} students. Class totals: ${totals}. Each bar's title gives the student's counts.`}
          </desc>
          {chart.ticks.map((tick) => (
            <g key={tick.value} className="chart-tick">
              <line x1={tick.x} x2={tick.x} y1={geometry.top} y2={axisY} />
              <text x={tick.x} y={axisY + 14} textAnchor="middle">
                {tick.value}
              </text>
            </g>
          ))}
          <text
            x={(chart.ticks[0]!.x + chart.ticks.at(-1)!.x) / 2}
            y={chart.height - 6}
            textAnchor="middle"
            className="chart-axis-title"
          >
            Annotations
          </text>
          {chart.bars.map((bar) => (
            <g key={bar.id}>
              <title>{bar.title}</title>
              <text x={chart.ticks[0]!.x - 6} y={bar.y + 15} textAnchor="end" className="chart-label">
                {bar.label}
              </text>
              {bar.segments.map((segment) => (
                <rect
                  key={segment.kind}
                  x={segment.x}
                  y={bar.y + 4}
                  width={segment.width}
                  height={14}
                  fill={`url(#${patternId(segment.kind)})`}
                  stroke="#fff"
                  strokeWidth={0.5}
                >
                  <title>{segment.title}</title>
                </rect>
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
