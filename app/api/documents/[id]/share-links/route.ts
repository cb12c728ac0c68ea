import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { createShareLink } from "@/lib/sharing/share-links";
import { ZShareLinkCreate } from "@/lib/validation/sharing";
import { handleRoute, parseJsonBody, requireUser } from "../../../_lib/handle-route";
import { publicUrl } from "../../../_lib/public-url";

type Context = { params: Promise<{ id: string }> };

/** A new share link, `{ role }`: answers `{ link: { id, role, url, … } }`; the url is shown this once. */
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { role } = await parseJsonBody(request, ZShareLinkCreate);
  const { path, ...link } = await createShareLink(getDb(), user.id, id, role);
  return NextResponse.json({ link: { ...link, url: publicUrl(path, request) } }, { status: 201 });
});
