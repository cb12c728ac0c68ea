import { describe, expect, it } from "vitest";
import { placeNewBoxes } from "@/lib/argument/place-new-boxes";

const box = (x: number, y: number, width = 200, height = 60) => ({ x, y, width, height });
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("placeNewBoxes", () => {
  // The user moved the claim and its premise 1000 px right of where the layout had them.
  const placed = new Map([
    ["claim", box(1000, 0)],
    ["premise", box(1000, 200)],
  ]);

  it("puts a new box where the layout put it relative to its nearest placed box, keeping the placed ones", () => {
    const laid = new Map([
      ["claim", box(0, 0)],
      ["premise", box(0, 200)],
      ["new", box(260, 200)],
    ]);
    expect(placeNewBoxes(placed, laid, ["new"])).toEqual(new Map([["new", { x: 1260, y: 200 }]]));
  });

  it("moves a new box that would land on a placed one to the nearest free spot", () => {
    // The layout put the new premise where the user has since put another box.
    const crowded = new Map([...placed, ["other", box(1250, 190)]]);
    const laid = new Map([
      ["claim", box(0, 0)],
      ["premise", box(0, 200)],
      ["other", box(600, 600)],
      ["new", box(260, 200)],
    ]);
    const at = placeNewBoxes(crowded, laid, ["new"]).get("new")!;
    const mine = box(at.x, at.y);
    for (const other of crowded.values()) expect(overlap(mine, other)).toBe(false);
    expect(Math.hypot(at.x - 1260, at.y - 200)).toBeLessThan(300);
  });

  it("keeps several new boxes off each other too", () => {
    const laid = new Map([
      ["claim", box(0, 0)],
      ["premise", box(0, 200)],
      ["a", box(0, 200)],
      ["b", box(0, 200)],
    ]);
    const found = placeNewBoxes(placed, laid, ["a", "b"]);
    const [a, b] = [box(found.get("a")!.x, found.get("a")!.y), box(found.get("b")!.x, found.get("b")!.y)];
    expect(overlap(a, b)).toBe(false);
    for (const other of placed.values()) {
      expect(overlap(a, other)).toBe(false);
      expect(overlap(b, other)).toBe(false);
    }
  });

  it("uses the layout's place as it is when nothing has been placed yet", () => {
    expect(placeNewBoxes(new Map(), new Map([["a", box(5, 7)]]), ["a"])).toEqual(new Map([["a", { x: 5, y: 7 }]]));
  });
});
