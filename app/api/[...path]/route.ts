import { NotFoundError } from "@/lib/errors";
import { handleRoute } from "../_lib/handle-route";

/**
 * Every /api/ path no other route claims (Next prefers the more specific
 * route, so this is only ever the last resort): API clients get the API's
 * `{ error }` JSON with 404, not the HTML "page not found".
 */
const notFound = handleRoute(async (request: Request) => {
  throw new NotFoundError(`No API route ${request.method} ${new URL(request.url).pathname}`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
