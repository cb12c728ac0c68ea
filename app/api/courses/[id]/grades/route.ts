import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { gradeBook } from "@/lib/classroom/grade-book";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The course's grade book (students × assignments), for its teachers and teaching assistants. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ gradeBook: await gradeBook(getDb(), user.id, id) });
});
