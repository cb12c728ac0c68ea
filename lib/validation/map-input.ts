import { z } from "zod";
import { checkAudience, ZAnnotationVisibility, ZGroupId } from "./annotation";
import { MAX_MAP_NODES, ZMapArgument, ZMapAttack, ZMapGraph, ZMapNode } from "./argument-map";

/** Longest map title. */
export const MAX_MAP_TITLE = 200;

export const ZMapTitle = z
  .string()
  .trim()
  .min(1, "a map needs a title")
  .max(MAX_MAP_TITLE, `title must be at most ${MAX_MAP_TITLE} characters`);

export const ZMapCreate = z
  .object({
    title: ZMapTitle,
    visibility: ZAnnotationVisibility.default("private"),
    groupId: ZGroupId.nullable().optional(),
    graph: ZMapGraph.optional(),
  })
  .superRefine(checkAudience);

export const ZMapUpdate = z
  .object({
    version: z.number().int().min(1),
    title: ZMapTitle.optional(),
    visibility: ZAnnotationVisibility.optional(),
    groupId: ZGroupId.nullable().optional(),
    graph: ZMapGraph.optional(),
  })
  .superRefine(checkAudience);

export const ZMapRestore = z.object({ version: z.number().int().min(1) });

export const MAP_EXPORT_FORMATS = ["aif", "argdown", "w3c", "graphml", "dot", "svg", "png", "markdown"] as const;
export type MapExportFormat = (typeof MAP_EXPORT_FORMATS)[number];
export const ZMapExportFormat = z.enum(MAP_EXPORT_FORMATS, `format must be one of: ${MAP_EXPORT_FORMATS.join(", ")}`);

export const MAP_IMPORT_FORMATS = ["aif", "argdown"] as const;
export const ZMapImport = z.object({
  format: z.enum(MAP_IMPORT_FORMATS, "format must be aif or argdown"),
  /** The new map's title; without one, the title kept in the file, else `fileName`. */
  title: ZMapTitle.optional(),
  fileName: z
    .string()
    .trim()
    .min(1, "fileName must not be empty")
    .max(255, "fileName must be at most 255 characters")
    .optional(),
  source: z.string().min(1, "the file is empty"),
});

/** Map files above this are refused (5 MB). */
export const MAX_MAP_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Argdown files above this are refused (2 MB). Argdown written by hand is
 * rarely over 100 KB; Warrant's own export of the largest map it holds
 * (5,000 statements of 5–40 words, as tests/fixtures/argument/generate-map.ts makes them) is 1.9 MB.
 */
export const MAX_ARGDOWN_IMPORT_BYTES = 2 * 1024 * 1024;

/** Most operations one request may carry: a full re-layout of the largest map moves every statement. */
export const MAX_MAP_OPERATIONS = MAX_MAP_NODES + 100;

const ZNodeChanges = ZMapNode.pick({ text: true, kind: true, position: true }).partial().strict();
const ZArgumentChanges = ZMapArgument.pick({
  conclusionId: true,
  premiseIds: true,
  scheme: true,
  answers: true,
  roles: true,
})
  .partial()
  .strict();
const ZItemId = ZMapNode.shape.id;

/** One edit of a shared map's graph (lib/argument/map-operations.ts). */
export const ZMapOperation = z.discriminatedUnion(
  "op",
  [
    z.strictObject({ op: z.literal("addNode"), node: ZMapNode }),
    z.strictObject({ op: z.literal("updateNode"), id: ZItemId, set: ZNodeChanges }),
    z.strictObject({ op: z.literal("removeNode"), id: ZItemId }),
    z.strictObject({ op: z.literal("addArgument"), argument: ZMapArgument }),
    z.strictObject({ op: z.literal("updateArgument"), id: ZItemId, set: ZArgumentChanges }),
    z.strictObject({ op: z.literal("addPremise"), id: ZItemId, premiseId: ZItemId }),
    z.strictObject({ op: z.literal("removeArgument"), id: ZItemId }),
    z.strictObject({ op: z.literal("addAttack"), attack: ZMapAttack }),
    z.strictObject({ op: z.literal("removeAttack"), id: ZItemId }),
  ],
  "op must be one of: addNode, updateNode, removeNode, addArgument, updateArgument, addPremise, removeArgument, addAttack, removeAttack",
);

export const ZMapOperations = z.strictObject({
  ops: z
    .array(ZMapOperation)
    .min(1, "ops: nothing to apply")
    .max(MAX_MAP_OPERATIONS, `ops: at most ${MAX_MAP_OPERATIONS} operations at once`),
});
