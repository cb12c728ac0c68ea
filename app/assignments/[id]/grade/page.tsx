import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatInCourseZone, formatLateness } from "@/lib/classroom/course-time";
import { gradingView } from "@/lib/classroom/grading-view";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/validation/uuid";
import { loadForStaff } from "../../../_lib/load-for-staff";
import { requirePageUser } from "../../../_lib/require-page-user";
import { AutoFeedback } from "../../_feedback/auto-feedback";
import { ReleaseForStaff } from "../release-for-staff";
import { GradeForm } from "./grade-form";
import { StudentPicker } from "./student-picker";
import { SubmittedText } from "./submitted-text";
import { SubmittedWork } from "./submitted-work";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ student?: string | string[] }> };

/** The grading view's data, or null when the caller is a student (staff only); 404 for anyone else. */
const load = cache(async (userId: string, id: string, student: string | null) =>
  loadForStaff(() => gradingView(getDb(), userId, id, student)),
);

async function studentParam(searchParams: Props["searchParams"]) {
  const { student } = await searchParams;
  if (student === undefined) return null;
  if (typeof student !== "string" || !isUuid(student)) notFound();
  return student;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/grade`);
  const view = await load(user.id, id, await studentParam(searchParams));
  return { title: view?.student ? `Grading ${view.student.name}` : "Grading" };
}

export default async function GradePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/grade`);
  const view = await load(user.id, id, await studentParam(searchParams));
  if (!view) {
    return (
      <section className="library">
        <h1>Grading</h1>
        <p>Only the course&apos;s teachers and teaching assistants grade.</p>
        <Link href={`/assignments/${id}`}>Back to the assignment</Link>
      </section>
    );
  }
  const { assignment, student, submission } = view;
  return (
    <section className="teacher-page grading-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/assignments/${assignment.id}/overview`}>Overview</Link>
        <span aria-hidden="true"> / </span>
        <span>Grading</span>
      </nav>
      <h1>Grading{student ? `: ${student.name}` : ""}</h1>
      {!student ? (
        <p>No student has joined the course yet.</p>
      ) : (
        <>
          <StudentPicker assignmentId={assignment.id} students={view.students} current={student.studentId} />
          {!submission ? (
            <p className="not-submitted">
              {student.name} has not submitted yet ({student.status}). The overview shows their work so far.
            </p>
          ) : (
            <>
              <p className="meta">
                Submitted {formatInCourseZone(new Date(submission.submittedAt), assignment.timeZone)}
                {submission.lateSeconds > 0 ? ` — late by ${formatLateness(submission.lateSeconds)}` : " — on time"}
                {submission.attempt > 1 ? ` (attempt ${submission.attempt})` : ""}
              </p>
              <div className="grading-columns">
                <div className="grading-text">
                  <h2>{view.document.title}</h2>
                  <SubmittedText text={view.document.plainText} annotations={submission.snapshot.annotations} />
                </div>
                <div className="grading-side">
                  <SubmittedWork
                    assignmentId={assignment.id}
                    studentId={student.studentId}
                    annotations={submission.snapshot.annotations}
                    map={submission.snapshot.map}
                    comments={view.comments}
                  />
                  {view.autoFeedback && <AutoFeedback feedback={view.autoFeedback} />}
                  <GradeForm key={submission.id} submissionId={submission.id} rubric={view.rubric} grade={submission} />
                  <ReleaseForStaff assignment={assignment} students={view.students} canRelease={view.canRelease} />
                </div>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
