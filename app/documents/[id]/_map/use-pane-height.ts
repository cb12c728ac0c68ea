"use client";

import { useEffect, type RefObject } from "react";

/** Below this the canvas is too small to use; the page scrolls instead. */
const MIN_HEIGHT = 420;
/** Space left under the pane, so its frame shows. */
const BOTTOM_GAP = 12;

/**
 * Sizes the map pane to reach the bottom of the window (CSS variable
 * --map-pane-height), so the canvas and its zoom controls are in view
 * without scrolling. Beside the text the pane is sticky: it runs from where
 * its grid cell starts on the page (its own top, once stuck, says nothing
 * about that). Where the map has the screen to itself (narrow screens) the
 * pane is the window's height and is scrolled to when the map is shown.
 */
export function usePaneHeight(pane: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = pane.current;
    const cell = element?.parentElement;
    if (!element || !cell) return;
    const isBeside = () => getComputedStyle(element).position === "sticky";
    function fit() {
      const beside = isBeside();
      const top = beside ? cell!.getBoundingClientRect().top + window.scrollY : 0;
      const height = Math.max(MIN_HEIGHT, window.innerHeight - top - BOTTOM_GAP);
      element!.style.setProperty("--map-pane-height", `${Math.round(height)}px`);
    }
    fit();
    if (!isBeside()) element.scrollIntoView({ block: "start" });
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [pane]);
}
