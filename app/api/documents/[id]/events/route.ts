import { z } from "zod";
import { getLiveHub } from "@/lib/realtime/live-hub-instance";
import { openReaderStream } from "@/lib/realtime/reader-stream";
import { handleRoute, requireUser, validate } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

const ZSince = z.coerce
  .number("since must be a number")
  .int("since must be a whole number")
  .min(0, "since cannot be negative")
  .max(2 ** 31 - 1, "since is too large");

/**
 * The document's live changes as Server-Sent Events: every change after
 * `Last-Event-ID` (what EventSource sends when it reconnects) or `?since=`,
 * then new ones as they happen; presence; a heartbeat.
 */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("since");
  const since = raw === null || raw === "" ? null : validate(z.object({ since: ZSince }), { since: raw }).since;
  const stream = await openReaderStream(getLiveHub(), {
    userId: user.id,
    documentId: id,
    since,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression would otherwise hold the stream back to gzip it.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
