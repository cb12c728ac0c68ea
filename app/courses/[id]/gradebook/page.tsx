import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { canInCourse } from "@/lib/auth/permissions";
import { gradeBook } from "@/lib/classroom/grade-book";
import { listRubrics } from "@/lib/classroom/list-rubrics";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { api } from "../../../_lib/api";
import { requirePageUser } from "../../../_lib/require-page-user";
import { RubricForm } from "../../../assignments/_grading/rubric-form";

type Props = { params: Promise<{ id: string }> };

/** The grade book, or null when the caller is a student (staff only); 404 for anyone else. */
const load = cache(async (userId: string, id: string) => {
  try {
    return await gradeBook(getDb(), userId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/courses/${id}/gradebook`);
  const book = await load(user.id, id);
  return { title: book ? `Grade book: ${book.course.name}` : "Grade book" };
}

const score = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 3 });

/** "Grade book": the course's students × its assignments, with totals and the CSV download, for staff. */
export default async function GradeBookPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/courses/${id}/gradebook`);
  const book = await load(user.id, id);
  if (!book) {
    return (
      <section className="library">
        <h1>Grade book</h1>
        <p>Only the course&apos;s teachers and teaching assistants see the grade book.</p>
        <Link href={`/courses/${id}`}>Back to the course</Link>
      </section>
    );
  }
  const rubrics = await listRubrics(getDb(), user.id, id);
  return (
    <section className="teacher-page grade-book">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/courses/${book.course.id}`}>{book.course.name}</Link>
        <span aria-hidden="true"> / </span>
        <span>Grade book</span>
      </nav>
      <div className="library-head">
        <h1>Grade book</h1>
        {/* A plain link: the server answers an attachment, so the browser saves the file. */}
        <a className="grade-book-download" href={api.grading.gradeBookCsvUrl(book.course.id)} download>
          Download CSV
        </a>
      </div>
      {book.students.length === 0 ? (
        <p>No students on the roster yet.</p>
      ) : book.assignments.length === 0 ? (
        <p>No assignments yet: grades appear here once there are some.</p>
      ) : (
        <div className="grade-book-frame">
          <table className="grade-book-table">
            <caption>
              {book.students.length === 1 ? "1 student" : `${book.students.length} students`} ×{" "}
              {book.assignments.length === 1 ? "1 assignment" : `${book.assignments.length} assignments`}. An empty cell
              is not graded yet.
            </caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                {book.assignments.map((assignment) => (
                  <th scope="col" key={assignment.id}>
                    <Link href={`/assignments/${assignment.id}/grade`}>{assignment.title}</Link>
                    {!assignment.released && <span className="grade-book-note">not released</span>}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {book.students.map((student) => (
                <tr key={student.memberId}>
                  <th scope="row">
                    {student.name}
                    <span className="grade-book-note">{student.email}</span>
                  </th>
                  {student.scores.map((value, index) => (
                    <td key={book.assignments[index]!.id} className="number">
                      {value === null ? <span className="grade-book-empty">not graded</span> : score(value)}
                    </td>
                  ))}
                  <td className="number grade-book-total">{score(student.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Rubrics</h2>
      {rubrics.length === 0 ? (
        <p>No rubrics yet. A rubric made here can grade any of the course&apos;s assignments.</p>
      ) : (
        <ul aria-label="Rubrics" className="document-list">
          {rubrics.map((rubric) => (
            <li key={rubric.id}>
              {rubric.title}
              <span className="meta">
                {rubric.criteria.map((criterion) => criterion.title).join(", ")} · at most {score(rubric.maxPoints)}{" "}
                points
              </span>
            </li>
          ))}
        </ul>
      )}
      {canInCourse(book.course.role, "assign") && <RubricForm courseId={book.course.id} />}
    </section>
  );
}
