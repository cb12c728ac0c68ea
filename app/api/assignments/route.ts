import { NextResponse } from "next/server";
import { listMyAssignments } from "@/lib/classroom/list-assignments";
import { getDb } from "@/lib/db/client";
import { handleRoute, requireUser } from "../_lib/handle-route";

/** "My assignments": the caller's assignments in every course they are on, soonest due first. */
export const GET = handleRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ assignments: await listMyAssignments(getDb(), user.id) });
});
