import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocument } from "@/lib/documents/get-document";
import { updateDocumentContent } from "@/lib/documents/update-document-content";
import { ZDocumentContentUpdate } from "@/lib/validation/document";
import { handleRoute, parseJsonBody, requireUser } from "../../_lib/handle-route";

type Context = { params: Promise<{ id: string }> };

export const GET = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const { ownerId: _ownerId, ...document } = await getDocument(getDb(), user.id, id);
  return NextResponse.json({ document });
});

/** The owner or an editor saves an edit of the text: `{ version, content, title? }`; 409 if stale. */
export const PUT = handleRoute(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  const update = await parseJsonBody(request, ZDocumentContentUpdate, 8 * 1024 * 1024);
  return NextResponse.json(await updateDocumentContent(getDb(), user.id, id, update));
});

/** The owner deletes the document and everything on it. */
export const DELETE = handleRoute(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const { id } = await params;
  return NextResponse.json(await deleteDocument(getDb(), user.id, id));
});
