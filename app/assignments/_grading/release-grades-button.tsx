"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatInCourseZone } from "@/lib/classroom/course-time";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

type Props = {
  assignmentId: string;
  /** Students with a grade: they are who will see one. */
  graded: number;
  /** Students on the roster (not removed). */
  students: number;
  releasedAt: string | null;
  /** The course's time zone, which dates are shown in (the same on the server and in the browser). */
  timeZone: string;
  hasReferenceMap: boolean;
  showsReferenceMap: boolean;
};

const studentsText = (count: number) => (count === 1 ? "1 student" : `${count} students`);

/**
 * "Release grades" for a teacher: first says how many students will see a
 * grade (and asks again), with "Also show the reference map" when there is
 * one; once released, says so and can take the release back.
 */
export function ReleaseGradesButton(props: Props) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  const [confirming, setConfirming] = useState(false);
  const [showMap, setShowMap] = useState(props.showsReferenceMap);
  const headingId = useId();

  const release = (undo: boolean) =>
    attempt(async () => {
      await api.grading.release(props.assignmentId, { showReferenceMap: showMap, undo });
      setConfirming(false);
      router.refresh();
    });

  return (
    <section className="release-grades" aria-labelledby={headingId}>
      <h2 id={headingId}>Release grades</h2>
      {props.releasedAt ? (
        <>
          <p role="status">
            Grades released on {formatInCourseZone(new Date(props.releasedAt), props.timeZone)}
            {props.showsReferenceMap ? ", with the reference map" : ""}. Students see their own grade, feedback and
            comments.
          </p>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy} onClick={() => void release(true)}>
              Hide grades again
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            {studentsText(props.graded)} of {props.students} graded. Until you release, students see no grade or
            feedback.
          </p>
          {props.hasReferenceMap && (
            <label>
              <input type="checkbox" checked={showMap} onChange={(event) => setShowMap(event.target.checked)} />
              Also show the reference map
            </label>
          )}
          {confirming ? (
            <div className="actions" role="group" aria-label="Confirm release">
              <p>
                {studentsText(props.graded)} will see their grade and feedback now
                {showMap && props.hasReferenceMap ? ", and every student the reference map" : ""}.
              </p>
              <button type="button" disabled={busy} onClick={() => void release(false)}>
                Release to {studentsText(props.graded)}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <div className="actions">
              <button type="button" onClick={() => setConfirming(true)}>
                Release grades
              </button>
            </div>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
