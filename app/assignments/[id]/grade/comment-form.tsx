"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "../../../_lib/api";
import { errorId, FieldError } from "../../../_lib/field-error";
import { useAttempt } from "../../../_lib/use-attempt";

/**
 * "Comment" on one annotation or map node of the student's work: a button
 * that opens a small form. The comment is the student's to read once grades
 * are released.
 */
export function CommentForm({
  assignmentId,
  studentId,
  target,
  about,
}: {
  assignmentId: string;
  studentId: string;
  target: { annotationId: string } | { mapNodeId: string };
  /** What is commented on, for the field's label: "this annotation", "this statement". */
  about: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const { attempt, busy, error } = useAttempt();
  const fieldId = useId();

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Comment
      </button>
    );
  }
  return (
    <form
      className="feedback-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void attempt(async () => {
          await api.grading.addComment(assignmentId, { studentId, ...target, body });
          setBody("");
          setOpen(false);
          router.refresh();
        });
      }}
    >
      <label htmlFor={fieldId}>Comment on {about}</label>
      <textarea
        id={fieldId}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        rows={3}
        autoFocus
        aria-describedby={error ? errorId(fieldId) : undefined}
      />
      <FieldError field={fieldId} message={error ?? undefined} />
      <div className="row">
        <button type="submit" disabled={busy || body.trim() === ""}>
          Add comment
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
