import type { Db } from "./client";
import type { EventRetention } from "@/lib/realtime/event-retention";

/**
 * One key for every instance's pruner: a batch runs only in the instance
 * that holds it, so two instances never scan and delete the same rows at
 * once (the deletes would be harmless anyway: deleting a deleted row does
 * nothing). Released when the batch's transaction ends.
 */
const PRUNE_LOCK_KEY = 0x5741_5252_4e54n; // "WARRNT"

/** What one run did: rows deleted, batches run, and whether another instance held the lock. */
export type PruneRun = { deleted: number; batches: number; busy: boolean; ms: number };

/**
 * Deletes at most `retention.batch` events that are both older than the
 * retention's hours and not among their document's last `keepPerDocument`,
 * oldest first, in one short transaction; returns how many, or null when
 * another instance is pruning.
 *
 * It needs no index but the log's key (documentId, seq): per document, it
 * walks the key from the lowest seq, taking at most a batch of rows below
 * the kept tail, and keeps those older than the cut-off. A log's seq and
 * createdAt rise together (a change numbers its events under the
 * document's row lock), so the walk stops at the first recent row within
 * one batch. A document whose oldest event is recent costs one probe
 * (without it, a busy document's recent rows were read at every run: 20 ms
 * a run with 10 such documents).
 */
export async function pruneEventBatch(db: Db, retention: EventRetention, now = new Date()): Promise<number | null> {
  const cutoff = new Date(now.getTime() - retention.hours * 3_600_000);
  const keep = Math.max(1, Math.floor(retention.keepPerDocument));
  const batch = Math.max(1, Math.floor(retention.batch));
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ held: boolean }[]>`select pg_try_advisory_xact_lock(${PRUNE_LOCK_KEY}) as held`;
    if (!lock?.held) return null;
    return tx.$executeRaw`
      with doomed as (
        select e."documentId", e.seq
        from "Document" d
        cross join lateral (
          select k."documentId", k.seq, k."createdAt" from "DocumentEvent" k
          where k."documentId" = d.id and k.seq <= d."eventSeq" - ${keep}
          order by k.seq
          limit ${batch}
        ) e
        where d."eventSeq" > ${keep} and e."createdAt" < ${cutoff}
          -- One probe: a log whose oldest event is recent is not walked at all.
          and (select f."createdAt" from "DocumentEvent" f where f."documentId" = d.id order by f.seq limit 1) < ${cutoff}
        limit ${batch}
      )
      delete from "DocumentEvent" x using doomed
      where x."documentId" = doomed."documentId" and x.seq = doomed.seq`;
  });
}

/**
 * One run of pruning: batches until one deletes less than a full batch, at
 * most `retention.maxBatches` of them (bounded work per run; the rest waits
 * for the next run). Between batches the process's other queries go first:
 * on PGlite an open transaction holds up every other query of the process.
 */
export async function pruneEvents(db: Db, retention: EventRetention, now = new Date()): Promise<PruneRun> {
  const started = performance.now();
  let deleted = 0;
  let batches = 0;
  while (batches < retention.maxBatches) {
    const count = await pruneEventBatch(db, retention, now);
    if (count === null) return { deleted, batches, busy: true, ms: performance.now() - started };
    batches += 1;
    deleted += count;
    if (count < retention.batch) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { deleted, batches, busy: false, ms: performance.now() - started };
}
