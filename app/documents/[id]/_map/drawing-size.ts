type Size = { width: number; height: number };

/**
 * The part of the canvas that shows the drawing: React Flow's element, which
 * narrows when the argument panel stands beside it (a canvas 600 px wide or
 * more), less the panel's sheet over its lower part on a narrower one
 * (styles/map-argument-panel.css). Fitting to the whole canvas put the
 * right-hand boxes under the panel.
 */
export function drawingSize(canvas: HTMLElement): Size {
  const drawing = canvas.querySelector<HTMLElement>(".react-flow") ?? canvas;
  const sheet = canvas.querySelector<HTMLElement>(".map-link-panel");
  const covered = sheet && getComputedStyle(sheet).position === "absolute" ? sheet.offsetHeight : 0;
  return { width: drawing.clientWidth, height: Math.max(drawing.clientHeight - covered, 0) };
}
