import { z } from "zod";
import { isJsonTooDeep, TOO_DEEP } from "@/lib/editor/document-depth";
import { ZTextTarget } from "./annotation";

/** Files and pasted texts above this size are refused (2 MB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const ZDocumentFormat = z.enum(["text", "markdown", "html"]);

export const ZDocumentImport = z.object({
  title: z.string().trim().max(200, "Title must be at most 200 characters").optional(),
  format: ZDocumentFormat,
  text: z.string().refine((text) => text.trim().length > 0, "The document is empty"),
});
export type DocumentImport = z.infer<typeof ZDocumentImport>;

export const ZDocumentContentUpdate = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(200).optional(),
  // Checked against the editor schema by lib/editor/document-from-json.ts,
  // whose parser recurses once per level: the depth is bounded first.
  content: z.record(z.string(), z.unknown()).refine((content) => !isJsonTooDeep(content), TOO_DEEP),
  /** Where the editor's mapping moved each annotation it draws (see reanchor-annotations.ts). */
  annotations: z
    .array(z.object({ id: z.uuid(), target: ZTextTarget }))
    .max(100_000)
    .default([]),
});
/** As callers may pass it: `annotations` is optional. */
export type DocumentContentUpdate = z.input<typeof ZDocumentContentUpdate>;
