import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { createRubric } from "@/lib/classroom/create-rubric";
import { listRubrics } from "@/lib/classroom/list-rubrics";
import { ZRubricCreate } from "@/lib/validation/classroom";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The course's rubrics, for its teachers and teaching assistants. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ rubrics: await listRubrics(getDb(), user.id, id) });
});

/** A teacher makes a rubric: `{ title, criteria: [{ id, title, levels: [{ id, label, points }] }] }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZRubricCreate);
  return NextResponse.json({ rubric: await createRubric(getDb(), user.id, id, input) }, { status: 201 });
});
