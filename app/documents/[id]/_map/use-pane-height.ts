"use client";

import { useEffect, type RefObject } from "react";

/** Below this the canvas is too small to use; the page scrolls instead. */
const MIN_HEIGHT = 420;
/** Space left under the pane, so its frame shows. */
const BOTTOM_GAP = 12;

/**
 * Sizes the map pane to reach the bottom of the window from where it
 * starts on the page (CSS variable --map-pane-height), so the canvas and
 * its zoom controls are in view without scrolling. Measured from the
 * pane's grid cell, not the pane: the pane is sticky, and once stuck its
 * own top says nothing about where the page puts it.
 */
export function usePaneHeight(pane: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = pane.current;
    const cell = element?.parentElement;
    if (!element || !cell) return;
    function fit() {
      const top = cell!.getBoundingClientRect().top + window.scrollY;
      const height = Math.max(MIN_HEIGHT, window.innerHeight - top - BOTTOM_GAP);
      element!.style.setProperty("--map-pane-height", `${Math.round(height)}px`);
    }
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [pane]);
}
