import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { closeOtherUserSessions, listUserSessions } from "@/lib/auth/user-sessions";
import { getDb } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/errors";
import { handleRoute } from "../../../_lib/handle-route";

async function requireSession() {
  const session = await getCurrentSession();
  if (!session) throw new UnauthenticatedError();
  return session;
}

/** The caller's live sessions; `current` marks the one making this request. */
export const GET = handleRoute(async () => {
  const { user, sessionId } = await requireSession();
  const sessions = await listUserSessions(getDb(), user.id);
  return NextResponse.json({
    sessions: sessions.map((session) => ({ ...session, current: session.id === sessionId })),
  });
});

/** "Sign out other sessions": ends every session of the caller but this one. */
export const DELETE = handleRoute(async () => {
  const { user, sessionId } = await requireSession();
  const endedSessions = await closeOtherUserSessions(getDb(), user.id, sessionId);
  return NextResponse.json({ endedSessions });
});
