import { NextResponse } from "next/server";
import { assignmentOverview } from "@/lib/classroom/assignment-overview";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The teacher's overview of an assignment: one row per student (staff only). */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await assignmentOverview(getDb(), user.id, id));
});
