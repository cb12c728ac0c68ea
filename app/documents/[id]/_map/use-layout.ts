"use client";

import { useCallback, useEffect, useRef } from "react";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { Box } from "./flow-elements";

/**
 * Lays a map out in a Web Worker (elkjs, layered, conclusions on top). The
 * worker, and with it the layout library, loads only when a map is shown.
 */
export function useLayout() {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, (boxes: Map<string, Box>) => void>());
  const next = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return useCallback((graph: MapGraph): Promise<Map<string, Box>> => {
    if (!worker.current) {
      worker.current = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      worker.current.onmessage = (event: MessageEvent<{ id: number; boxes: [string, Box][] }>) => {
        waiting.current.get(event.data.id)?.(new Map(event.data.boxes));
        waiting.current.delete(event.data.id);
      };
    }
    const id = (next.current += 1);
    return new Promise((resolve) => {
      waiting.current.set(id, resolve);
      worker.current!.postMessage({ id, graph });
    });
  }, []);
}
