import type { OverviewRow } from "@/lib/classroom/assignment-overview";
import { STUDENT_STATUSES } from "@/lib/classroom/student-status";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import { KIND_LABELS } from "../../../documents/[id]/_annotations/kinds";

/** A column of the overview table: its header and the value it sorts by (null: sorted last). */
export type OverviewColumn = {
  key: string;
  label: string;
  sortValue: (row: OverviewRow) => string | number | null;
  /** Counts and scores, right-aligned so digits line up. */
  numeric?: boolean;
};

const requirementsDone = (row: OverviewRow) => row.requirements.filter((line) => line.done).length;

/** The table's columns, left to right. */
export function overviewColumns(hasRequirements: boolean, hasReferenceMap: boolean): OverviewColumn[] {
  const kindColumn = (kind: AnnotationKind): OverviewColumn => ({
    key: kind,
    label: KIND_LABELS[kind],
    sortValue: (row) => row.annotations[kind],
    numeric: true,
  });
  return [
    { key: "name", label: "Student", sortValue: (row) => row.name.toLocaleLowerCase("en") },
    { key: "status", label: "Status", sortValue: (row) => STUDENT_STATUSES.indexOf(row.status) },
    { key: "submittedAt", label: "Submitted", sortValue: (row) => row.submittedAt },
    { key: "late", label: "Late by", sortValue: (row) => row.lateSeconds },
    ...ANNOTATION_KINDS.map(kindColumn),
    { key: "links", label: "Links", sortValue: (row) => row.links, numeric: true },
    { key: "repliesGiven", label: "Replies given", sortValue: (row) => row.repliesGiven, numeric: true },
    { key: "repliesReceived", label: "Replies received", sortValue: (row) => row.repliesReceived, numeric: true },
    { key: "words", label: "Words", sortValue: (row) => row.words, numeric: true },
    ...(hasRequirements
      ? [
          {
            key: "requirements",
            label: "Requirements met",
            sortValue: requirementsDone,
            numeric: true,
          } satisfies OverviewColumn,
        ]
      : []),
    ...(hasReferenceMap
      ? [
          {
            key: "autoScore",
            label: "Auto-feedback",
            sortValue: (row) => row.autoScore,
            numeric: true,
          } satisfies OverviewColumn,
        ]
      : []),
    { key: "score", label: "Score", sortValue: (row) => row.score, numeric: true },
  ];
}

export type SortOrder = { key: string; direction: "ascending" | "descending" };

/** Rows sorted by one column, students without a value (not submitted, not graded) last either way, then by name. */
export function sortRows(rows: readonly OverviewRow[], column: OverviewColumn, direction: SortOrder["direction"]) {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en"));
    }
    return a.name.localeCompare(b.name, "en");
  });
}
