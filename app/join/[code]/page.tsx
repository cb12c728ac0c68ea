import type { Metadata } from "next";
import Link from "next/link";
import { describeJoinCode } from "@/lib/classroom/describe-join-code";
import { REMOVED_FROM_COURSE } from "@/lib/classroom/join-course";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "../../_lib/require-page-user";
import { JoinButton } from "./join-button";

export const metadata: Metadata = { title: "Join a course", referrer: "no-referrer" };

type Props = { params: Promise<{ code: string }> };

/** Where a course's join link lands: signed out, sign in first and come back; then "Join <course>". */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const user = await requirePageUser(`/join/${encodeURIComponent(code)}`);
  const course = await describeJoinCode(getDb(), user.id, code);
  return (
    <section className="auth-card">
      {!course ? (
        <>
          <h1>This join link does not work</h1>
          <p>
            No course has that join code: the teacher may have made a new one or turned joining off. Ask them for the
            current code.
          </p>
          <p>
            <Link href="/courses">Go to your courses</Link>
          </p>
        </>
      ) : course.standing === "member" ? (
        <>
          <h1>{course.name}</h1>
          <p>You are already in this course.</p>
          <p>
            <Link href={`/courses/${course.id}`}>Open the course</Link>
          </p>
        </>
      ) : course.standing === "removed" ? (
        <>
          <h1>{course.name}</h1>
          <p>{REMOVED_FROM_COURSE}.</p>
        </>
      ) : (
        <>
          <h1>{course.name}</h1>
          <p>Joining makes you a student of this course: you will see its readings and assignments.</p>
          <JoinButton code={code} name={course.name} />
        </>
      )}
    </section>
  );
}
