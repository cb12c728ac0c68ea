import type { z } from "zod";
import { validate } from "../../../_lib/handle-route";

/**
 * The class's work filters from a request's query string, validated by
 * `schema` (400 naming the parameter). An empty parameter counts as absent,
 * as a form's "Any" option sends it.
 */
export function classWorkQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.infer<Schema> {
  const params = [...new URL(request.url).searchParams].filter(([, value]) => value !== "");
  return validate(schema, Object.fromEntries(params));
}
