import { describe, expect, it } from "vitest";
import { UndoHistory, type ReaderAction } from "@/lib/annotations/undo-history";

/** An action that writes what happens to it into `log`. */
function action(label: string, log: string[], reverse?: () => Promise<{ refused: string } | void>): ReaderAction {
  return {
    label,
    reverse: reverse ?? (async () => void log.push(`reverse ${label}`)),
    reapply: async () => void log.push(`reapply ${label}`),
  };
}

describe("UndoHistory", () => {
  it("undoes one action per step, newest first, and redoes them oldest first", async () => {
    const log: string[] = [];
    const history = new UndoHistory();
    for (const label of ["tagged", "comment", "tags", "reply"]) history.record(action(label, log));

    const undone = [];
    for (let i = 0; i < 4; i++) undone.push(await history.undo());
    expect(undone.map((step) => step.outcome === "undone" && step.action.label)).toEqual([
      "reply",
      "tags",
      "comment",
      "tagged",
    ]);
    expect(log).toEqual(["reverse reply", "reverse tags", "reverse comment", "reverse tagged"]);
    expect(await history.undo()).toEqual({ outcome: "nothing" });

    log.length = 0;
    const redone = [];
    for (let i = 0; i < 4; i++) redone.push(await history.redo());
    expect(redone.map((step) => step.outcome === "redone" && step.action.label)).toEqual([
      "tagged",
      "comment",
      "tags",
      "reply",
    ]);
    expect(log).toEqual(["reapply tagged", "reapply comment", "reapply tags", "reapply reply"]);
    expect(await history.redo()).toEqual({ outcome: "nothing" });
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
  });

  it("forgets what could be redone when the reader does something new", async () => {
    const log: string[] = [];
    const history = new UndoHistory();
    history.record(action("first", log));
    history.record(action("second", log));
    await history.undo();
    expect(history.canRedo).toBe(true);
    history.record(action("third", log));
    expect(history.canRedo).toBe(false);
    expect(await history.redo()).toEqual({ outcome: "nothing" });
    expect(await history.undo()).toMatchObject({ outcome: "undone", action: { label: "third" } });
    expect(await history.undo()).toMatchObject({ outcome: "undone", action: { label: "first" } });
  });

  it("keeps only the newest `limit` steps", async () => {
    const log: string[] = [];
    const history = new UndoHistory(3);
    for (const label of ["1", "2", "3", "4"]) history.record(action(label, log));
    for (let i = 0; i < 4; i++) await history.undo();
    expect(log).toEqual(["reverse 4", "reverse 3", "reverse 2"]);
    expect(new UndoHistory().limit).toBe(100);
  });

  it("keeps a step whose reversal failed, so nothing is lost and it can be tried again", async () => {
    const log: string[] = [];
    const history = new UndoHistory();
    let fail = true;
    history.record(action("first", log));
    history.record(
      action("flaky", log, async () => {
        if (fail) throw new Error("Could not reach Warrant");
        log.push("reverse flaky");
      }),
    );
    await expect(history.undo()).rejects.toThrow("Could not reach Warrant");
    expect(history.canRedo).toBe(false);
    fail = false;
    expect(await history.undo()).toMatchObject({ outcome: "undone", action: { label: "flaky" } });
    expect(log).toEqual(["reverse flaky"]);
  });

  it("keeps a step whose reapplying failed on the redo side", async () => {
    const history = new UndoHistory();
    let fail = true;
    history.record({
      label: "once",
      reverse: async () => {},
      reapply: async () => {
        if (fail) throw new Error("HTTP 500");
      },
    });
    await history.undo();
    await expect(history.redo()).rejects.toThrow("HTTP 500");
    expect(history.canUndo).toBe(false);
    fail = false;
    expect(await history.redo()).toMatchObject({ outcome: "redone", action: { label: "once" } });
  });

  it("drops a step that refuses to be reversed, says why, and goes on with the one before", async () => {
    const log: string[] = [];
    const history = new UndoHistory();
    history.record(action("older", log));
    history.record(action("shared", log, async () => ({ refused: "others have replied" })));
    expect(await history.undo()).toMatchObject({
      outcome: "refused",
      reason: "others have replied",
      action: { label: "shared" },
    });
    expect(history.canRedo).toBe(false);
    expect(await history.undo()).toMatchObject({ outcome: "undone", action: { label: "older" } });
    expect(log).toEqual(["reverse older"]);
  });

  it("runs steps one after another even when asked for several at once", async () => {
    const log: string[] = [];
    const history = new UndoHistory();
    const slow = (label: string, ms: number): ReaderAction => ({
      label,
      reverse: async () => {
        log.push(`start ${label}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${label}`);
      },
      reapply: async () => {},
    });
    history.record(slow("a", 1));
    history.record(slow("b", 20));
    const [b, a] = await Promise.all([history.undo(), history.undo()]);
    expect([b.outcome === "undone" && b.action.label, a.outcome === "undone" && a.action.label]).toEqual(["b", "a"]);
    expect(log).toEqual(["start b", "end b", "start a", "end a"]);
  });

  it("carries on after a failed step when the next is asked for at once", async () => {
    const history = new UndoHistory();
    history.record({ label: "kept", reverse: async () => {}, reapply: async () => {} });
    history.record({
      label: "broken",
      reverse: async () => {
        throw new Error("no");
      },
      reapply: async () => {},
    });
    const results = await Promise.allSettled([history.undo(), history.undo()]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
  });

  it("clear forgets both directions", async () => {
    const history = new UndoHistory();
    history.record(action("a", []));
    history.record(action("b", []));
    await history.undo();
    history.clear();
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
  });
});
