"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { AssignmentOverview, OverviewRow } from "@/lib/classroom/assignment-overview";
import { formatLateness } from "@/lib/classroom/course-time";
import { STUDENT_STATUSES, type StudentStatus } from "@/lib/classroom/student-status";
import { overviewColumns, sortRows, type SortOrder } from "./overview-columns";
import { ParticipationChartView } from "./participation-chart-view";

function capitalised(status: StudentStatus) {
  return status[0]!.toUpperCase() + status.slice(1);
}

/**
 * The roster table, sortable by any column (a button in each header, its
 * state in aria-sort) and filtered by status and name; the participation
 * chart below follows the same order and filter.
 */
export function OverviewTable({
  overview,
  dates,
  timeZone,
}: {
  overview: AssignmentOverview;
  /** Each submission time as the table shows it, in the course's zone. */
  dates: Record<string, string>;
  timeZone: string;
}) {
  const hasRequirements = overview.students.some((row) => row.requirements.length > 0);
  const { hasReferenceMap } = overview.assignment;
  const columns = useMemo(() => overviewColumns(hasRequirements, hasReferenceMap), [hasRequirements, hasReferenceMap]);
  const [order, setOrder] = useState<SortOrder>({ key: "name", direction: "ascending" });
  const [status, setStatus] = useState<StudentStatus | "all">("all");
  const [search, setSearch] = useState("");

  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase("en");
    const shown = overview.students.filter(
      (row) =>
        (status === "all" || row.status === status) && (!needle || row.name.toLocaleLowerCase("en").includes(needle)),
    );
    return sortRows(
      shown,
      columns.find((column) => column.key === order.key)!,
      order.direction,
    );
  }, [overview.students, status, search, columns, order]);

  const sortBy = (key: string) =>
    setOrder((current) => ({
      key,
      direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending",
    }));

  const cell = (row: OverviewRow, key: string) => {
    switch (key) {
      case "name":
        return row.studentId ? (
          <Link href={`/assignments/${overview.assignment.id}/grade?student=${row.studentId}`}>{row.name}</Link>
        ) : (
          <>
            {row.name} <span className="meta">(no account yet)</span>
          </>
        );
      case "status":
        return <span className={`status-badge status-${row.status.replace(" ", "-")}`}>{capitalised(row.status)}</span>;
      case "submittedAt":
        return row.submittedAt ? dates[row.submittedAt] : "—";
      case "late":
        return row.lateSeconds ? formatLateness(row.lateSeconds) : row.lateSeconds === 0 ? "On time" : "—";
      case "requirements": {
        const done = row.requirements.filter((line) => line.done).length;
        const missing = row.requirements.filter((line) => !line.done).map((line) => line.label);
        return (
          <span title={missing.length ? `Not yet: ${missing.join("; ")}` : "All met"}>
            {done} of {row.requirements.length}
          </span>
        );
      }
      case "score":
        return row.score ?? "—";
      case "autoScore":
        return row.autoScore === null ? "—" : `${row.autoScore} / 100`;
      default: {
        const value =
          key in row.annotations ? row.annotations[key as keyof OverviewRow["annotations"]] : row[key as "links"];
        return value;
      }
    }
  };

  return (
    <>
      <div className="overview-filters" role="search" aria-label="Filter students">
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as StudentStatus | "all")}>
            <option value="all">All statuses</option>
            {STUDENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {capitalised(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search students
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <p className="meta" aria-live="polite">
          {rows.length === overview.students.length
            ? `${rows.length} students`
            : `${rows.length} of ${overview.students.length} students`}
        </p>
      </div>
      <p className="meta" id="overview-counts-source">
        Counts come from the submission once a student has submitted, and from their work so far before that. Times are
        in {timeZone}.
      </p>
      <div className="overview-table-frame" role="region" aria-label="Students" tabIndex={0}>
        <table className="overview-table" aria-describedby="overview-counts-source">
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = order.key === column.key ? order.direction : undefined;
                return (
                  <th key={column.key} scope="col" aria-sort={sorted ?? "none"}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span aria-hidden="true">
                        {sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : ""}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.memberId}>
                {columns.map((column) =>
                  column.key === "name" ? (
                    <th key={column.key} scope="row">
                      {cell(row, column.key)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? "number" : undefined}>
                      {cell(row, column.key)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p>No students match.</p>}
      </div>
      <ParticipationChartView
        students={rows.map((row) => ({ id: row.memberId, name: row.name, counts: row.annotations }))}
      />
    </>
  );
}
