import { getDb } from "@/lib/db/client";
import { gradeBook } from "@/lib/classroom/grade-book";
import { gradeBookCsv, gradeBookDisposition } from "@/lib/classroom/grade-book-csv";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The grade book as a CSV download (UTF-8 with a byte order mark), for the course's teachers and teaching assistants. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const book = await gradeBook(getDb(), user.id, id);
  return new Response(gradeBookCsv(book), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": gradeBookDisposition(book.course.name),
      "cache-control": "private, no-store",
    },
  });
});
