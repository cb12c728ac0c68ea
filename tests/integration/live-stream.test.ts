import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { setSection } from "@/lib/realtime/presence";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { createGroup } from "@/lib/groups/create-group";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { removeShare } from "@/lib/sharing/change-share";
import { applyMapOperations } from "@/lib/maps/apply-map-operations";
import { NotFoundError } from "@/lib/errors";
import { annotate, privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { is, useLiveStreams, type Frame } from "./support/live-streams";
import { makeMap, rejectionOf, statement } from "./support/map-factories";
import { share } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`live streams on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const { stream, disconnectLast, hub } = useLiveStreams(db);

  /** Two readers of one document shared as Commenter, each with a stream open. */
  async function together() {
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const document = await privateDocument(db(), ana.id);
    const benShare = await share(db(), ana.id, document.id, { email: ben.email, role: "commenter" });
    return {
      ana,
      ben,
      document,
      benShare,
      anaStream: await stream(ana.id, document.id),
      benStream: await stream(ben.id, document.id),
    };
  }

  it("sends a shared annotation, its edits and replies to every reader, and a private one to its author alone", async () => {
    const { ana, ben, document, anaStream, benStream } = await together();
    const shared = await annotate(db(), ana.id, document, "Benjamin Netanyahu", { visibility: "everyone" });
    expect((await benStream.next(is("annotation", (f) => f.annotation.id === shared.id))).annotation.target.exact).toBe(
      "Benjamin Netanyahu",
    );
    await addReply(db(), ben.id, shared.id, { body: "Agreed." });
    const replied = await anaStream.next(is("annotation", (f) => f.annotation.replies.length === 1));
    expect(replied.annotation.replies[0]).toMatchObject({ body: "Agreed.", author: { name: "Ben" } });

    const note = await annotate(db(), ana.id, document, "Lebanon", { kind: "note", comment: "mine alone" });
    await anaStream.next(is("annotation", (f) => f.annotation.id === note.id));
    // Ben's stream has moved on past it (by a later change), without a word about it.
    await updateAnnotation(db(), ana.id, shared.id, { comment: "after the note" });
    await benStream.next(is("annotation", (f) => f.annotation.comment === "after the note"));
    expect(JSON.stringify(benStream.frames)).not.toContain(note.id);
    expect(JSON.stringify(benStream.frames)).not.toContain("mine alone");

    // Made private, it leaves Ben's view; made public, the note reaches him.
    await updateAnnotation(db(), ana.id, shared.id, { visibility: "private" });
    await benStream.next(is("annotation-removed", (f) => f.id === shared.id));
    await updateAnnotation(db(), ana.id, note.id, { visibility: "everyone" });
    await benStream.next(is("annotation", (f) => f.annotation.id === note.id));
  });

  it("catches up from the last event id after a disconnect, missing nothing", async () => {
    const { ana, ben, document, benStream } = await together();
    const first = await annotate(db(), ana.id, document, "Benjamin Netanyahu", { visibility: "everyone" });
    await benStream.next(is("annotation", (f) => f.annotation.id === first.id));
    const resumeAt = Number(benStream.lastId);
    disconnectLast();
    const missed = [];
    for (const phrase of ["Lebanon", "Iran", "Jerusalem"]) {
      missed.push(await annotate(db(), ana.id, document, phrase, { visibility: "everyone" }));
    }
    const back = await stream(ben.id, document.id, resumeAt);
    for (const annotation of missed) await back.next(is("annotation", (f) => f.annotation.id === annotation.id));
    expect(
      back.frames.filter((f) => f.type === "annotation").map((f) => (f as Frame<"annotation">).annotation.id),
    ).toEqual(missed.map((a) => a.id));
  });

  it("closes the stream of a reader whose share is removed, saying so", async () => {
    const { ana, document, benShare, benStream } = await together();
    await removeShare(db(), ana.id, document.id, benShare.id);
    await benStream.next(is("access-lost"));
    await benStream.done;
    expect(benStream.ended).toBe(true);
  });

  it("closes the stream of a member removed from the group the document is shared with", async () => {
    const ana = await createUser(db(), "Ana");
    const ben = await createUser(db(), "Ben");
    const document = await privateDocument(db(), ana.id);
    const group = await createGroup(db(), ana.id, "Readers");
    await addGroupMember(db(), ana.id, group.id, ben.email);
    await share(db(), ana.id, document.id, { groupId: group.id, role: "viewer" });
    const benStream = await stream(ben.id, document.id);
    await removeGroupMember(db(), ana.id, group.id, { userId: ben.id });
    await benStream.next(is("access-lost"));
    await benStream.done;
  });

  it("refuses a stream of a document the reader may not read, before sending anything", async () => {
    const { document } = await together();
    const stranger = await createUser(db(), "Stranger");
    const refused = await rejectionOf(
      openReaderStream(hub(), { userId: stranger.id, documentId: document.id, since: null }),
    );
    expect(refused).toBeInstanceOf(NotFoundError);
  });

  it("shows who is reading, within moments of their arriving and leaving", async () => {
    const { anaStream, ben, document } = await together();
    await anaStream.next(is("presence", (f) => f.readers.map((r) => r.name).join() === "Ana,Ben"));
    const received = anaStream.frames.length;
    disconnectLast();
    await anaStream.next(
      is("presence", (f) => f.readers.map((r) => r.name).join() === "Ana"),
      { after: received },
    );
    expect(await db().presence.count({ where: { documentId: document.id, userId: ben.id } })).toBe(0);
  });

  it("tells a reader who is reading as they arrive, without their writing anything", async () => {
    const ana = await createUser(db(), "Ana");
    const document = await privateDocument(db(), ana.id);
    const anaStream = await stream(ana.id, document.id);
    const seen = await anaStream.next(is("presence"));
    expect([seen.readers.map((r) => [r.name, r.section]), seen.total]).toEqual([[["Ana", null]], 1]);
  });

  it("shows the section a reader is in once they choose to share it, and only their own stream can say so", async () => {
    const { ana, ben, document, anaStream, benStream } = await together();
    const { connectionId } = await benStream.next(is("hello"));
    const of = (userId: string) => ({ userId, documentId: document.id, connectionId });
    expect(await setSection(db(), of(ana.id), "Not Ana's to set")).toBe(false);
    expect(await setSection(db(), of(ben.id), "The Strategic Divergence Matrix")).toBe(true);
    const seen = await anaStream.next(is("presence", (f) => f.readers.some((r) => r.section !== null)));
    expect(seen.readers.find((r) => r.id === ben.id)?.section).toBe("The Strategic Divergence Matrix");
    expect(seen.total).toBe(2);
  });

  it("sends each map edit to everyone who may see the map, with who made it", async () => {
    const { ana, ben, document, anaStream } = await together();
    const map = await makeMap(db(), ana.id, document.id, {
      visibility: "everyone",
      graph: { nodes: [statement("c", "The claim.")], arguments: [], attacks: [] },
    });
    await applyMapOperations(db(), ben.id, map.id, [{ op: "addNode", node: statement("p", "Ben's reason.") }]);
    const frame = await anaStream.next(is("map", (f) => f.map.graph.nodes.length === 2));
    expect(frame.by).toEqual({ id: ben.id, name: "Ben" });
    expect(frame.map).toMatchObject({ canEdit: true, canManage: true });
  });
});
