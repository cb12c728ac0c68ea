import Papa from "papaparse";
import type { CourseRole } from "@/lib/auth/permissions";
import { ZEmail } from "@/lib/validation/account";
import { MAX_ROSTER_BYTES, MAX_ROSTER_LINES, ZCourseRole, ZRosterName } from "@/lib/validation/classroom";

export type RosterLine = { line: number; name: string | null; email: string; role: CourseRole };

/** Roles as people write them in a spreadsheet, beside the API's own words. */
const ROLE_WORDS: Record<string, CourseRole> = { "teaching assistant": "assistant", ta: "assistant" };

const COLUMNS = ["name", "email", "role"] as const;

/**
 * Reads a roster CSV: "name,email,role" per line, a header line optional
 * (with it, the columns may come in any order), quotes as spreadsheets
 * write them (names with commas, quotes or line breaks), an empty role
 * meaning student. Parsing is papaparse's (RFC 4180); this adds the line
 * numbers people see in their editor, each line's checks with the API's
 * own zod shapes, and duplicates. Returns every line, or the errors
 * ("line 4: email: Enter a valid email address") when any line is wrong:
 * nothing is half-read.
 */
export function parseRosterCsv(text: string): { lines: RosterLine[]; errors: string[] } {
  if (new TextEncoder().encode(text).byteLength > MAX_ROSTER_BYTES) {
    return { lines: [], errors: [`The roster is over ${MAX_ROSTER_BYTES / 1024} KB: import it in parts`] };
  }
  const rows = csvRows(text.replace(/^\uFEFF/, ""));
  const header =
    rows[0] && isHeader(rows[0].cells) ? rows.shift()!.cells.map((cell) => cell.trim().toLowerCase()) : null;
  if (rows.length > MAX_ROSTER_LINES) {
    return { lines: [], errors: [`The roster has more than ${MAX_ROSTER_LINES} lines: import it in parts`] };
  }
  const column = (name: (typeof COLUMNS)[number]) => (header ? header.indexOf(name) : COLUMNS.indexOf(name));
  const errors: string[] = [];
  const lines: RosterLine[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const problem = (field: string, message: string) => errors.push(`line ${row.line}: ${field}: ${message}`);
    if (row.error) {
      problem("line", row.error);
      continue;
    }
    const cell = (name: (typeof COLUMNS)[number]) => row.cells[column(name)]?.trim() ?? "";
    if (row.cells.length > (header?.length ?? COLUMNS.length)) {
      problem("line", `expected ${header ? header.length : 3} columns (name,email,role), found ${row.cells.length}`);
      continue;
    }
    const email = ZEmail.safeParse(cell("email"));
    const name = ZRosterName.safeParse(cell("name"));
    const roleWord = cell("role").toLowerCase() || "student";
    const role = ZCourseRole.safeParse(ROLE_WORDS[roleWord] ?? roleWord);
    if (!email.success) problem("email", email.error.issues[0]!.message);
    if (!name.success) problem("name", name.error.issues[0]!.message);
    if (!role.success) problem("role", `"${cell("role")}" is not a role: use teacher, assistant or student`);
    if (!email.success || !name.success || !role.success) continue;
    const earlier = firstLineOf.get(email.data);
    if (earlier !== undefined) {
      problem("email", `${email.data} is already on line ${earlier}`);
      continue;
    }
    firstLineOf.set(email.data, row.line);
    lines.push({ line: row.line, name: name.data || null, email: email.data, role: role.data });
  }
  if (rows.length === 0) errors.push("The roster is empty: one line per person, name,email,role");
  return errors.length > 0 ? { lines: [], errors } : { lines, errors };
}

function isHeader(cells: string[]): boolean {
  return cells.some((cell) => cell.trim().toLowerCase() === "email");
}

type Row = { line: number; cells: string[]; error: string | null };

/**
 * The CSV's records with the line each starts on, stopping once there are
 * more than a roster may hold (a header and MAX_ROSTER_LINES). papaparse reports where
 * each record ends (`meta.cursor`); a record starts after the previous one
 * and any blank lines it skipped, and counting line breaks up to there
 * gives its line even when a quoted name spans lines.
 */
function csvRows(text: string): Row[] {
  const rows: Row[] = [];
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: "greedy",
    step: (result, parser) => {
      let start = counted;
      while (start < text.length && /\s/.test(text[start]!)) start += 1;
      for (let i = counted; i < start; i += 1) if (text[i] === "\n") line += 1;
      if (rows.length > MAX_ROSTER_LINES + 1) return parser.abort();
      const quoteProblem = result.errors.find((error) => error.type === "Quotes");
      rows.push({
        line,
        cells: result.data,
        error: quoteProblem ? "a quoted field does not close: check its quotes" : null,
      });
      for (let i = start; i < result.meta.cursor; i += 1) if (text[i] === "\n") line += 1;
      counted = result.meta.cursor;
    },
  });
  return rows;
}
