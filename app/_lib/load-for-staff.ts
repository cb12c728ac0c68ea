import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * Runs the use case behind a page for a course's staff: NotFoundError shows
 * the 404 page, ForbiddenError (a student) gives null, so the page can say
 * it is for staff instead of failing.
 */
export async function loadForStaff<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}
