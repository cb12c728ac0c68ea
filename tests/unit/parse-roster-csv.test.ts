import { describe, expect, it } from "vitest";
import { parseRosterCsv } from "@/lib/classroom/parse-roster-csv";
import { MAX_ROSTER_LINES } from "@/lib/validation/classroom";

describe("parseRosterCsv", () => {
  it("reads quoted names with commas, accents and line breaks, with or without a header", () => {
    const withHeader = parseRosterCsv(
      'name,email,role\n"Doe, Jane",jane@example.org,student\n\n"Zoë\nMüller",ZOE@example.org,Teacher\nAl,al@example.org,TA\n',
    );
    expect(withHeader).toEqual({
      errors: [],
      lines: [
        { line: 2, name: "Doe, Jane", email: "jane@example.org", role: "student" },
        { line: 4, name: "Zoë\nMüller", email: "zoe@example.org", role: "teacher" },
        { line: 6, name: "Al", email: "al@example.org", role: "assistant" },
      ],
    });
    const bare = parseRosterCsv("\uFEFFÉlodie,elodie@example.org,\r\nBo,bo@example.org,teaching assistant");
    expect(bare.lines.map((line) => [line.line, line.name, line.role])).toEqual([
      [1, "Élodie", "student"],
      [2, "Bo", "assistant"],
    ]);
  });

  it("takes a header's columns in any order", () => {
    expect(parseRosterCsv("Email,Role,Name\nann@example.org,student,Ann").lines).toEqual([
      { line: 2, name: "Ann", email: "ann@example.org", role: "student" },
    ]);
  });

  it("reports every bad line by its line number, duplicates included, and keeps no line", () => {
    const result = parseRosterCsv(
      'name,email,role\nAnn,ann@example.org,student\n"Two\nlines",not-an-email,student\nBob,bob@example.org,dean\nAnn B,ANN@example.org,student\nX,x@example.org,student,extra\n"open,z\n',
    );
    expect(result.lines).toEqual([]);
    expect(result.errors).toEqual([
      "line 3: email: Enter a valid email address",
      'line 5: role: "dean" is not a role: use teacher, assistant or student',
      "line 6: email: ann@example.org is already on line 2",
      "line 7: line: expected 3 columns (name,email,role), found 4",
      "line 8: line: a quoted field does not close: check its quotes",
    ]);
  });

  it("refuses an empty roster and one past MAX_ROSTER_LINES", () => {
    expect(parseRosterCsv("name,email,role\n\n").errors).toEqual([
      "The roster is empty: one line per person, name,email,role",
    ]);
    const long = Array.from({ length: MAX_ROSTER_LINES + 1 }, (_, i) => `P${i},p${i}@example.org,student`).join("\n");
    expect(parseRosterCsv(long).errors).toEqual([
      `The roster has more than ${MAX_ROSTER_LINES} lines: import it in parts`,
    ]);
    expect(parseRosterCsv(`name,email,role\n${long.slice(0, long.lastIndexOf("\n"))}`).lines).toHaveLength(
      MAX_ROSTER_LINES,
    );
  });
});
