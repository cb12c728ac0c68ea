import { describe, expect, it } from "vitest";
import { sseMessage, sseSkip } from "@/lib/realtime/live-frame";

/** The SSE `id` a message sets, which a browser sends back as Last-Event-ID when it reconnects. */
const idOf = (message: string) => /^id: (.*)$/m.exec(message)?.[1] ?? null;

describe("the resume point a live message gives", () => {
  it("is the change's number for a change", () => {
    expect(idOf(sseMessage({ type: "text", seq: 42 }))).toBe("42");
    expect(idOf(sseMessage({ type: "annotation-removed", seq: 7, asOf: 9, id: "a" }))).toBe("7");
    expect(idOf(sseSkip(12))).toBe("12");
  });

  it("is not set by hello: the changes before its number are still on their way", () => {
    // hello carries the document's head, but the catch-up from the client's
    // resume point is sent after it; a reconnect between the two must resume
    // from where the client was, not from the head.
    const hello = sseMessage({ type: "hello", connectionId: "c", seq: 42 });
    expect(idOf(hello)).toBeNull();
    expect(JSON.parse(/^data: (.*)$/m.exec(hello)![1]!)).toEqual({ type: "hello", connectionId: "c", seq: 42 });
  });

  it("is not set by presence or access-lost, which are no changes", () => {
    expect(idOf(sseMessage({ type: "presence", readers: [], total: 0 }))).toBeNull();
    expect(idOf(sseMessage({ type: "access-lost" }))).toBeNull();
  });
});
