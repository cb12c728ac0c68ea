/**
 * How long the DocumentEvent log keeps a change. The log serves one purpose
 * once a change is delivered: catching up a reader who reconnects
 * (Last-Event-ID) — a dropped connection, a laptop that slept, a tab that
 * lost its Web Lock. Everything from the last `hours` is kept, so a reader
 * back within a day resumes frame by frame; of older changes, the last
 * `keepPerDocument` of each document are kept too, so a reader of a quiet
 * document who comes back days later still resumes from the log rather
 * than reloading everything, and the document's newest event always stays.
 * A reader resuming from before the oldest kept change is sent "reload".
 */
export type EventRetention = {
  hours: number;
  /** At least 1: a document's newest event is never deleted. */
  keepPerDocument: number;
  /** Rows deleted per statement (one short transaction). */
  batch: number;
  /** Batches per run at most: the work of one run is bounded; a run that hit it goes on at the next. */
  maxBatches: number;
  /** Minutes between runs; 0 turns pruning off. */
  everyMinutes: number;
};

export const DEFAULT_EVENT_RETENTION: EventRetention = {
  hours: 24,
  keepPerDocument: 100,
  batch: 2_000,
  maxBatches: 50,
  everyMinutes: 10,
};

function number(raw: string | undefined, fallback: number, min: number, name: string): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min}`);
  return value;
}

/**
 * The retention from the environment: WARRANT_EVENT_RETENTION_HOURS (24),
 * WARRANT_EVENT_KEEP_PER_DOCUMENT (100, at least 1) and
 * WARRANT_EVENT_PRUNE_EVERY_MINUTES (10; 0 turns pruning off).
 */
export function eventRetentionFromEnv(env: Record<string, string | undefined>): EventRetention {
  return {
    ...DEFAULT_EVENT_RETENTION,
    hours: number(env.WARRANT_EVENT_RETENTION_HOURS, DEFAULT_EVENT_RETENTION.hours, 0, "WARRANT_EVENT_RETENTION_HOURS"),
    keepPerDocument: Math.floor(
      number(
        env.WARRANT_EVENT_KEEP_PER_DOCUMENT,
        DEFAULT_EVENT_RETENTION.keepPerDocument,
        1,
        "WARRANT_EVENT_KEEP_PER_DOCUMENT",
      ),
    ),
    everyMinutes: number(
      env.WARRANT_EVENT_PRUNE_EVERY_MINUTES,
      DEFAULT_EVENT_RETENTION.everyMinutes,
      0,
      "WARRANT_EVENT_PRUNE_EVERY_MINUTES",
    ),
  };
}
