import type {
  AnnotationCreate,
  AnnotationUpdate,
  AnnotationView,
  AnnotationVisibility,
  ReplyView,
} from "@/lib/validation/annotation";

/** An API error with the server's message (which names the bad field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: init.body ? { "content-type": "application/json", ...init.headers } : init.headers,
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `Request failed (HTTP ${response.status})`);
  return body;
}

/** The browser's client for Warrant's annotation API. */
export const annotationApi = {
  list: (documentId: string, q?: string) =>
    call<{ annotations: AnnotationView[] }>(
      `/api/documents/${documentId}/annotations${q ? `?q=${encodeURIComponent(q)}` : ""}`,
    ).then((body) => body.annotations),
  create: (documentId: string, input: AnnotationCreate) =>
    call<{ annotation: AnnotationView }>(`/api/documents/${documentId}/annotations`, {
      method: "POST",
      body: JSON.stringify(input),
    }).then((body) => body.annotation),
  update: (id: string, update: AnnotationUpdate) =>
    call<{ annotation: AnnotationView }>(`/api/annotations/${id}`, {
      method: "PATCH",
      body: JSON.stringify(update),
    }).then((body) => body.annotation),
  remove: (id: string) => call<{ id: string; placeholder: boolean }>(`/api/annotations/${id}`, { method: "DELETE" }),
  restore: (id: string) =>
    call<{ annotation: AnnotationView }>(`/api/annotations/${id}/restore`, { method: "POST" }).then(
      (body) => body.annotation,
    ),
  reply: (id: string, body: string) =>
    call<{ reply: ReplyView }>(`/api/annotations/${id}/replies`, {
      method: "POST",
      body: JSON.stringify({ body }),
    }).then((response) => response.reply),
  importW3C: (documentId: string, json: string, visibility: AnnotationVisibility) =>
    call<{ imported: number; orphaned: number; replies: number }>(
      `/api/documents/${documentId}/annotations/import?visibility=${visibility}`,
      { method: "POST", body: json },
    ),
};
