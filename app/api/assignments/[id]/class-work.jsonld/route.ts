import { attachmentDisposition } from "@/lib/classroom/attachment-disposition";
import { classWorkForExport } from "@/lib/classroom/class-work";
import { classWorkW3C } from "@/lib/classroom/class-work-w3c";
import { getDb } from "@/lib/db/client";
import { ZClassWorkFilter } from "@/lib/validation/classroom";
import { handleRoute, requireUser } from "../../../_lib/handle-route";
import { classWorkQuery } from "../class-work/query";

type Context = { params: Promise<{ id: string }> };

/** Staff: the class's work (same filters as the list) as a W3C Web Annotation collection (JSON-LD) download. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const work = await classWorkForExport(getDb(), user.id, id, classWorkQuery(request, ZClassWorkFilter));
  const url = new URL(request.url);
  const collection = classWorkW3C(work, url.origin, `${url.origin}${url.pathname}${url.search}`);
  return new Response(JSON.stringify(collection, null, 2), {
    headers: {
      "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "content-disposition": attachmentDisposition(`${work.assignment.title} class work.jsonld`),
      "cache-control": "private, no-store",
    },
  });
});
