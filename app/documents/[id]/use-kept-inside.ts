"use client";

import { useLayoutEffect, useRef, useState, type CSSProperties } from "react";

type Position = { top: number; left: number };

/**
 * The style that places a floating element (the selection toolbar, the caret
 * note) at `position` in its positioned parent, moved left as far as it must
 * be to keep its right edge inside the parent: near the right edge of a phone
 * it would otherwise hang off the screen and make the page scroll sideways.
 */
export function useKeptInside<Element extends HTMLElement>(position: Position) {
  const ref = useRef<Element>(null);
  const [left, setLeft] = useState(position.left);
  useLayoutEffect(() => {
    const element = ref.current;
    const room = element?.offsetParent?.clientWidth;
    if (!element || room === undefined) return setLeft(position.left);
    setLeft(Math.max(0, Math.min(position.left, room - element.offsetWidth)));
  }, [position.left]);
  const style: CSSProperties = { top: position.top, left };
  return { ref, style };
}
