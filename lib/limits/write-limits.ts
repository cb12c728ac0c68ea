/**
 * How fast one account may write, per kind of write: a token bucket that
 * holds `capacity` tokens (the burst) and refills at `perHour`. Each write
 * costs one token, an import of annotations one per annotation. The numbers
 * are far above what a class does — a student tagging fast makes a few
 * annotations a minute — and far below a script flooding a shared document
 * (one W3C import once added ~12,000 public annotations to the sample).
 */
export const WRITE_LIMITS = {
  annotate: { capacity: 60, perHour: 1_000, doing: "adding annotations" },
  reply: { capacity: 60, perHour: 1_000, doing: "replying" },
  importAnnotations: { capacity: 5_000, perHour: 5_000 / 24, doing: "importing annotations" },
  mapWrite: { capacity: 600, perHour: 3_600, doing: "saving maps" },
  importDocument: { capacity: 30, perHour: 200 / 24, doing: "importing documents" },
  share: { capacity: 60, perHour: 600, doing: "sharing" },
  createGroup: { capacity: 20, perHour: 100 / 24, doing: "creating groups" },
} as const satisfies Record<string, { capacity: number; perHour: number; doing: string }>;

export type WriteAction = keyof typeof WRITE_LIMITS;

/**
 * Per-document caps on annotations that are not deleted: what one account
 * may keep on a document, and what a document holds from everyone. Each is
 * many times a real class's use; together they bound what every reader of
 * a shared document pays for when the list loads.
 */
export const MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT = 2_000;
export const MAX_ANNOTATIONS_PER_DOCUMENT = 20_000;

/**
 * Limits are on unless WARRANT_WRITE_LIMITS=off: only the benchmarks turn
 * them off (they load one account with thousands of writes a minute).
 */
export function writeLimitsOn(env: Record<string, string | undefined> = process.env): boolean {
  return env.WARRANT_WRITE_LIMITS !== "off";
}
