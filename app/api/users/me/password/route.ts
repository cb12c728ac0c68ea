import { NextResponse } from "next/server";
import { changePassword } from "@/lib/auth/change-password";
import { getCurrentSession } from "@/lib/auth/current-user";
import { requestSource } from "@/lib/auth/request-source";
import { getDb } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/errors";
import { ZPasswordChange } from "@/lib/validation/account";
import { handleRoute, parseJsonBody } from "../../../_lib/handle-route";

/**
 * Changes the caller's password: 400 on `currentPassword` when it is wrong,
 * 429 after too many wrong ones; on success the caller's other sessions end.
 */
export const PUT = handleRoute(async (request: Request) => {
  const session = await getCurrentSession();
  if (!session) throw new UnauthenticatedError();
  const input = await parseJsonBody(request, ZPasswordChange);
  const result = await changePassword(getDb(), { userId: session.user.id, sessionId: session.sessionId }, input, {
    source: requestSource(request.headers),
  });
  return NextResponse.json(result);
});
