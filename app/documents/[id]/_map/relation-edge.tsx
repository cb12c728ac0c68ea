"use client";

import { BaseEdge, getBezierPath, Position, useInternalNode, type EdgeProps, type InternalNode } from "@xyflow/react";
import { facingEnds, type EdgeBox, type Side } from "@/lib/argument/edge-ends";
import { ArgumentLabel } from "./argument-label";
import type { RelationEdgeData } from "./flow-elements";

const POSITION: Record<Side, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

function boxOf(node: InternalNode): EdgeBox {
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

/**
 * A relation drawn between the sides of its two boxes that face each other
 * (lib/argument/edge-ends.ts), wherever they have been dragged, with its
 * arrowhead and its label in the gap between them rather than under a box.
 */
export function RelationEdge({ id, source, target, markerEnd, label, style, interactionWidth, data }: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const ends = facingEnds(boxOf(from), boxOf(to));
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.source.x,
    sourceY: ends.source.y,
    sourcePosition: POSITION[ends.source.side],
    targetX: ends.target.x,
    targetY: ends.target.y,
    targetPosition: POSITION[ends.target.side],
  });
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
