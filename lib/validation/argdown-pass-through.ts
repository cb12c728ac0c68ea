import { z } from "zod";

/**
 * What an imported Argdown file held that a Warrant map does not model,
 * kept with the map so that exporting it as Argdown writes it back: the
 * front matter (title, author, `model: {mode: strict}`, map settings…) and
 * the data ("{key: value}") of statements and arguments beyond the keys
 * Warrant reads itself (argdown-data.ts), the tags ("#tag", "#(two words)")
 * written in a statement's text, and the description of a reconstructed
 * argument, each by the map id of the node or (first) argument it was on. Kept as JSON the map never reads, bounded,
 * since every saved version of a map keeps its graph whole.
 */

/** Twice Warrant's export of a large map's data; Argdown front matter is a few lines. */
export const MAX_ARGDOWN_PASS_THROUGH_CHARS = 1024 * 1024;

const ZJsonObject = z.record(z.string().max(200), z.json());

export const ZArgdownPassThrough = z
  .object({
    frontMatter: ZJsonObject.optional(),
    data: z.record(z.string().max(64), ZJsonObject),
    /** Tags as Argdown read them; the text keeps their markup, which the export leaves unescaped. */
    tags: z.record(z.string().max(64), z.array(z.string().max(500)).max(200)).optional(),
    descriptions: z.record(z.string().max(64), z.string().max(5_000)).optional(),
  })
  .superRefine((kept, context) => {
    if (JSON.stringify(kept).length > MAX_ARGDOWN_PASS_THROUGH_CHARS) {
      context.addIssue({ code: "custom", message: "the Argdown kept with this map is over 1 MB" });
    }
  });
export type ArgdownPassThrough = z.infer<typeof ZArgdownPassThrough>;
