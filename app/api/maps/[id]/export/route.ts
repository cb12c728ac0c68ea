import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { exportMap } from "@/lib/maps/export-map";
import { ZMapExportFormat } from "@/lib/validation/map-input";
import { handleRoute, requireUser, validate } from "../../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

/** `?format=aif|argdown|w3c|graphml|dot|svg|png|markdown`: the map as a download. */
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const url = new URL(request.url);
  const { format } = validate(z.object({ format: ZMapExportFormat }), {
    format: url.searchParams.get("format") ?? undefined,
  });
  const file = await exportMap(getDb(), user.id, id, format, url.origin);
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "private, no-store",
    },
  });
});
