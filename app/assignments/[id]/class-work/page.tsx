import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { classWork } from "@/lib/classroom/class-work";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { ZClassWorkFilter } from "@/lib/validation/classroom";
import { requirePageUser } from "../../../_lib/require-page-user";
import { ClassWorkBrowser } from "./class-work-browser";

type Props = { params: Promise<{ id: string }> };

/** The class's work, unfiltered, or null when the caller is a student (staff only); 404 for anyone else. */
const load = cache(async (userId: string, id: string) => {
  try {
    return await classWork(getDb(), userId, id, ZClassWorkFilter.parse({}));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/class-work`);
  const work = await load(user.id, id);
  return { title: work ? `Class's work: ${work.assignment.title}` : "Class's work" };
}

/** "Class's work": everything the class wrote on the assignment's reading, filtered and exported (staff). */
export default async function ClassWorkPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/class-work`);
  const work = await load(user.id, id);
  if (!work) {
    return (
      <section className="library">
        <h1>Class&apos;s work</h1>
        <p>Only the course&apos;s teachers and teaching assistants see the class&apos;s work.</p>
        <Link href={`/assignments/${id}`}>Back to the assignment</Link>
      </section>
    );
  }
  return (
    <section className="class-work-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/assignments/${work.assignment.id}`}>{work.assignment.title}</Link>
        <span aria-hidden="true"> / </span>
        <span>Class&apos;s work</span>
      </nav>
      <h1>Class&apos;s work</h1>
      <p className="meta">
        Every annotation and reply the class wrote on{" "}
        <Link href={`/documents/${work.assignment.documentId}`}>the reading</Link>, private ones included, oldest first.
        Times are in {work.course.timeZone}.
      </p>
      <ClassWorkBrowser initial={work} />
    </section>
  );
}
