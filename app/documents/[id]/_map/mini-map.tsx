"use client";

import { Panel, useStore, useStoreApi, type Node, type ReactFlowState } from "@xyflow/react";
import { XYMinimap, type XYMinimapInstance } from "@xyflow/system";
import { useEffect, useMemo, useRef } from "react";
import { drawnBox, type Box } from "./flow-elements";

/** React Flow's mini-map size, px. */
const WIDTH = 200;
const HEIGHT = 150;
/** The margin round the map in the mini-map, in its own px. */
const MARGIN = 5;
const NODE_FILL = "#c9d3e3";
const NODE_STROKE = "#4a5a78";
const NODE_STROKE_WIDTH = 3;

/** What the mini-map needs of React Flow's state: the view, and what pans and zooms it. */
function viewOf(state: ReactFlowState) {
  const [x, y, zoom] = state.transform;
  return {
    view: { x: -x / zoom, y: -y / zoom, width: state.width / zoom, height: state.height / zoom },
    panZoom: state.panZoom,
    translateExtent: state.translateExtent,
    flowWidth: state.width,
    flowHeight: state.height,
  };
}

type View = ReturnType<typeof viewOf>;

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameView = (a: View, b: View) =>
  sameBox(a.view, b.view) &&
  a.panZoom === b.panZoom &&
  a.translateExtent === b.translateExtent &&
  a.flowWidth === b.flowWidth &&
  a.flowHeight === b.flowHeight;

/** The boxes drawn in the map: every shown node with a size (drawnBox). */
function boxesOf(nodes: readonly Node[]): Box[] {
  return nodes
    .filter((node) => !node.hidden)
    .map(drawnBox)
    .filter((box) => box.width > 0 && box.height > 0);
}

/** The smallest box holding `view` and every one of `boxes`. */
function boundsOf(boxes: readonly Box[], view: Box): Box {
  let [left, top, right, bottom] = [view.x, view.y, view.x + view.width, view.y + view.height];
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const rectPath = (box: Box) => `M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}z`;

/**
 * The whole map in the corner, the part in view left clear; drag in it to
 * pan, scroll in it to zoom (React Flow's own mini-map behaviour, through
 * XYMinimap). Every box is one path, redrawn from the nodes it is given: React
 * Flow's <MiniMap> gives each node its own store subscription, a thousand
 * selectors run on every frame of a drag (bench:map, a map of 1,000).
 */
export function MiniMap({ nodes, ariaLabel }: { nodes: readonly Node[]; ariaLabel: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const { view, panZoom, translateExtent, flowWidth, flowHeight } = useStore(viewOf, sameView);
  const boxes = useMemo(() => boxesOf(nodes), [nodes]);
  const boxesPath = useMemo(() => boxes.map(rectPath).join(""), [boxes]);

  const bounds = boundsOf(boxes, view);
  const scale = Math.max(bounds.width / WIDTH, bounds.height / HEIGHT);
  const margin = MARGIN * scale;
  const shown = {
    x: bounds.x - (scale * WIDTH - bounds.width) / 2 - margin,
    y: bounds.y - (scale * HEIGHT - bounds.height) / 2 - margin,
    width: scale * WIDTH + 2 * margin,
    height: scale * HEIGHT + 2 * margin,
  };
  const scaleNow = useRef(scale);
  scaleNow.current = scale;

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleNow.current,
    });
    return () => minimap.current?.destroy();
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
      inversePan: false,
    });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${shown.x} ${shown.y} ${shown.width} ${shown.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={ariaLabel}
      >
        <path
          className="react-flow__minimap-node"
          d={boxesPath}
          style={{ fill: NODE_FILL, stroke: NODE_STROKE, strokeWidth: NODE_STROKE_WIDTH }}
          shapeRendering="crispEdges"
        />
        <path
          className="react-flow__minimap-mask"
          d={`${rectPath(shown)} ${rectPath(view)}`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
