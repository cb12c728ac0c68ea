import { describe, expect, it } from "vitest";
import { applyAnnotationFrame, liveAnnotations } from "@/lib/realtime/live-annotations";
import { sseMessage } from "@/lib/realtime/live-frame";
import { mergeFetched } from "@/lib/realtime/merge-fetched";
import type { AnnotationView } from "@/lib/validation/annotation";
import { VIEWS } from "../w3c/fixture";

const view = (id: string, comment: string): AnnotationView => ({ ...VIEWS[0]!, id, comment });

describe("a reload frame (changes pruned from the log before the reader saw them)", () => {
  it("marks the annotations stale, and the list fetched after it replaces them: deletions missed included", () => {
    const held = liveAnnotations([view("a", "old"), view("gone", "deleted while away")], 10);
    const stale = applyAnnotationFrame(held, { type: "reload", seq: 40 });
    expect(stale.staleAt).toBe(40);
    expect(stale.seq).toBe(40);

    const fetched = mergeFetched(stale, [view("a", "edited while away"), view("new", "made while away")], 41);
    expect(fetched.staleAt).toBeNull();
    expect([...fetched.list.keys()].sort()).toEqual(["a", "new"]);
    expect(fetched.list.get("a")!.comment).toBe("edited while away");
  });

  it("changes nothing when it is older than what the reader holds (relayed twice, or from another tab)", () => {
    const held = liveAnnotations([view("a", "v")], 50);
    expect(applyAnnotationFrame(held, { type: "reload", seq: 40 })).toBe(held);
  });

  it("carries its number as the event id, so a reconnect resumes after it", () => {
    expect(sseMessage({ type: "reload", seq: 40 })).toBe('id: 40\nevent: reload\ndata: {"type":"reload","seq":40}\n\n');
  });
});
