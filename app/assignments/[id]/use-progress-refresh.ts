"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** How often the checklist is recounted while the page is in view. */
const EVERY_MS = 15_000;

/**
 * Keeps a student's checklist current while they work: the page is
 * re-rendered from the server (the counts are the server's) when it comes
 * back into view — a student returning from the reading in another tab —
 * and every 15 s while it is in view. Nothing runs while it is hidden.
 */
export function useProgressRefresh() {
  const router = useRouter();
  useEffect(() => {
    const refreshIfVisible = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = window.setInterval(refreshIfVisible, EVERY_MS);
    document.addEventListener("visibilitychange", refreshIfVisible);
    window.addEventListener("focus", refreshIfVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refreshIfVisible);
      window.removeEventListener("focus", refreshIfVisible);
    };
  }, [router]);
}
