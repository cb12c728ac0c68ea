import { describe, expect, it } from "vitest";
import { stepsForReader, type ReaderAccess } from "@/lib/realtime/frames-for-reader";
import type { ResolvedChanges } from "@/lib/realtime/resolve-changes";
import type { AnnotationView } from "@/lib/validation/annotation";
import { VIEWS } from "../w3c/fixture";

const AUTHOR = "author";
const annotation = (
  visibility: AnnotationView["visibility"],
  group: AnnotationView["group"] = null,
): AnnotationView => ({
  ...VIEWS[0]!,
  id: "a1",
  author: { id: AUTHOR, name: "Author" },
  visibility,
  group,
});
const reader = (userId: string, groupIds: string[] = [], role: ReaderAccess["role"] = "commenter"): ReaderAccess => ({
  userId,
  role,
  groupIds: new Set(groupIds),
});
const audience = (visibility: "private" | "group" | "everyone", groupId: string | null = null) => ({
  authorId: AUTHOR,
  visibility,
  groupId,
});

function changeTo(now: AnnotationView | null, before: ReturnType<typeof audience>[]): ResolvedChanges {
  return {
    changes: [{ seq: 7, kind: "annotation", entityId: "a1", audiences: before, actorId: AUTHOR }],
    asOf: 7,
    annotations: new Map(now ? [["a1", now]] : []),
    maps: new Map(),
    actors: new Map(),
  };
}

const kinds = (steps: ReturnType<typeof stepsForReader>) =>
  steps.map((step) => ("frame" in step ? step.frame.type : "skip" in step ? "skip" : "recheck"));

describe("what a change means for each reader", () => {
  it("sends a private annotation's change to its author alone", () => {
    const change = changeTo(annotation("private"), [audience("private")]);
    expect(kinds(stepsForReader(reader(AUTHOR), change))).toEqual(["annotation"]);
    expect(kinds(stepsForReader(reader("other"), change))).toEqual(["skip"]);
  });

  it("sends a group's annotation to its members, and its removal to those who saw it", () => {
    const group = { id: "g", name: "Group" };
    const change = changeTo(annotation("group", group), [audience("group", "g")]);
    expect(kinds(stepsForReader(reader("member", ["g"]), change))).toEqual(["annotation"]);
    expect(kinds(stepsForReader(reader("outsider"), change))).toEqual(["skip"]);
    const madePrivate = changeTo(annotation("private"), [audience("group", "g"), audience("private")]);
    expect(kinds(stepsForReader(reader("member", ["g"]), madePrivate))).toEqual(["annotation-removed"]);
    expect(kinds(stepsForReader(reader("outsider"), madePrivate))).toEqual(["skip"]);
  });

  it("sends one frame per item per batch, at its last change, and rechecks access on share changes", () => {
    const resolved: ResolvedChanges = {
      ...changeTo(annotation("everyone"), [audience("everyone")]),
      changes: [
        { seq: 5, kind: "annotation", entityId: "a1", audiences: [audience("everyone")], actorId: AUTHOR },
        { seq: 6, kind: "access", entityId: null, audiences: [], actorId: AUTHOR },
        { seq: 7, kind: "annotation", entityId: "a1", audiences: [audience("everyone")], actorId: AUTHOR },
        { seq: 8, kind: "text", entityId: null, audiences: [], actorId: AUTHOR },
      ],
    };
    expect(kinds(stepsForReader(reader("other"), resolved))).toEqual(["skip", "recheck", "annotation", "text"]);
  });

  it("says an item is gone when an earlier change in the batch was one the reader saw, though its last is not", () => {
    // Made private, then edited while private, both caught up in one batch
    // (a reconnect's replay): the reader who saw it must be told it is gone.
    const resolved: ResolvedChanges = {
      ...changeTo(annotation("private"), []),
      changes: [
        {
          seq: 5,
          kind: "annotation",
          entityId: "a1",
          audiences: [audience("everyone"), audience("private")],
          actorId: AUTHOR,
        },
        { seq: 7, kind: "annotation", entityId: "a1", audiences: [audience("private")], actorId: AUTHOR },
      ],
    };
    expect(kinds(stepsForReader(reader("other"), resolved))).toEqual(["skip", "annotation-removed"]);
    expect(kinds(stepsForReader(reader(AUTHOR), resolved))).toEqual(["skip", "annotation"]);
  });

  it("keeps a classmate's annotation from a student while an assignment hides classmates (hidden until posted)", () => {
    const change = changeTo(annotation("everyone"), [audience("everyone")]);
    const hiding = { ...reader("student"), hiddenAuthors: new Set([AUTHOR]) };
    expect(kinds(stepsForReader(hiding, change))).toEqual(["skip"]);
    expect(kinds(stepsForReader({ ...hiding, hiddenAuthors: new Set<string>() }, change))).toEqual(["annotation"]);
    // Its author always sees their own.
    expect(kinds(stepsForReader({ ...reader(AUTHOR), hiddenAuthors: new Set([AUTHOR]) }, change))).toEqual([
      "annotation",
    ]);
  });
});
