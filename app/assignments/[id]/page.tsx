import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { assignmentFeedback } from "@/lib/classroom/assignment-feedback";
import type { AssignmentView } from "@/lib/classroom/assignment-view";
import { formatInCourseZone, formatLateness } from "@/lib/classroom/course-time";
import { getAssignment } from "@/lib/classroom/get-assignment";
import { listRubrics } from "@/lib/classroom/list-rubrics";
import { instructionsHtml } from "@/lib/classroom/instructions-html";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { requirePageUser } from "../../_lib/require-page-user";
import { RequirementChecklist, StatusBadge } from "../requirement-checklist";
import { ReferenceMapForm } from "./reference-map-form";
import { RubricChoiceForm } from "./rubric-choice-form";
import { SubmitPanel } from "./submit-panel";
import { TeamsSection } from "./teams/teams-section";
import { YourResult } from "./your-result";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (userId: string, id: string) => {
  try {
    return await getAssignment(getDb(), userId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}`);
  return { title: (await load(user.id, id)).assignment.title };
}

/** A student's own auto-feedback once released; null when the assignment has no reference map. */
async function autoFeedbackFor(userId: string, assignmentId: string) {
  try {
    return await assignmentFeedback(getDb(), userId, assignmentId, userId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

function latePolicyText(assignment: AssignmentView): string {
  if (assignment.latePolicy === "refuse") return "No late work: submissions close at the due date.";
  if (assignment.latePolicy === "until" && assignment.lateUntil) {
    const until = formatInCourseZone(new Date(assignment.lateUntil), assignment.course.timeZone);
    return `Late work is taken, marked late, until ${until}.`;
  }
  return "Late work is taken and marked late.";
}

/** One assignment: what to do, the reading, and for a student their checklist and "Submit". */
export default async function AssignmentPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}`);
  const { assignment, role, student, result, referenceMapId, rubricId } = await load(user.id, id);
  const rubrics = role === "teacher" ? await listRubrics(getDb(), user.id, assignment.course.id) : [];
  const zone = assignment.course.timeZone;
  const submission = student?.submission ?? null;
  const feedback = result && submission ? await autoFeedbackFor(user.id, id) : null;
  return (
    <article className="library assignment-page">
      <div className="library-head">
        <h1>{assignment.title}</h1>
      </div>
      <p className="meta">
        {assignment.course.name} · Due {assignment.dueText}
      </p>
      <p className="meta">{latePolicyText(assignment)}</p>
      <p>
        <Link href={`/documents/${assignment.document.id}`} className="button-link">
          Open the reading
        </Link>{" "}
        <span className="meta">{assignment.document.title}</span>
      </p>
      {role !== "student" && (
        <nav aria-label="Teaching" className="row">
          <Link href={`/assignments/${id}/overview`}>Overview</Link>
          <Link href={`/assignments/${id}/grade`}>Grading</Link>
          <Link href={`/assignments/${id}/class-work`}>Class&apos;s work</Link>
        </nav>
      )}
      {role === "teacher" && (
        <>
          <ReferenceMapForm assignmentId={id} documentId={assignment.document.id} referenceMapId={referenceMapId} />
          <RubricChoiceForm assignmentId={id} courseId={assignment.course.id} rubricId={rubricId} rubrics={rubrics} />
        </>
      )}
      <section aria-labelledby="instructions-heading">
        <h2 id="instructions-heading">Instructions</h2>
        {assignment.instructions.trim() ? (
          // Rendered with raw HTML off and unsafe links refused (lib/classroom/instructions-html.ts).
          <div
            className="instructions"
            dangerouslySetInnerHTML={{ __html: instructionsHtml(assignment.instructions) }}
          />
        ) : (
          <p className="meta">No instructions.</p>
        )}
      </section>
      <TeamsSection assignmentId={id} userId={user.id} />
      {student && (
        <section aria-labelledby="your-work-heading">
          <h2 id="your-work-heading">Your work</h2>
          <p>
            Status: <StatusBadge status={student.status} />
          </p>
          <RequirementChecklist lines={student.checklist} label="Requirements" />
          {submission && (
            <p className="submission-state">
              Submitted {formatInCourseZone(new Date(submission.submittedAt), zone)}
              {submission.lateSeconds > 0 ? ` · ${formatLateness(submission.lateSeconds)} late` : " · on time"}
              {submission.attempt > 1 && ` · attempt ${submission.attempt}`}
            </p>
          )}
          <SubmitPanel
            assignmentId={id}
            maps={student.maps}
            submittedMapId={submission?.mapId ?? null}
            submitted={submission !== null}
          />
        </section>
      )}
      {student && <YourResult result={result} feedback={feedback} />}
    </article>
  );
}
