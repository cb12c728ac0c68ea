import { describe, expect, it } from "vitest";
import { gradeBookDisposition } from "@/lib/classroom/grade-book-csv";
import { chosenLevels, rubricMaximum } from "@/lib/classroom/rubric-levels";
import { InvalidInputError } from "@/lib/errors";

describe("gradeBookDisposition", () => {
  it("names the file after the course: ASCII fallback and the full name as filename*", () => {
    expect(gradeBookDisposition("Rhétorique 101")).toBe(
      `attachment; filename="Rh-torique 101 grades.csv"; filename*=UTF-8''Rh%C3%A9torique%20101%20grades.csv`,
    );
  });

  it("no course name can break out of the header: quotes, line breaks and RFC 5987's reserved ' ( ) * are encoded", () => {
    const header = gradeBookDisposition(`O'Brien's "best" (2026)*\r\nSet-Cookie: x=1`);
    expect(header).not.toMatch(/[\r\n]/);
    const [, ascii, extended] = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(\S+)$/.exec(header)!;
    expect(ascii).toMatch(/^[A-Za-z0-9 ._-]+$/);
    expect(extended).toMatch(/^[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(extended!)).toBe(`O'Brien's "best" (2026)*\r\nSet-Cookie: x=1 grades.csv`);
  });
});

const CRITERIA = [
  {
    id: "a",
    title: "Claims",
    levels: [
      { id: "lo", label: "Few", points: 1 },
      { id: "hi", label: "All", points: 3.5 },
    ],
  },
  { id: "b", title: "Links", levels: [{ id: "x", label: "Right", points: 2 }] },
];

describe("rubric levels", () => {
  it("the maximum is each criterion's best level summed", () => {
    expect(rubricMaximum(CRITERIA)).toBe(5.5);
  });

  it("reads a choice out in the rubric's order, a criterion left out as not chosen", () => {
    expect(chosenLevels(CRITERIA, { b: "x" })).toEqual([
      { criterionId: "a", criterion: "Claims", levelId: null, label: null, points: null },
      { criterionId: "b", criterion: "Links", levelId: "x", label: "Right", points: 2 },
    ]);
  });

  it("a level of another criterion is refused naming the criterion and its levels", () => {
    const refuse = () => chosenLevels(CRITERIA, { b: "hi" });
    expect(refuse).toThrow(InvalidInputError);
    expect(refuse).toThrow(`rubric: "Links" has no level "hi"; pick one of "Right"`);
  });
});
