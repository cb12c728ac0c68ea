import { NextResponse } from "next/server";
import { createTeams } from "@/lib/classroom/create-teams";
import { listTeams } from "@/lib/classroom/list-teams";
import { getDb } from "@/lib/db/client";
import { ZTeamsCreate } from "@/lib/validation/teams";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** The assignment's small groups: staff see all of them, a student only their own. */
export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await listTeams(getDb(), user.id, id));
});

/** A teacher makes the groups: `{ teams: [{ name, studentIds }] }` or `{ random: { size } }`. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const input = await parseJsonBody(request, ZTeamsCreate);
  return NextResponse.json(await createTeams(getDb(), user.id, id, input), { status: 201 });
});
