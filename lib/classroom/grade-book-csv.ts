import Papa from "papaparse";
import { attachmentDisposition } from "./attachment-disposition";
import type { GradeBook } from "./grade-book";

/**
 * The grade book as a CSV file a spreadsheet opens as it is: a header (Name,
 * Email, each assignment's title, Total), one row per student, an empty
 * cell where nothing is graded. Papa Parse quotes what needs quoting (commas,
 * quotes, line breaks) and, with escapeFormulae, defuses a name such as
 * "=HYPERLINK(…)" that a spreadsheet would otherwise run. The byte order
 * mark makes Excel read it as UTF-8, so "Zoë Müller" keeps its accents.
 */
export function gradeBookCsv(book: GradeBook): string {
  const fields = ["Name", "Email", ...book.assignments.map((assignment) => assignment.title), "Total"];
  const data = book.students.map((student) => [student.name, student.email, ...student.scores, student.total]);
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** The Content-Disposition of the download: "<course> grades.csv" (attachmentDisposition keeps the header safe). */
export function gradeBookDisposition(courseName: string): string {
  return attachmentDisposition(`${courseName} grades.csv`);
}
