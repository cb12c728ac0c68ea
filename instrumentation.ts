/**
 * Runs once when the Warrant server starts (never during `next build`):
 * seeds the sample article the first time, and starts pruning the event log.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.WARRANT_SERVER !== "1") return;
  const { seedOnStart } = await import("./lib/documents/seed-on-start");
  await seedOnStart();
  const [{ getDb }, { eventRetentionFromEnv }, { startEventPruner }] = await Promise.all([
    import("./lib/db/client"),
    import("./lib/realtime/event-retention"),
    import("./lib/realtime/event-pruner"),
  ]);
  startEventPruner(getDb(), eventRetentionFromEnv(process.env));
}
