/// <reference lib="webworker" />
import { layoutMapWithRoutes } from "@/lib/argument/layout-map";
import type { MapGraph } from "@/lib/validation/argument-map";

// ELK's layered layout takes up to a second on a thousand nodes: here, off
// the main thread, the page keeps scrolling and typing meanwhile.
self.onmessage = async (event: MessageEvent<{ id: number; graph: MapGraph }>) => {
  const { boxes, routes } = await layoutMapWithRoutes(event.data.graph);
  self.postMessage({ id: event.data.id, boxes: [...boxes], routes: [...routes] });
};
