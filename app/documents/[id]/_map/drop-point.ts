/** The link popover's room inside the canvas, so it never opens cut off at an edge. */
const POPOVER = { width: 300, height: 170, margin: 8 };

/** The map box (statement or junction) under a point of the window, wherever in the box it is. */
export function boxUnder(x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const node = element.closest<HTMLElement>(".react-flow__node");
    if (node?.dataset.id) return node.dataset.id;
  }
  return undefined;
}

/** Where the link popover opens for a drop at a point of the window: there, moved inside `frame` (the canvas). */
export function popoverAt(point: { clientX: number; clientY: number }, frame: DOMRect) {
  return {
    x: Math.max(POPOVER.margin, Math.min(point.clientX - frame.left, frame.width - POPOVER.width)),
    y: Math.max(POPOVER.margin, Math.min(point.clientY - frame.top, frame.height - POPOVER.height)),
  };
}
