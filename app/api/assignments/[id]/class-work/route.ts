import { NextResponse } from "next/server";
import { classWork } from "@/lib/classroom/class-work";
import { getDb } from "@/lib/db/client";
import { ZClassWorkQuery } from "@/lib/validation/classroom";
import { handleRoute, requireUser } from "../../../_lib/handle-route";
import { classWorkQuery } from "./query";

type Context = { params: Promise<{ id: string }> };

/**
 * Staff: everything the class wrote on the assignment's reading, filtered by
 * ?student=&kind=&from=&to=&staff=, a page at a time (?cursor= the previous
 * page's nextCursor). A student gets 403, anyone else 404.
 */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { cursor, ...filter } = classWorkQuery(request, ZClassWorkQuery);
  return NextResponse.json(await classWork(getDb(), user.id, id, filter, { cursor }), {
    headers: { "cache-control": "private, no-store" },
  });
});
