"use client";

import { EdgeLabelRenderer } from "@xyflow/react";
import type { ArgumentMark } from "./flow-elements";
import { useMapActions } from "./map-actions";

type Props = { argumentId: string; mark: ArgumentMark; x: number; y: number };

/**
 * The label of a direct support, drawn as a button over the map: clicked or
 * pressed it opens the argument's panel (the thin line alone was a small
 * target and no keyboard could reach it), and it shows how the argument's
 * critical questions stand in words.
 */
export function ArgumentLabel({ argumentId, mark, x, y }: Props) {
  const actions = useMapActions();
  return (
    <EdgeLabelRenderer>
      <button
        type="button"
        className="argument-label nodrag nopan"
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
        title={mark.name}
        aria-label={mark.badge ? `${mark.name} (${mark.badge})` : mark.name}
        onClick={() => actions.selectArgument(argumentId)}
      >
        supports
        {mark.badge && <span className="argument-badge">{mark.badge}</span>}
      </button>
    </EdgeLabelRenderer>
  );
}
