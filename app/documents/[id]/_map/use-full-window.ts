"use client";

import { useEffect, useState } from "react";

/**
 * Whether the map covers the whole window. Escape leaves it, unless the
 * key was meant for something open inside the map first: a dialog, a
 * popover or menu (which mark the event handled), a field being typed in.
 * The page behind does not scroll meanwhile.
 */
export function useFullWindow() {
  const [full, setFull] = useState(false);

  useEffect(() => {
    if (!full) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("dialog, [role='dialog'], textarea")) return;
      setFull(false);
    }
    // On window, after React's own handlers have had the chance to mark the key handled.
    window.addEventListener("keydown", onKeyDown);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      document.body.style.overflow = overflow;
    };
  }, [full]);

  return [full, setFull] as const;
}
