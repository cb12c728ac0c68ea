import { NextResponse } from "next/server";
import { getCourse } from "@/lib/classroom/get-course";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** A course of the caller's; staff also get the join code and the roster. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json({ course: await getCourse(getDb(), user.id, id) });
});
