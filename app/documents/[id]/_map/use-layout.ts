"use client";

import { useCallback, useEffect, useRef } from "react";
import type { LaidRoutes } from "@/lib/argument/layout-map";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { Box } from "./flow-elements";

/** A map laid out: its boxes, and the edge routes ELK drew between them. */
export type Laid = { boxes: Map<string, Box>; routes: LaidRoutes };

/**
 * Lays a map out in a Web Worker (elkjs, layered, conclusions on top). The
 * worker, and with it the layout library, loads only when a map is shown.
 */
export function useLayout() {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, (laid: Laid) => void>());
  const next = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return useCallback((graph: MapGraph): Promise<Laid> => {
    if (!worker.current) {
      worker.current = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      type Reply = { id: number; boxes: [string, Box][]; routes: [string, { x: number; y: number }[]][] };
      worker.current.onmessage = (event: MessageEvent<Reply>) => {
        const { boxes, routes } = event.data;
        waiting.current.get(event.data.id)?.({ boxes: new Map(boxes), routes: new Map(routes) });
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
