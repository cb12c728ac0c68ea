"use client";

import { BaseEdge, type EdgeProps } from "@xyflow/react";
import type { Point } from "@/lib/argument/edge-route";
import { ArgumentLabel } from "./argument-label";
import type { RelationEdgeData } from "./flow-elements";
import { useEdgeRoute } from "./use-edge-route";

/** An SVG path through `points`, its corners rounded by up to 8 px. */
function pathThrough(points: Point[]): string {
  const parts = [`M ${points[0]!.x} ${points[0]!.y}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [before, corner, after] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const into = Math.hypot(corner.x - before.x, corner.y - before.y);
    const out = Math.hypot(after.x - corner.x, after.y - corner.y);
    const r = Math.min(8, into / 2, out / 2);
    const a = { x: corner.x - ((corner.x - before.x) / into) * r, y: corner.y - ((corner.y - before.y) / into) * r };
    const b = { x: corner.x + ((after.x - corner.x) / out) * r, y: corner.y + ((after.y - corner.y) / out) * r };
    parts.push(`L ${a.x} ${a.y}`, `Q ${corner.x} ${corner.y} ${b.x} ${b.y}`);
  }
  const last = points.at(-1)!;
  parts.push(`L ${last.x} ${last.y}`);
  return parts.join(" ");
}

/**
 * A relation drawn along its route (lib/argument/route-map.ts): from the
 * side of its box that faces the other, round any box in the way, with its
 * arrowhead, and its label where it covers no box and no other label.
 */
export function RelationEdge({ id, markerEnd, label, style, interactionWidth, data }: EdgeProps) {
  const route = useEdgeRoute(id);
  if (!route) return null;
  const path = pathThrough(route.points);
  const plate = route.label;
  const [labelX, labelY] = plate ? [plate.x + plate.width / 2, plate.y + plate.height / 2] : [0, 0];
  // A direct support is a whole argument: its label is the button that opens it.
  const argument = (data as RelationEdgeData | undefined)?.argument;
  if (argument) {
    return (
      <>
        <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} />
        <ArgumentLabel argumentId={(data as RelationEdgeData).linkId} mark={argument} x={labelX} y={labelY} />
      </>
    );
  }
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={interactionWidth}
    />
  );
}
