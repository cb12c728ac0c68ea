import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { annotationListTag } from "@/lib/annotations/annotation-list-tag";
import { listAnnotations, listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { createAssignment } from "@/lib/classroom/create-assignment";
import { createCourse } from "@/lib/classroom/create-course";
import { joinCourse } from "@/lib/classroom/join-course";
import { createChangeListener, type ChangeListener } from "@/lib/db/change-listener";
import { NotFoundError } from "@/lib/errors";
import { EVENTS_CHANNEL } from "@/lib/realtime/change-event";
import { LiveHub } from "@/lib/realtime/live-hub";
import type { LiveFrame } from "@/lib/realtime/live-frame";
import { PRESENCE_CHANNEL } from "@/lib/realtime/presence";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import { ZAssignmentCreate } from "@/lib/validation/classroom";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { StreamReader } from "./support/live-client";
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
    const teacher = await createUser(db(), "Teacher");
    const ann = await createUser(db(), "Ann");
    const ben = await createUser(db(), "Ben");
    const course = await createCourse(db(), teacher.id, { name: "Rhetoric" });
    await joinCourse(db(), ann.id, course.joinCode);
    await joinCourse(db(), ben.id, course.joinCode);
    const document = await privateDocument(db(), teacher.id);
    const input = ZAssignmentCreate.parse({
      documentId: document.id,
      title: "Read",
      dueAt: DUE.toISOString(),
      latePolicy: "accept",
      mode,
      peersVisible,
    });
    await createAssignment(db(), teacher.id, course.id, input);
    const toCourse = { visibility: "group" as const, groupId: course.groupId };
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

    it("a student's stream skips a classmate's annotation, then her own first post makes her list reload", async () => {
      const { ann, ben, document, toCourse } = await classroom("afterPosting");
      const reader = new StreamReader(
        await openReaderStream(hub, {
          userId: ann.id,
          documentId: document.id,
          since: null,
          signal: controller.signal,
        }),
      );
      await reader.next((frame: LiveFrame) => frame.type === "hello");
      const news = (after: number) =>
        reader.next((frame: LiveFrame) => frame.type !== "presence" && frame.type !== "hello", { after });
      let mark = reader.frames.length;
      await annotate(db(), ben.id, document, "two nations", toCourse);
      await annotate(db(), ann.id, document, "rhetorical posturing", toCourse);
      const next = await news(mark);
      // Ben's annotation was skipped (not sent); her own comes as "reload the list", which now holds his.
      expect(next.type).toBe("annotations");
      const listed = await listAnnotationsAsOf(db(), ann.id, document.id);
      expect(listed.annotations.map((a) => a.target.exact).sort()).toEqual([
        "knows who the boss is",
        "phone interview",
        "rhetorical posturing",
        "two nations",
      ]);
      mark = reader.frames.length;
      await annotate(db(), ben.id, document, "Washington and Jerusalem", toCourse);
      const after = await news(mark);
      expect(after).toMatchObject({
        type: "annotation",
        annotation: { target: { exact: "Washington and Jerusalem" } },
      });
    });
  });
});
