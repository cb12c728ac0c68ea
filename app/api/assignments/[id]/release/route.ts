import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { releaseGrades } from "@/lib/classroom/release-grades";
import { ZRelease } from "@/lib/validation/grading";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** A teacher releases grades and feedback to students: `{ showReferenceMap? }`; `{ undo: true }` hides them again. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const options = await parseJsonBody(request, ZRelease);
  return NextResponse.json({ release: await releaseGrades(getDb(), user.id, id, options) });
});

/** Takes a release back: students no longer see grades, feedback or the reference map. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({
    release: await releaseGrades(getDb(), user.id, id, { showReferenceMap: false, undo: true }),
  });
});
