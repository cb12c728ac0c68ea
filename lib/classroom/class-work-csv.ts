import Papa from "papaparse";
import type { ClassWork } from "./class-work";
import { instantToWallClock } from "./course-time";

/**
 * The class's work as one CSV file a spreadsheet opens as it is. One row per
 * annotation, each followed by one row per reply (Type "reply"), so a thread
 * reads top to bottom and a sort or filter on Type splits them: a reply row
 * names its own author, email, text (Comment) and time, and repeats its
 * annotation's kind, quote and visibility so it reads on its own. Times are
 * in the course's time zone, named in the header. Like the grade book
 * (grade-book-csv.ts): Papa Parse quotes commas, quotes and line breaks and
 * defuses formula-looking cells, and the byte order mark keeps accents in Excel.
 */
export function classWorkCsv(work: ClassWork): string {
  const zone = work.course.timeZone;
  const when = (iso: string) => instantToWallClock(new Date(iso), zone, true).replace("T", " ");
  const fields = [
    "Type",
    "Student",
    "Email",
    "Kind",
    "Quote",
    "Comment",
    "Tags",
    "Visibility",
    `Created (${zone})`,
    "Replies",
  ];
  const data = work.items.flatMap((item) => [
    [
      "annotation",
      item.author.name,
      item.author.email,
      item.kind,
      item.target.exact,
      item.comment,
      item.tags.join(", "),
      item.visibility,
      when(item.createdAt),
      item.replies.length,
    ],
    ...item.replies.map((reply) => [
      "reply",
      reply.author.name,
      reply.author.email,
      item.kind,
      item.target.exact,
      reply.body,
      "",
      item.visibility,
      when(reply.createdAt),
      "",
    ]),
  ]);
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
