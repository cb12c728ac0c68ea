import { describe, expect, it } from "vitest";
import { annotationsInOrder, applyAnnotationFrame, liveAnnotations } from "@/lib/realtime/live-annotations";
import { mergeFetched } from "@/lib/realtime/merge-fetched";
import type { AnnotationView } from "@/lib/validation/annotation";
import { VIEWS } from "../w3c/fixture";

const EXAMPLE_ANNOTATION = VIEWS[0]!;

const view = (id: string, comment: string, start = 0): AnnotationView => ({
  ...EXAMPLE_ANNOTATION,
  id,
  comment,
  target: { ...EXAMPLE_ANNOTATION.target, start, end: start + 5 },
});
const put = (seq: number, asOf: number, annotation: AnnotationView) => ({
  type: "annotation" as const,
  seq,
  asOf,
  annotation,
});

describe("live annotations", () => {
  it("keep the newest state of each annotation, whatever order frames come in, and however often", () => {
    const start = liveAnnotations([view("a", "v1")], 3);
    const newer = put(5, 5, view("a", "v5"));
    const older = put(4, 4, view("a", "v4"));
    for (const order of [
      [older, newer],
      [newer, older],
      [newer, older, newer, older],
    ]) {
      const end = order.reduce(applyAnnotationFrame, start);
      expect(end.list.get("a")!.comment).toBe("v5");
      expect(end.seq).toBe(5);
    }
    // A frame as of the list's own change, or older, changes nothing.
    expect(applyAnnotationFrame(start, put(3, 2, view("a", "old"))).list.get("a")!.comment).toBe("v1");
  });

  it("remove an annotation only when the removal is newer than what was held", () => {
    const start = liveAnnotations([view("a", "v1")], 3);
    const removed = applyAnnotationFrame(start, { type: "annotation-removed", seq: 6, asOf: 6, id: "a" });
    expect(removed.list.has("a")).toBe(false);
    expect(applyAnnotationFrame(removed, put(5, 5, view("a", "v5"))).list.has("a")).toBe(false);
    expect(applyAnnotationFrame(removed, put(7, 7, view("a", "back"))).list.get("a")!.comment).toBe("back");
  });

  it("ask for the list again after a change that moved many, and merge it without losing newer frames", () => {
    let state = liveAnnotations([view("a", "v1", 10), view("b", "v1", 0)], 3);
    state = applyAnnotationFrame(state, { type: "text", seq: 4 });
    expect(state.staleAt).toBe(4);
    state = applyAnnotationFrame(state, put(6, 6, view("c", "new", 20)));
    // The list fetched as of change 5 does not know c yet, and has b removed.
    const merged = mergeFetched(state, [view("a", "moved", 12)], 5);
    expect(annotationsInOrder(merged).map((a) => [a.id, a.comment])).toEqual([
      ["a", "moved"],
      ["c", "new"],
    ]);
    expect(merged.staleAt).toBeNull();
    // A list older than the change that made it stale does not clear the flag.
    expect(mergeFetched(applyAnnotationFrame(merged, { type: "annotations", seq: 9 }), [], 8).staleAt).toBe(9);
  });

  it("are in document order, longer first on one start, then oldest first on one passage", () => {
    const at = (id: string, start: number, end: number, createdAt: string): AnnotationView => ({
      ...view(id, id, start),
      target: { ...EXAMPLE_ANNOTATION.target, start, end },
      createdAt,
    });
    const list = [
      at("later", 10, 20, "2026-12-02T10:00:00.010Z"),
      at("first", 10, 20, "2026-12-02T09:59:59.999Z"),
      at("longer", 10, 30, "2026-12-02T11:00:00.000Z"),
      at("before", 2, 5, "2026-12-02T12:00:00.000Z"),
      at("same-time", 10, 20, "2026-12-02T10:00:00.010Z"),
    ];
    expect(annotationsInOrder(liveAnnotations(list, 1)).map((a) => a.id)).toEqual([
      "before",
      "longer",
      "first",
      "later",
      "same-time",
    ]);
  });
});
