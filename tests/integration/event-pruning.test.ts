import { describe, expect, it } from "vitest";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { updateShare } from "@/lib/sharing/change-share";
import type { Db } from "@/lib/db/client";
import { DEFAULT_EVENT_RETENTION, type EventRetention } from "@/lib/realtime/event-retention";
import { pruneEvents } from "@/lib/db/prune-events";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { is, useLiveStreams } from "./support/live-streams";
import { share } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const DAY_MS = 24 * 3_600_000;

/**
 * Appends `count` events to a document's log as the change path numbers
 * them (on from eventSeq, no gaps), made at `createdAt`: a log of thousands
 * of changes, days old, in one statement.
 */
async function appendEvents(db: Db, documentId: string, count: number, createdAt: Date) {
  await db.$executeRaw`
    with bumped as (
      update "Document" set "eventSeq" = "eventSeq" + ${count} where id = ${documentId}::uuid returning "eventSeq"
    )
    insert into "DocumentEvent" ("documentId", seq, kind, audiences, "createdAt")
    select ${documentId}::uuid, bumped."eventSeq" - ${count} + g, 'text', '[]'::jsonb, ${createdAt}
    from bumped, generate_series(1, ${count}) g`;
}

/** The seqs a document's log still holds: how many, the lowest and the highest. */
async function kept(db: Db, documentId: string) {
  const events = await db.documentEvent.aggregate({
    where: { documentId },
    _count: true,
    _min: { seq: true },
    _max: { seq: true },
  });
  return { count: events._count, first: events._min.seq, last: events._max.seq };
}

describe(`pruning the event log on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const retention = (overrides: Partial<EventRetention>): EventRetention => ({
    ...DEFAULT_EVENT_RETENTION,
    ...overrides,
  });

  it("deletes old events beyond each document's last N, in bounded batches, and keeps the rest", async () => {
    const ana = await createUser(db(), "Ana");
    const old = new Date(Date.now() - 2 * DAY_MS);
    const busy = await privateDocument(db(), ana.id); // 1 event: its creation
    const quiet = await privateDocument(db(), ana.id);
    const recent = await privateDocument(db(), ana.id);
    await db().documentEvent.updateMany({ data: { createdAt: old } });
    await appendEvents(db(), busy.id, 5_000, old);
    await appendEvents(db(), busy.id, 200, new Date()); // today's: all kept
    await appendEvents(db(), quiet.id, 40, old); // old, but fewer than N
    await appendEvents(db(), recent.id, 3_000, new Date());
    const rules = retention({ hours: 24, keepPerDocument: 100, batch: 1_000, maxBatches: 3 });

    // One run does at most maxBatches × batch rows, oldest first.
    const before = await db().documentEvent.count();
    const first = await pruneEvents(db(), rules);
    expect(first).toMatchObject({ deleted: 3_000, batches: 3, busy: false });
    expect(await db().documentEvent.count()).toBe(before - 3_000);
    // Oldest first within a document: what is left of a log has no gaps.
    for (const document of [busy, quiet, recent]) {
      const log = await kept(db(), document.id);
      expect(log.last! - log.first! + 1).toBe(log.count);
    }

    // The next run finishes (the busy log's 5,001 old events and the recent one's first):
    // old events among a document's last 100 stay (here, none are: the busy one's last 200 are recent).
    const second = await pruneEvents(db(), rules);
    expect(second).toMatchObject({ deleted: 2_002, batches: 3 });
    expect(await kept(db(), busy.id)).toEqual({ count: 200, first: 5_002, last: 5_201 });
    expect(await kept(db(), quiet.id)).toEqual({ count: 41, first: 1, last: 41 });
    expect(await kept(db(), recent.id)).toEqual({ count: 3_000, first: 2, last: 3_001 });
    expect(await pruneEvents(db(), rules)).toMatchObject({ deleted: 0, batches: 1 });

    // Everything old, only the last 100 kept: the quiet document's log is shorter than that.
    await db().documentEvent.updateMany({ data: { createdAt: old } });
    await pruneEvents(db(), retention({ hours: 24, keepPerDocument: 100 }));
    expect(await kept(db(), busy.id)).toEqual({ count: 100, first: 5_102, last: 5_201 });
    expect(await kept(db(), quiet.id)).toEqual({ count: 41, first: 1, last: 41 });
    expect(await kept(db(), recent.id)).toEqual({ count: 100, first: 2_902, last: 3_001 });
  });

  it("never deletes a document's newest event, whatever the retention says", async () => {
    const ana = await createUser(db(), "Ana");
    const document = await privateDocument(db(), ana.id);
    await appendEvents(db(), document.id, 500, new Date(Date.now() - DAY_MS));
    await pruneEvents(db(), retention({ hours: 0, keepPerDocument: 0, batch: 100 }), new Date(Date.now() + 60_000));
    expect(await kept(db(), document.id)).toEqual({ count: 1, first: 501, last: 501 });
    const { eventSeq } = await db().document.findUniqueOrThrow({ where: { id: document.id } });
    expect(eventSeq).toBe(501);
  });

  it("is harmless when several instances prune at once: each row is deleted once, the tail kept", async () => {
    const ana = await createUser(db(), "Ana");
    const documents = [await privateDocument(db(), ana.id), await privateDocument(db(), ana.id)];
    for (const document of documents) await appendEvents(db(), document.id, 2_000, new Date(Date.now() - 2 * DAY_MS));
    await db().documentEvent.updateMany({ data: { createdAt: new Date(Date.now() - 2 * DAY_MS) } });
    const rules = retention({ keepPerDocument: 10, batch: 250, maxBatches: 100 });
    const runs = await Promise.all([1, 2, 3].map(() => pruneEvents(db(), rules)));
    // Rows are deleted once: a batch runs only while its instance holds the lock, and a run that
    // finds it held stops (on PGlite the transactions simply take turns).
    const more = await pruneEvents(db(), rules);
    expect(runs.reduce((sum, run) => sum + run.deleted, 0) + more.deleted).toBe(2 * (2_001 - 10));
    for (const document of documents)
      expect(await kept(db(), document.id)).toEqual({ count: 10, first: 1_992, last: 2_001 });
  });
});

describe(`a stream resumed from before the oldest kept event, on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const { stream, disconnectLast } = useLiveStreams(db);
  const pruneAll = () =>
    pruneEvents(db(), { ...DEFAULT_EVENT_RETENTION, hours: 0, keepPerDocument: 1 }, new Date(Date.now() + 60_000));

  async function together() {
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const document = await privateDocument(db(), ana.id);
    await share(db(), ana.id, document.id, { email: ben.email, role: "commenter" });
    return { ana, ben, document };
  }

  it("sends reload (after the reader's access) instead of the pruned changes, then carries on from the head", async () => {
    const { ana, ben, document } = await together();
    const first = await annotate(db(), ana.id, document, "Benjamin Netanyahu", { visibility: "everyone" });
    const benStream = await stream(ben.id, document.id);
    await updateAnnotation(db(), ana.id, first.id, { comment: "seen" });
    await benStream.next(is("annotation", (f) => f.annotation.comment === "seen"));
    const resumeAt = Number(benStream.lastId);
    disconnectLast();

    const missed = [];
    for (const phrase of ["Lebanon", "Iran", "Jerusalem"]) {
      missed.push(await annotate(db(), ana.id, document, phrase, { visibility: "everyone" }));
    }
    const { eventSeq: head } = await db().document.findUniqueOrThrow({ where: { id: document.id } });
    expect((await pruneAll()).deleted).toBeGreaterThan(0);
    expect(await kept(db(), document.id)).toEqual({ count: 1, first: head, last: head });

    const back = await stream(ben.id, document.id, resumeAt);
    const reload = await back.next(is("reload"));
    expect(reload.seq).toBe(head);
    expect(back.lastId).toBe(String(head));
    const types = back.frames.map((frame) => frame.type);
    expect(types.indexOf("access")).toBeGreaterThan(-1);
    expect(types.indexOf("access")).toBeLessThan(types.indexOf("reload"));
    expect(back.frames.find(is("access"))).toMatchObject({ role: "commenter", seq: head });
    // Nothing of the missed changes is sent one by one: the reload covers them.
    expect(back.frames.filter((frame) => frame.type === "annotation")).toEqual([]);

    // It goes on from the head: the next change arrives as usual, once.
    const after = await annotate(db(), ana.id, document, "Hezbollah", { visibility: "everyone" });
    await back.next(is("annotation", (f) => f.annotation.id === after.id));
    expect(back.frames.filter(is("reload"))).toHaveLength(1);
    expect(back.lastId).toBe(String(head + 1));
  });

  it("sends no reload to a reader who missed nothing pruned, nor to a fresh one", async () => {
    const { ana, ben, document } = await together();
    await annotate(db(), ana.id, document, "Lebanon", { visibility: "everyone" });
    const kept1 = await annotate(db(), ana.id, document, "Iran", { visibility: "everyone" });
    const { eventSeq: head } = await db().document.findUniqueOrThrow({ where: { id: document.id } });
    await pruneAll();

    // Resuming at the head, or just before the one kept event: the log holds all they missed.
    const atHead = await stream(ben.id, document.id, head);
    const beforeLast = await stream(ben.id, document.id, head - 1);
    const fresh = await stream(ben.id, document.id);
    await beforeLast.next(is("annotation", (f) => f.annotation.id === kept1.id));
    const later = await annotate(db(), ana.id, document, "Jerusalem", { visibility: "everyone" });
    for (const reader of [atHead, beforeLast, fresh]) {
      await reader.next(is("annotation", (f) => f.annotation.id === later.id));
      expect(reader.frames.filter((frame) => frame.type === "reload")).toEqual([]);
    }
  });

  it("tells a resuming reader their role when a change of it was among the pruned changes", async () => {
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const document = await privateDocument(db(), ana.id);
    const benShare = await share(db(), ana.id, document.id, { email: ben.email, role: "commenter" });
    const { eventSeq: resumeAt } = await db().document.findUniqueOrThrow({ where: { id: document.id } });
    await updateShare(db(), ana.id, document.id, benShare.id, "viewer");
    await annotate(db(), ana.id, document, "Iran", { visibility: "everyone" });
    await pruneAll();
    const back = await stream(ben.id, document.id, resumeAt);
    expect(await back.next(is("access"))).toMatchObject({ role: "viewer" });
    await back.next(is("reload"));
  });
});
