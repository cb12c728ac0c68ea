import { describe, expect, it } from "vitest";
import { groupByPassage } from "../../../lib/annotations/passage-groups";

const on = (id: string, start: number, end: number) => ({ id, target: { exact: `text ${start}-${end}`, start, end } });

/** Entries as ids: "a" for one alone, "[a b c d]" for a group. */
const shape = (list: ReturnType<typeof on>[]) =>
  groupByPassage(list).map((entry) =>
    "annotation" in entry ? entry.annotation.id : `[${entry.annotations.map((a) => a.id).join(" ")}]`,
  );

describe("groupByPassage", () => {
  it("gathers four or more annotations on one passage into one entry at the first one's place", () => {
    const list = [on("x", 0, 5), on("a", 10, 50), on("b", 10, 50), on("y", 12, 14), on("c", 10, 50), on("d", 10, 50)];
    expect(shape(list)).toEqual(["x", "[a b c d]", "y"]);
    const group = groupByPassage(list)[1]!;
    expect("passage" in group && group.passage).toBe("text 10-50");
  });

  it("lists three on one passage one by one, in their order", () => {
    expect(shape([on("a", 10, 50), on("y", 12, 14), on("b", 10, 50), on("c", 10, 50)])).toEqual(["a", "y", "b", "c"]);
  });

  it("counts selections that differ by a word as the same passage, but not a passage inside a longer one", () => {
    const near = [on("a", 100, 200), on("b", 95, 200), on("c", 100, 210), on("d", 102, 198)];
    expect(shape(near)).toEqual(["[a b c d]"]);
    const inside = [on("a", 100, 200), on("b", 100, 200), on("c", 100, 200), on("w", 120, 140)];
    expect(shape(inside)).toEqual(["a", "b", "c", "w"]);
  });

  it("gathers 5,000 on one sentence into one entry", () => {
    const many = Array.from({ length: 5000 }, (_, i) => on(`n${i}`, 40, 90));
    const entries = groupByPassage(many);
    expect(entries).toHaveLength(1);
    expect("annotations" in entries[0]! && entries[0].annotations).toHaveLength(5000);
  });
});
