import { attachmentDisposition } from "@/lib/classroom/attachment-disposition";
import { classWorkForExport } from "@/lib/classroom/class-work";
import { classWorkCsv } from "@/lib/classroom/class-work-csv";
import { getDb } from "@/lib/db/client";
import { ZClassWorkFilter } from "@/lib/validation/classroom";
import { handleRoute, requireUser } from "../../../_lib/handle-route";
import { classWorkQuery } from "../class-work/query";

type Context = { params: Promise<{ id: string }> };

/** Staff: the class's work (same filters as the list) as a CSV download, UTF-8 with a byte order mark. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const work = await classWorkForExport(getDb(), user.id, id, classWorkQuery(request, ZClassWorkFilter));
  return new Response(classWorkCsv(work), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`${work.assignment.title} class work.csv`),
      "cache-control": "private, no-store",
    },
  });
});
