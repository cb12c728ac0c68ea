import { randomUUID } from "node:crypto";
import { aifTitle, importAif } from "@/lib/argument/formats/aif-import";
import type { AifImportReport } from "@/lib/argument/formats/aif-import-report";
import { AifImportError } from "@/lib/argument/formats/aif-import-error";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { argdownImportReport } from "@/lib/argument/formats/argdown-import-report";
import { targetAt } from "@/lib/anchoring/target-at";
import { searchTextOf } from "@/lib/annotations/annotation-view";
import { changeDocument } from "@/lib/documents/change-document";
import { readableDocumentText } from "@/lib/documents/readable-document";
import { visibleAnnotationsWhere } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { ZMapGraph, type MapGraph } from "@/lib/validation/argument-map";
import { MAX_ARGDOWN_IMPORT_BYTES, MAX_MAP_TITLE } from "@/lib/validation/map-input";
import { MAP_VIEW_SELECT, toMapView } from "./map-view";
import { checkAnnotationCaps } from "@/lib/limits/annotation-caps";
import { takeTokens } from "@/lib/limits/take-tokens";
import { readArgdownMapInWorker } from "./read-argdown-in-worker";

/**
 * What an import did, shown to the person after "Import map": AIF's report
 * (aif-import-report.ts) or Argdown's (argdown-import-report.ts), one
 * shape, with the format whose export writes back what was kept.
 */
export type MapImportReport = AifImportReport & { format: "aif" | "argdown" };

/** The map in `source`, the title the file keeps (AIF `warrant.title`, Argdown front matter), if any, and the report. */
async function parse(
  format: "aif" | "argdown",
  source: string,
): Promise<{ graph: MapGraph; title: string | null; report: MapImportReport }> {
  try {
    if (format === "argdown") {
      if (Buffer.byteLength(source) > MAX_ARGDOWN_IMPORT_BYTES) {
        const limit = `${MAX_ARGDOWN_IMPORT_BYTES / 1024 / 1024} MB`;
        throw new InvalidInputError(
          "source",
          `The Argdown file is over ${limit}, larger than Warrant's export of the largest map it holds; split it into several maps`,
        );
      }
      // In a worker thread, with a time limit: @argdown/core's lexer is quadratic on some inputs.
      const { graph, title } = await readArgdownMapInWorker(source);
      const parsed = ZMapGraph.parse(graph);
      return { graph: parsed, title, report: { ...argdownImportReport(parsed, source), format } };
    }
    const json: unknown = JSON.parse(source);
    const { graph, report } = importAif(json);
    return { graph: ZMapGraph.parse(graph), title: aifTitle(json), report: { ...report, format } };
  } catch (error) {
    if (format === "aif" && error instanceof SyntaxError)
      throw new InvalidInputError("source", `The AIF file is not valid JSON: ${error.message}`);
    if (error instanceof AifImportError || error instanceof ArgdownImportError) {
      throw new InvalidInputError("source", error.message);
    }
    throw error;
  }
}

/**
 * Imports an AIF (JSON) or Argdown map into a new map of `userId`'s on a
 * document they can read. A statement whose text is found in the document
 * becomes an anchored node (a new private annotation of `userId`'s, of the
 * statement's kind); others stay free statements. Nodes naming annotations
 * the caller can see on this document keep them. The map's title is
 * `title`, else the one the file keeps, else `fileName`, else "Imported
 * map". Answers the map, how many nodes are anchored, and the import's
 * report (what was imported, what an AIF file kept aside, warnings). All or nothing: a parse error (InvalidInputError, field "source")
 * saves nothing; so does an Argdown file over MAX_ARGDOWN_IMPORT_BYTES or
 * too complex to read in ARGDOWN_READ_TIME_LIMIT_MS (read-argdown-in-worker.ts).
 */
export async function importMap(
  db: Db,
  userId: string,
  documentId: string,
  input: { format: "aif" | "argdown"; source: string; title?: string; fileName?: string },
) {
  const document = await readableDocumentText(db, userId, documentId, "annotate");
  const { graph: parsed, title: fileTitle, report } = await parse(input.format, input.source);
  const named = parsed.nodes.flatMap((node) => (node.annotationId ? [node.annotationId] : []));
  const visible = new Set(
    (
      await db.annotation.findMany({
        where: { ...visibleAnnotationsWhere(userId, documentId), id: { in: named }, deletedAt: null },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const created: { id: string; kind: AnnotationKind; start: number; end: number }[] = [];
  const nodes = parsed.nodes.map((node) => {
    if (node.annotationId && visible.has(node.annotationId)) return node;
    const start = document.plainText.indexOf(node.text);
    if (start < 0) return { ...node, annotationId: null };
    const kind = (ANNOTATION_KINDS as readonly string[]).includes(node.kind) ? (node.kind as AnnotationKind) : "note";
    const annotation = { id: randomUUID(), kind, start, end: start + node.text.length };
    created.push(annotation);
    return { ...node, annotationId: annotation.id };
  });
  const graph: MapGraph = { ...parsed, nodes };
  const title = (input.title ?? fileTitle ?? input.fileName ?? "Imported map").slice(0, MAX_MAP_TITLE);
  const map = await changeDocument(db, userId, documentId, "annotate", async (tx, current, record) => {
    if (current.version !== document.version) {
      throw new ConflictError("The document's text changed during the import; import the file again", {
        version: current.version,
      });
    }
    await takeTokens(tx, userId, "mapWrite");
    await checkAnnotationCaps(tx, documentId, userId, created.length);
    await tx.annotation.createMany({
      data: created.map(({ id, kind, start, end }) => {
        const target = targetAt(document.plainText, start, end);
        return {
          id,
          documentId,
          authorId: userId,
          kind,
          ...target,
          searchText: searchTextOf({ ...target, comment: "", tags: [] }),
        };
      }),
    });
    const row = await tx.argumentMap.create({
      data: {
        documentId,
        ownerId: userId,
        title,
        graph,
        versions: { create: { version: 1, title, graph, authorId: userId } },
      },
      select: MAP_VIEW_SELECT,
    });
    const mine = { authorId: userId, visibility: "private" as const, groupId: null };
    if (created.length > 0) record({ kind: "annotations", audiences: [mine] });
    record({ kind: "map", id: row.id, audiences: [mine] });
    return row;
  });
  return {
    map: toMapView(map, { canEdit: true, canManage: true }),
    anchored: created.length + nodes.filter((n) => n.annotationId && visible.has(n.annotationId)).length,
    report,
  };
}
