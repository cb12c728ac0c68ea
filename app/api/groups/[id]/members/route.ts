import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { addGroupMember } from "@/lib/groups/add-group-member";
import { ZGroupMemberAdd } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** An owner adds someone by email: `{ email }`. The answer never tells whether the email has an account. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { email } = await parseJsonBody(request, ZGroupMemberAdd);
  const { member, created } = await addGroupMember(getDb(), user.id, id, email);
  return NextResponse.json({ member }, { status: created ? 201 : 200 });
});
