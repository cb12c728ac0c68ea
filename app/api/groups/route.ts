import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { createGroup } from "@/lib/groups/create-group";
import { listGroups } from "@/lib/groups/list-groups";
import { ZGroupCreate } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../_lib/handle-route";

/** The caller's groups. */
export const GET = handleRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ groups: await listGroups(getDb(), user.id) });
});

/** "New group": `{ name }`; the caller is its owner. */
export const POST = handleRoute(async (request: Request) => {
  const user = await requireUser();
  const { name } = await parseJsonBody(request, ZGroupCreate);
  return NextResponse.json({ group: await createGroup(getDb(), user.id, name) }, { status: 201 });
});
