import type { Db } from "@/lib/db/client";
import type { EventRetention } from "./event-retention";
import { pruneEvents } from "@/lib/db/prune-events";

/** The first run waits this long: start-up (seeding, the first pages) goes first. */
const FIRST_RUN_MS = 60_000;

/**
 * Prunes the event log every `retention.everyMinutes` in this process, one
 * run at a time; several instances may all run it (only one prunes at a
 * time, see pruneEventBatch). Returns the function that stops it.
 */
export function startEventPruner(db: Db, retention: EventRetention): () => void {
  if (retention.everyMinutes <= 0) return () => {};
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    pruneEvents(db, retention)
      .then((result) => {
        if (result.deleted > 0) {
          console.log(`events: pruned ${result.deleted} in ${result.batches} batches, ${Math.round(result.ms)} ms`);
        }
      })
      .catch((error: unknown) => console.error("events: pruning failed", error))
      .finally(() => (running = false));
  };
  const first = setTimeout(run, Math.min(FIRST_RUN_MS, retention.everyMinutes * 60_000));
  const every = setInterval(run, retention.everyMinutes * 60_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
