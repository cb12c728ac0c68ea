import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { assignmentOverview } from "@/lib/classroom/assignment-overview";
import { formatInCourseZone } from "@/lib/classroom/course-time";
import { getDb } from "@/lib/db/client";
import { loadForStaff } from "../../../_lib/load-for-staff";
import { requirePageUser } from "../../../_lib/require-page-user";
import { ReleaseForStaff } from "../release-for-staff";
import { OverviewTable } from "./overview-table";

type Props = { params: Promise<{ id: string }> };

/** The overview, or null when the caller is a student (staff only); 404 for anyone else. */
const load = cache(async (userId: string, id: string) => loadForStaff(() => assignmentOverview(getDb(), userId, id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/overview`);
  const overview = await load(user.id, id);
  return { title: overview ? `Overview: ${overview.assignment.title}` : "Overview" };
}

export default async function OverviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/overview`);
  const overview = await load(user.id, id);
  if (!overview) {
    return (
      <section className="library">
        <h1>Overview</h1>
        <p>Only the course&apos;s teachers and teaching assistants see the overview.</p>
        <Link href={`/assignments/${id}`}>Back to the assignment</Link>
      </section>
    );
  }
  const { assignment } = overview;
  // Dates are written on the server, in the course's zone (named once, above the table), short enough for a cell.
  const short = new Intl.DateTimeFormat("en-GB", {
    timeZone: assignment.timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const dates = Object.fromEntries(
    overview.students.flatMap((row) =>
      row.submittedAt ? [[row.submittedAt, short.format(new Date(row.submittedAt))]] : [],
    ),
  );
  return (
    <section className="teacher-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
        <span aria-hidden="true"> / </span>
        <span>Overview</span>
      </nav>
      <div className="library-head">
        <h1>Overview</h1>
        <div className="row">
          <Link href={`/assignments/${assignment.id}/class-work`}>Class&apos;s work</Link>
          <Link className="button" href={`/assignments/${assignment.id}/grade`}>
            Open the grading view
          </Link>
        </div>
      </div>
      <p className="meta">Due {formatInCourseZone(new Date(assignment.dueAt), assignment.timeZone)}</p>
      <OverviewTable overview={overview} dates={dates} timeZone={assignment.timeZone} />
      <ReleaseForStaff assignment={assignment} students={overview.students} canRelease={overview.canRelease} />
    </section>
  );
}
