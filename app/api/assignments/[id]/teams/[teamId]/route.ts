import { NextResponse } from "next/server";
import { deleteTeam } from "@/lib/classroom/delete-team";
import { updateTeam } from "@/lib/classroom/update-team";
import { getDb } from "@/lib/db/client";
import { ZTeamUpdate } from "@/lib/validation/teams";
import { handleRoute, parseJsonBody, requireUser } from "../../../../_lib/handle-route";

type Context = { params: Promise<{ id: string; teamId: string }> };

/** A teacher renames a group or sets its students (`{ name?, studentIds? }`), moving them from other groups. */
export const PATCH = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, teamId } = await params;
  const input = await parseJsonBody(request, ZTeamUpdate);
  return NextResponse.json(await updateTeam(getDb(), user.id, id, teamId, input));
});

/** A teacher deletes a group nobody has shared work with yet (409 otherwise). */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id, teamId } = await params;
  return NextResponse.json(await deleteTeam(getDb(), user.id, id, teamId));
});
