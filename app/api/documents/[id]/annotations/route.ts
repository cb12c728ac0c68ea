import { NextResponse } from "next/server";
import { z } from "zod";
import { createAnnotationForSession } from "@/lib/annotations/create-annotation";
import { sessionListTag } from "@/lib/annotations/annotation-list-tag";
import { currentSessionId } from "@/lib/auth/current-user";
import { listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { sharedAnnotationList } from "@/lib/annotations/shared-list-cache";
import { exportW3CCollection } from "@/lib/annotations/export-w3c";
import { getDb } from "@/lib/db/client";
import { ZAnnotationCreate, ZAnnotationKind } from "@/lib/validation/annotation";
import { UnauthenticatedError } from "@/lib/errors";
import { handleRoute, parseJsonBody, requireUser, validate } from "../../../_lib/handle-route";
import { ifNoneMatchHits } from "@/lib/http/if-none-match.mjs";
import { acceptsGzip, GzipCache } from "@/lib/http/gzip-cache";
import { ROUTE_CONTENT_ENCODING, routeEncodingRestored } from "@/lib/http/route-encoding.mjs";

/** This process's gzipped lists: a class that sees the same annotations is sent the same bytes. */
const listBodies = new GzipCache();

type Context = { params: Promise<{ id: string }> };

const ZListQuery = z.object({
  format: z.enum(["json", "w3c"]).default("json"),
  q: z.string().max(200).optional(),
  kind: ZAnnotationKind.optional(),
  author: z.uuid("author must be a user id").optional(),
  tag: z.string().max(50).optional(),
  group: z.uuid("group must be a group id").optional(),
});

/**
 * The browser keeps the list but asks each time (`no-cache`) with its tag;
 * no shared cache may keep it (`private`): it is one reader's view.
 */
function listFilter(query: z.infer<typeof ZListQuery>) {
  return { q: query.q, kind: query.kind, authorId: query.author, tag: query.tag, groupId: query.group };
}

function listCaching(tag: string) {
  return { etag: tag, "cache-control": "private, no-cache" };
}

/**
 * The annotations the caller may see, and `seq`, the number of the
 * document's last change they are as of (live frames apply on top of it).
 * It carries an ETag (annotation-list-tag.ts): a request whose If-None-Match
 * holds it gets 304. `?format=w3c` gives a W3C Web
 * Annotation AnnotationCollection (application/ld+json) instead.
 */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const { id } = await params;
  // A reload with nothing changed for this reader (same events, role, groups
  // and filter) is answered from their browser's cache, without reading or
  // sending the list; the session is checked in the tag's own statement.
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const sessionId = await currentSessionId();
    if (!sessionId) throw new UnauthenticatedError();
    const query = validate(ZListQuery, Object.fromEntries(new URL(request.url).searchParams));
    if (query.format === "json") {
      const reload = await sessionListTag(getDb(), sessionId, id, listFilter(query));
      if (!reload) throw new UnauthenticatedError();
      if (ifNoneMatchHits(ifNoneMatch, reload.tag))
        return new Response(null, { status: 304, headers: listCaching(reload.tag) });
    }
  }
  const user = await requireUser();
  const query = validate(ZListQuery, Object.fromEntries(new URL(request.url).searchParams));
  const filter = listFilter(query);
  if (query.format === "w3c") {
    const collection = await exportW3CCollection(getDb(), user.id, id, new URL(request.url).origin, filter);
    return new NextResponse(JSON.stringify(collection, null, 2), {
      headers: {
        "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        "content-disposition": `attachment; filename="annotations-${id}.jsonld"`,
      },
    });
  }
  const started = performance.now();
  // Server-Timing shows in the browser's network panel, and bench:anchor reads it.
  const timing = () => `db;desc="annotations from the database";dur=${(performance.now() - started).toFixed(1)}`;
  if (Object.values(filter).every((value) => value === undefined)) {
    // The whole list, as every reader opening the document asks for it: filtered from the list shared by all.
    const { body, tag } = await sharedAnnotationList(getDb(), user.id, id);
    const headers = { "content-type": "application/json", ...listCaching(tag), "server-timing": timing() };
    if (!routeEncodingRestored() || !acceptsGzip(request.headers.get("accept-encoding")))
      return new Response(body, { headers });
    // Gzipped once per distinct list (gzip-cache.ts), not by Next for every response.
    return new Response(await listBodies.gzip(body), {
      headers: { ...headers, [ROUTE_CONTENT_ENCODING]: "gzip", vary: "Accept-Encoding" },
    });
  }
  const { annotations, seq, tag } = await listAnnotationsAsOf(getDb(), user.id, id, filter);
  return NextResponse.json({ annotations, seq }, { headers: { ...listCaching(tag), "server-timing": timing() } });
});

export const POST = handleRoute(async (request: Request, { params }: Context) => {
  // The session's row is checked in the tag's first statement; a request without a session token stops here.
  const sessionId = await currentSessionId();
  if (!sessionId) throw new UnauthenticatedError();
  const { id } = await params;
  const input = await parseJsonBody(request, ZAnnotationCreate);
  const annotation = await createAnnotationForSession(getDb(), sessionId, id, input);
  return NextResponse.json({ annotation }, { status: 201 });
});
