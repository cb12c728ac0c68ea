import { z } from "zod";

/**
 * What an imported Argdown file held that a Warrant map does not model,
 * kept with the map so that exporting it as Argdown writes it back: the
 * front matter (title, author, `model: {mode: strict}`, map settings…) and
 * the data ("{key: value}") of statements and arguments beyond the keys
 * Warrant reads itself (argdown-data.ts), by the map id of the node or
 * argument it was written on. Kept as JSON the map never reads, bounded,
 * since every saved version of a map keeps its graph whole.
 */

/** Twice Warrant's export of a large map's data; Argdown front matter is a few lines. */
export const MAX_ARGDOWN_PASS_THROUGH_CHARS = 1024 * 1024;

const ZJsonObject = z.record(z.string().max(200), z.json());

export const ZArgdownPassThrough = z
  .object({
    frontMatter: ZJsonObject.optional(),
    data: z.record(z.string().max(64), ZJsonObject),
  })
  .superRefine((kept, context) => {
    if (JSON.stringify(kept).length > MAX_ARGDOWN_PASS_THROUGH_CHARS) {
      context.addIssue({ code: "custom", message: "the Argdown kept with this map is over 1 MB" });
    }
  });
export type ArgdownPassThrough = z.infer<typeof ZArgdownPassThrough>;
