import { afterAll, describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { listAnnotations, listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { createChangeListener, type ChangeListener } from "@/lib/db/change-listener";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { EVENTS_CHANNEL } from "@/lib/realtime/change-event";
import { applyAnnotationFrame, liveAnnotations, type LiveAnnotations } from "@/lib/realtime/live-annotations";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import { LiveHub } from "@/lib/realtime/live-hub";
import { mergeFetched } from "@/lib/realtime/merge-fetched";
import { PRESENCE_CHANNEL } from "@/lib/realtime/presence";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import type { AnnotationView } from "@/lib/validation/annotation";
import { seededRandom } from "../support/seeded-random";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { sseMessages } from "./support/live-client";
import { share } from "./support/sharing-factories";
import { currentTestDbConfig, DATABASE_KIND, useTestDb } from "./support/test-db";

const PHRASES = [
  "Benjamin Netanyahu",
  "Lebanon",
  "Iran",
  "Jerusalem",
  "White House",
  "summit",
  "leverage",
  "Washington",
];

/** What a reader shows of an annotation; two readers agree when these agree. */
const shown = (a: AnnotationView) =>
  `${a.id} ${a.author.id} ${a.visibility} ${a.deleted} ${JSON.stringify(a.comment)} ${a.replies.map((r) => r.id).join(",")}`;

/**
 * The server as a process: its own database client, a listener and a hub,
 * all replaced by a "restart" (the old client is let go without waiting for
 * what it still had in flight, as a killed process would).
 */
class Server {
  db!: Db;
  listener!: ChangeListener;
  hub!: LiveHub;
  constructor() {
    this.start();
  }
  start() {
    this.db = createPrismaClient(currentTestDbConfig());
    this.listener = createChangeListener(currentTestDbConfig(), [EVENTS_CHANNEL, PRESENCE_CHANNEL]);
    this.hub = new LiveHub(this.db, this.listener);
  }
  async stop() {
    this.hub.close();
    await this.listener.close();
    const old = this.db;
    // Reads cut off mid-transaction may keep a pooled connection; do not wait on them for long.
    await Promise.race([old.$disconnect(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  }
  async restart() {
    await this.stop();
    this.start();
  }
}

/**
 * A browser holding a live stream over a bad network: frames come twice,
 * at once or late (after newer ones), now and then; the connection drops;
 * it comes back with Last-Event-ID, or without one (and then loads the list
 * afresh, as a page load does).
 */
class FlakyClient {
  state: LiveAnnotations = liveAnnotations([], 0);
  lastId: number | null = null;
  applied = 0;
  private connection: AbortController | null = null;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    readonly userId: string,
    private readonly db: Db,
    private readonly documentId: string,
    private readonly random: () => number,
  ) {}

  async load() {
    const { annotations, seq } = await listAnnotationsAsOf(this.db, this.userId, this.documentId);
    this.state = mergeFetched(this.state, annotations, seq);
    this.lastId = seq;
  }

  private apply(frame: LiveFrame) {
    this.applied += 1;
    this.state = applyAnnotationFrame(this.state, frame);
  }

  async connect(server: Server) {
    this.connection = new AbortController();
    const stream = await openReaderStream(server.hub, {
      userId: this.userId,
      documentId: this.documentId,
      since: this.lastId,
      signal: this.connection.signal,
    });
    this.reading = (async () => {
      // Late copies: a frame delivered again after the next few, as a relay or a replay would.
      const late: { frame: LiveFrame; after: number }[] = [];
      const deliverLate = () => {
        for (const copy of [...late]) {
          copy.after -= 1;
          if (copy.after > 0) continue;
          late.splice(late.indexOf(copy), 1);
          this.apply(copy.frame);
        }
      };
      for await (const message of sseMessages(stream)) {
        if (message.id !== null) this.lastId = Number(message.id);
        const frame = message.frame;
        if (!frame || frame.type === "hello" || frame.type === "presence") continue;
        this.apply(frame);
        if (this.random() < 0.1) this.apply(frame);
        deliverLate();
        if (this.random() < 0.25) late.push({ frame, after: 1 + Math.floor(this.random() * 4) });
      }
      for (const copy of late) this.apply(copy.frame);
    })().catch(() => {});
  }

  async drop() {
    this.connection?.abort();
    await this.reading;
  }

  /** Reconnects after a drop: with its last event id, or (`forget`) without, reloading the list first. */
  async reconnect(server: Server, forget: boolean) {
    await this.drop();
    if (forget) {
      this.lastId = null;
      await this.load();
    }
    await this.connect(server);
  }

  async settle() {
    if (this.state.staleAt !== null) await this.load();
  }
}

describe(`live streams under faults on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  let server: Server | null = null;
  afterAll(async () => server?.stop());

  it("leaves every client holding exactly what the server holds for it (seeded, with drops, duplicates, reordering and a restart)", async () => {
    const random = seededRandom(20261201);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const owner = await createUser(db(), "Owner");
    const [ben, cy] = [await createUser(db(), "Ben"), await createUser(db(), "Cy")];
    const document = await privateDocument(db(), owner.id);
    await share(db(), owner.id, document.id, { email: ben.email, role: "commenter" });
    await share(db(), owner.id, document.id, { email: cy.email, role: "commenter" });
    const writers = [owner, ben, cy];
    server = new Server();
    const clients = [owner, ben, cy, ben].map((user) => new FlakyClient(user.id, db(), document.id, random));
    for (const client of clients) {
      await client.load();
      await client.connect(server);
    }

    const counts = { changes: 0, drops: 0, forgetful: 0, restarts: 0 };
    for (let step = 0; step < 150; step++) {
      const roll = random();
      if (roll < 0.75) {
        const writer = pick(writers);
        const visible = await listAnnotations(db(), writer.id, document.id);
        // Mostly the writer's latest annotation, so one item changes many times in a row.
        const all = visible.filter((a) => a.author.id === writer.id);
        const own = random() < 0.6 ? all.slice(-1) : all;
        const action = random();
        try {
          if (action < 0.35 || own.length === 0) {
            await annotate(db(), writer.id, document, pick(PHRASES), {
              visibility: random() < 0.5 ? "everyone" : "private",
              comment: `step ${step}`,
            });
          } else if (action < 0.55) {
            await updateAnnotation(db(), writer.id, pick(own).id, { comment: `edited at ${step}` });
          } else if (action < 0.7) {
            await updateAnnotation(db(), writer.id, pick(own).id, {
              visibility: random() < 0.5 ? "everyone" : "private",
            });
          } else if (action < 0.8) {
            await deleteAnnotation(db(), writer.id, pick(own).id);
          } else if (action < 0.85) {
            const deleted = await db().annotation.findFirst({
              where: { authorId: writer.id, deletedAt: { not: null } },
            });
            if (deleted) await restoreAnnotation(db(), writer.id, deleted.id);
          } else if (visible.length > 0) {
            await addReply(
              db(),
              writer.id,
              pick(
                visible
                  .filter((a) => !a.deleted)
                  .map((a) => a.id)
                  .concat(own[0]!.id),
              ),
              {
                body: `reply at ${step}`,
              },
            );
          }
          counts.changes += 1;
        } catch (error) {
          // A reply to an annotation deleted a moment ago is refused; anything else is a failure.
          if (!(error instanceof Error && error.name === "NotFoundError")) throw error;
        }
      } else if (roll < 0.95) {
        const forget = random() < 0.4;
        counts.drops += 1;
        if (forget) counts.forgetful += 1;
        await pick(clients).reconnect(server, forget);
      } else if (counts.restarts < 3) {
        counts.restarts += 1;
        await Promise.all(clients.map((client) => client.drop()));
        await server.restart();
        // Changes made while the server is down reach everyone after it is back.
        await annotate(db(), owner.id, document, pick(PHRASES), {
          visibility: "everyone",
          comment: `while down ${step}`,
        });
        for (const client of clients) await client.connect(server);
      }
      if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, 5));
    }

    // Quiet now: each client must come to hold exactly what the server holds for its reader.
    const truth = async (userId: string) => (await listAnnotations(db(), userId, document.id)).map(shown).sort();
    const held = (client: FlakyClient) => [...client.state.list.values()].map(shown).sort();
    for (const client of clients) {
      const expected = await truth(client.userId);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        await client.settle();
        if (JSON.stringify(held(client)) === JSON.stringify(expected)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(held(client)).toEqual(expected);
    }
    expect(counts.changes).toBeGreaterThan(80);
    expect(counts.drops).toBeGreaterThan(10);
    expect(counts.forgetful).toBeGreaterThan(2);
    expect(counts.restarts).toBeGreaterThan(0);
    await Promise.all(clients.map((client) => client.drop()));
  }, 120_000);
});
