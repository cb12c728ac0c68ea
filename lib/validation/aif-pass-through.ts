import { z } from "zod";

/**
 * What an imported AIF file held that a Warrant map does not model, kept
 * with the map so that exporting it as AIF again gives the file back: the
 * dialogical layer (L, YA, TA nodes), MA rephrases, PA preferences, node
 * types nobody here knows, `locutions`, `participants`, scheme and
 * descriptor fulfilments, any other key, and xAIF's or OVA's wrapper
 * (`text`, `OVA`…). Records are kept exactly as they came (JSON values the
 * map never reads), so their shape is not checked beyond being JSON
 * objects; their size is bounded, since every saved version of a map keeps
 * its graph whole.
 */

/** An AIF id as the file wrote it: AIFdb writes strings, OVA and xAIF often numbers. */
export const ZAifRawId = z.union([z.string().min(1).max(200), z.number().finite()]);
export type AifRawId = z.infer<typeof ZAifRawId>;

/** A node or edge record as it came: its own id fields are checked, the rest is kept unread. */
// Checked as JSON, which is also what lets the graph be stored as a JSON column.
const ZRawNode = z.object({ nodeID: ZAifRawId, type: z.string().max(200) }).catchall(z.json());
const ZRawEdge = z.object({ edgeID: ZAifRawId.optional(), fromID: ZAifRawId, toID: ZAifRawId }).catchall(z.json());
export type AifRawNode = z.infer<typeof ZRawNode>;
export type AifRawEdge = z.infer<typeof ZRawEdge>;

/** As large as the largest AIF file the import route takes (5 MB). */
export const MAX_AIF_PASS_THROUGH_CHARS = 5 * 1024 * 1024;
export const MAX_AIF_PASS_THROUGH_RECORDS = 50_000;

export const ZAifPassThrough = z
  .object({
    /** Nodes the map does not model, in the file's order. */
    nodes: z.array(ZRawNode).max(MAX_AIF_PASS_THROUGH_RECORDS),
    /** Edges the map does not model: those touching a kept node, repeats, links a map cannot draw. */
    edges: z.array(ZRawEdge).max(MAX_AIF_PASS_THROUGH_RECORDS),
    /**
     * The file's own records of the nodes and edges the map models, by the
     * map's id (a node, argument or attack; attacks split from one CA share
     * its record) and by "from→to" AIF ids for edges: the export writes them
     * back with their ids and fields, the map's text and links replacing
     * what they say.
     */
    modelledNodes: z.record(z.string().max(64), ZRawNode),
    modelledEdges: z.array(ZRawEdge).max(MAX_AIF_PASS_THROUGH_RECORDS),
    /** The AIF object's other keys (`locutions`, `participants`, `schemefulfillments`…). */
    rest: z.record(z.string().max(200), z.json()),
    /** The wrapper around the AIF object (xAIF's `{ "AIF": …, "text": … }`), without the AIF object. */
    wrapper: z.object({ key: z.string().max(200), rest: z.record(z.string().max(200), z.json()) }).nullable(),
  })
  .superRefine((kept, context) => {
    // One bound over everything, records included, so nothing kept is unbounded.
    if (JSON.stringify(kept).length > MAX_AIF_PASS_THROUGH_CHARS) {
      context.addIssue({ code: "custom", message: "the AIF kept with this map is over 5 MB" });
    }
  });
export type AifPassThrough = z.infer<typeof ZAifPassThrough>;
