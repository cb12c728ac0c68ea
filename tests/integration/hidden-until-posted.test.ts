import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { annotationListTag } from "@/lib/annotations/annotation-list-tag";
import { listAnnotations, listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { getMap } from "@/lib/maps/get-map";
import { listMaps } from "@/lib/maps/list-maps";
import { createChangeListener, type ChangeListener } from "@/lib/db/change-listener";
import { NotFoundError } from "@/lib/errors";
import { EVENTS_CHANNEL } from "@/lib/realtime/change-event";
import { LiveHub } from "@/lib/realtime/live-hub";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import { PRESENCE_CHANNEL } from "@/lib/realtime/presence";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import { annotate, type TestAnnotationInput } from "./support/annotation-factories";
import { makeMap } from "./support/map-factories";
import { StreamReader } from "./support/live-client";
import { assignedReading } from "./support/assignment-reading";
import { currentTestDbConfig, DATABASE_KIND, useTestDb } from "./support/test-db";

const DUE = new Date("2026-12-10T12:00:00Z");

// Hidden until posted (issue 10): on an individual assignment's reading a
// student first reads alone; classmates' annotations appear once they post
// one of their own, or at the due date — whichever the teacher chose.
describe(`hidden until posted on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  afterEach(() => vi.useRealTimers());

  async function classroom(peersVisible: "afterPosting" | "afterDue", mode: "individual" | "groups" = "individual") {
    if (DUE.getTime() - Date.now() < 24 * 3_600_000) {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(DUE.getTime() - 7 * 24 * 3_600_000) });
    }
    const { teacher, ann, ben, document, toCourse } = await assignedReading(db(), { dueAt: DUE, peersVisible, mode });
    const bens = await annotate(db(), ben.id, document, "knows who the boss is", toCourse);
    await annotate(db(), teacher.id, document, "phone interview", toCourse);
    return { teacher, ann, ben, document, bens, toCourse };
  }

  const exacts = async (userId: string, documentId: string) =>
    (await listAnnotations(db(), userId, documentId)).map((a) => a.target.exact).sort();

  it("afterPosting: a student sees the teacher's but no classmate's until they post; then all, with a new ETag", async () => {
    const { teacher, ann, ben, document, bens, toCourse } = await classroom("afterPosting");
    expect(await exacts(ann.id, document.id)).toEqual(["phone interview"]);
    // Not through a reply either: to her it does not exist.
    await expect(addReply(db(), ann.id, bens.id, { body: "Peeking" })).rejects.toBeInstanceOf(NotFoundError);
    // Ben posted, so he sees the teacher's and his own; staff see everything.
    expect(await exacts(teacher.id, document.id)).toEqual(["knows who the boss is", "phone interview"]);
    const before = await annotationListTag(db(), ann.id, document.id);
    expect((await listAnnotationsAsOf(db(), ann.id, document.id)).tag).toBe(before);

    await annotate(db(), ann.id, document, "two nations", toCourse);
    expect(await exacts(ann.id, document.id)).toEqual(["knows who the boss is", "phone interview", "two nations"]);
    expect(await annotationListTag(db(), ann.id, document.id)).not.toBe(before);
    expect(await exacts(ben.id, document.id)).toEqual(["knows who the boss is", "phone interview", "two nations"]);
  });

  it("afterDue: hidden until the due date even after posting; the ETag changes when it passes", async () => {
    const { ann, document, toCourse } = await classroom("afterDue");
    await annotate(db(), ann.id, document, "two nations", toCourse);
    expect(await exacts(ann.id, document.id)).toEqual(["phone interview", "two nations"]);
    const before = await annotationListTag(db(), ann.id, document.id);
    vi.setSystemTime(DUE);
    expect(await exacts(ann.id, document.id)).toEqual(["knows who the boss is", "phone interview", "two nations"]);
    expect(await annotationListTag(db(), ann.id, document.id)).not.toBe(before);
  });

  // Not only their annotations: their replies and their maps are their work too.
  const replyBodies = async (userId: string, documentId: string) =>
    (await listAnnotations(db(), userId, documentId)).flatMap((a) => a.replies.map((reply) => reply.body)).sort();
  const mapTitles = async (userId: string, documentId: string) =>
    (await listMaps(db(), userId, documentId)).map((map) => map.title).sort();

  async function classmatesWork(peersVisible: "afterPosting" | "afterDue") {
    const setup = await classroom(peersVisible);
    const { teacher, ben, document, toCourse } = setup;
    const teachers = await annotate(db(), teacher.id, document, "Washington and Jerusalem", {
      visibility: "everyone" as const,
    });
    await addReply(db(), teacher.id, teachers.id, { body: "Look here" });
    await addReply(db(), ben.id, teachers.id, { body: "Ben's answer" });
    const bensMap = await makeMap(db(), ben.id, document.id, { title: "Ben's map", ...toCourse });
    const everyonesMap = await makeMap(db(), ben.id, document.id, { title: "Ben's open map", visibility: "everyone" });
    await makeMap(db(), teacher.id, document.id, { title: "Teacher's map", ...toCourse });
    return { ...setup, bensMap, everyonesMap };
  }

  it("afterPosting: a classmate's replies and maps are hidden until the student posts, then shown", async () => {
    const { ann, ben, document, bensMap, everyonesMap, toCourse } = await classmatesWork("afterPosting");
    expect(await replyBodies(ann.id, document.id)).toEqual(["Look here"]);
    expect(await mapTitles(ann.id, document.id)).toEqual(["Teacher's map"]);
    await expect(getMap(db(), ann.id, bensMap.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMap(db(), ann.id, everyonesMap.id)).rejects.toBeInstanceOf(NotFoundError);
    // Ben posted: he sees his own and the teacher's, as before.
    expect(await replyBodies(ben.id, document.id)).toEqual(["Ben's answer", "Look here"]);

    await annotate(db(), ann.id, document, "two nations", toCourse);
    expect(await replyBodies(ann.id, document.id)).toEqual(["Ben's answer", "Look here"]);
    expect(await mapTitles(ann.id, document.id)).toEqual(["Ben's map", "Ben's open map", "Teacher's map"]);
    expect((await getMap(db(), ann.id, bensMap.id)).title).toBe("Ben's map");
  });

  it("afterDue: a classmate's replies and maps are hidden until the due date, even after posting", async () => {
    const { ann, document, bensMap, toCourse } = await classmatesWork("afterDue");
    await annotate(db(), ann.id, document, "two nations", toCourse);
    expect(await replyBodies(ann.id, document.id)).toEqual(["Look here"]);
    expect(await mapTitles(ann.id, document.id)).toEqual(["Teacher's map"]);
    await expect(getMap(db(), ann.id, bensMap.id)).rejects.toBeInstanceOf(NotFoundError);
    vi.setSystemTime(DUE);
    expect(await replyBodies(ann.id, document.id)).toEqual(["Ben's answer", "Look here"]);
    expect(await mapTitles(ann.id, document.id)).toEqual(["Ben's map", "Ben's open map", "Teacher's map"]);
    expect((await getMap(db(), ann.id, bensMap.id)).title).toBe("Ben's map");
  });

  it("small groups are not concerned", async () => {
    const { ann, document } = await classroom("afterPosting", "groups");
    expect(await exacts(ann.id, document.id)).toEqual(["knows who the boss is", "phone interview"]);
  });

  describe("live", () => {
    let listener: ChangeListener;
    let hub: LiveHub;
    const controller = new AbortController();
    beforeAll(() => {
      listener = createChangeListener(currentTestDbConfig(), [EVENTS_CHANNEL, PRESENCE_CHANNEL]);
      hub = new LiveHub(db(), listener);
    });
    afterAll(async () => {
      controller.abort();
      hub.close();
      await listener.close();
    });

    /** `userId`'s live stream of the document, once it has said hello. */
    async function streamOf(userId: string, documentId: string) {
      const reader = new StreamReader(
        await openReaderStream(hub, { userId, documentId, since: null, signal: controller.signal }),
      );
      await reader.next((frame: LiveFrame) => frame.type === "hello");
      return reader;
    }

    /**
     * The teacher tags `phrase` for the course until `reader` hears it: the
     * listener may not hear the first changes yet (a test run alone is the
     * first), and from the first one heard on the stream follows every change.
     */
    async function untilHeard(
      reader: StreamReader,
      teacherId: string,
      document: { id: string; plainText: string },
      phrase: string,
      toCourse: TestAnnotationInput,
    ) {
      const mark = reader.frames.length;
      for (let tries = 1; ; tries++) {
        await annotate(db(), teacherId, document, phrase, toCourse);
        const heard = (frame: LiveFrame) => frame.type === "annotation" && frame.annotation.target.exact === phrase;
        if (await reader.next(heard, { ms: 500, after: mark }).catch(() => null)) return;
        if (tries === 20) throw new Error("the stream heard no change");
      }
    }

    it("a student's stream skips a classmate's annotation, then her own first post makes her list reload", async () => {
      const { teacher, ann, ben, document, toCourse } = await classroom("afterPosting");
      const reader = await streamOf(ann.id, document.id);
      const news = (after: number) =>
        reader.next((frame: LiveFrame) => frame.type !== "presence" && frame.type !== "hello", { after });
      await untilHeard(reader, teacher.id, document, "structural inflection point", toCourse);
      let mark = reader.frames.length;
      await annotate(db(), ben.id, document, "two nations", toCourse);
      // Once the teacher's next change is heard, Ben's (before it) has been dealt with: it was skipped.
      await untilHeard(reader, teacher.id, document, "phone interview", toCourse);
      expect(JSON.stringify(reader.frames.slice(mark))).not.toContain("two nations");
      mark = reader.frames.length;
      await annotate(db(), ann.id, document, "rhetorical posturing", toCourse);
      // Her own first post comes as "reload the list", which now holds his.
      expect((await news(mark)).type).toBe("annotations");
      const listed = await listAnnotationsAsOf(db(), ann.id, document.id);
      expect(new Set(listed.annotations.map((a) => a.target.exact))).toEqual(
        new Set([
          "knows who the boss is",
          "phone interview",
          "structural inflection point",
          "rhetorical posturing",
          "two nations",
        ]),
      );
      mark = reader.frames.length;
      await annotate(db(), ben.id, document, "Washington and Jerusalem", toCourse);
      const after = await news(mark);
      expect(after).toMatchObject({
        type: "annotation",
        annotation: { target: { exact: "Washington and Jerusalem" } },
      });
    });

    it("a student's stream carries no classmate's reply nor map until she posts", async () => {
      const { teacher, ann, ben, document, toCourse } = await classroom("afterPosting");
      const teachers = await annotate(db(), teacher.id, document, "Washington and Jerusalem", {
        visibility: "everyone" as const,
      });
      const reader = await streamOf(ann.id, document.id);
      await untilHeard(reader, teacher.id, document, "two nations", toCourse);
      const mark = reader.frames.length;
      await makeMap(db(), ben.id, document.id, { title: "Ben's map", ...toCourse });
      await addReply(db(), ben.id, teachers.id, { body: "Ben's answer" });
      // The teacher's map comes through: every change before it has been dealt with by then.
      await makeMap(db(), teacher.id, document.id, { title: "Teacher's map", ...toCourse });
      await reader.next((frame: LiveFrame) => frame.type === "map" && frame.map.title === "Teacher's map", {
        after: mark,
      });
      const sent = JSON.stringify(reader.frames.slice(mark));
      expect(sent).not.toContain("Ben's map");
      expect(sent).not.toContain("Ben's answer");
    });
  });
});
