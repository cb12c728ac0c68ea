import { toAifFile } from "@/lib/argument/formats/aif-export";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { toDot } from "@/lib/argument/formats/dot-export";
import { toGraphML } from "@/lib/argument/formats/graphml-export";
import { toMarkdownOutline } from "@/lib/argument/formats/markdown-export";
import { toMapPngAsync } from "@/lib/argument/formats/png-export";
import { toSvg } from "@/lib/argument/formats/svg-export";
import { toW3CMapCollection } from "@/lib/argument/formats/w3c-links-export";
import type { MapLayout } from "@/lib/argument/layout-map";
import { listReadableDocumentAnnotations } from "@/lib/annotations/list-annotations";
import type { Db } from "@/lib/db/client";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { MapExportFormat } from "@/lib/validation/map-input";
import { layoutMapInWorker } from "./layout-in-worker";
import { visibleMap } from "./visible-map";

export type MapExport = { body: string | Buffer; contentType: string; fileName: string };

const FILES: Record<MapExportFormat, { contentType: string; extension: string }> = {
  aif: { contentType: "application/json; charset=utf-8", extension: "json" },
  argdown: { contentType: "text/plain; charset=utf-8", extension: "argdown" },
  w3c: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" },
  graphml: { contentType: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  dot: { contentType: "text/vnd.graphviz; charset=utf-8", extension: "dot" },
  svg: { contentType: "image/svg+xml; charset=utf-8", extension: "svg" },
  png: { contentType: "image/png", extension: "png" },
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md" },
};

/** A file name from a title: "Map 1" → "map-1". */
function slug(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-")
      .slice(0, 60) || "map"
  );
}

/**
 * The layout to draw: ELK's (in a worker thread, bounded: see
 * layout-in-worker.ts), with every position the user placed by hand kept.
 */
async function drawnLayout(graph: MapGraph): Promise<MapLayout> {
  const layout = await layoutMapInWorker(graph);
  for (const node of graph.nodes) {
    const box = layout.get(node.id);
    if (node.position && box) layout.set(node.id, { ...box, x: node.position.x, y: node.position.y });
  }
  return layout;
}

/**
 * A map `userId` may see, as a file in `format`. `origin` makes W3C ids
 * absolute. Throws NotFoundError when the map is not visible, and for SVG
 * and PNG InvalidInputError when the map is too large to draw.
 */
export async function exportMap(
  db: Db,
  userId: string,
  mapId: string,
  format: MapExportFormat,
  origin: string,
): Promise<MapExport> {
  const map = await visibleMap(db, userId, mapId);
  const graph = map.graph as MapGraph;
  const title = map.title;
  const file = FILES[format];
  const fileName = `${slug(title)}.${file.extension}`;
  const annotations = async () => {
    const ids = new Set(graph.nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : [])));
    return (await listReadableDocumentAnnotations(db, userId, map.document)).filter(
      (annotation) => ids.has(annotation.id) && !annotation.deleted,
    );
  };
  let body: string | Buffer;
  switch (format) {
    case "aif":
      // A map imported from AIF is written back as that file, its dialogue and other records included.
      body = JSON.stringify(toAifFile(graph, { title, timestamp: map.updatedAt }), null, 2);
      break;
    case "argdown":
      body = toArgdown(graph, { title });
      break;
    case "graphml":
      body = toGraphML(graph, { title });
      break;
    case "dot":
      body = toDot(graph, { title });
      break;
    case "markdown":
      body = toMarkdownOutline(graph, {
        title,
        quotes: new Map((await annotations()).map((annotation) => [annotation.id, annotation.target.exact])),
      });
      break;
    case "svg":
      body = toSvg(graph, await drawnLayout(graph), { title });
      break;
    case "png":
      body = await toMapPngAsync(graph, await drawnLayout(graph), { title, scale: 2 });
      break;
    case "w3c":
      body = JSON.stringify(
        toW3CMapCollection({
          graph,
          annotations: await annotations(),
          baseUrl: origin,
          documentUrl: `${origin}/documents/${map.documentId}`,
          collectionUrl: `${origin}/api/maps/${map.id}/export?format=w3c`,
          title,
          documentTitle: map.document.title,
          creator: map.owner,
          savedAt: map.updatedAt,
        }),
        null,
        2,
      );
      break;
  }
  return { body, contentType: file.contentType, fileName };
}
