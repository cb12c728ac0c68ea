import { NextResponse } from "next/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from "@/lib/errors";
import { refuseCrossSiteRequest } from "./cross-site-guard";
import { HttpError } from "./http-error";
import { readJsonBody } from "./read-body";
import { checkQuery, checkRouteParams } from "./route-params";

/** JSON bodies are read up to this and refused (413) past it. */
const MAX_JSON_BYTES = 1024 * 1024;

/** `{ error, field? }` with a status: the one error shape of Warrant's API. */
export function errorResponse(status: number, error: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, ...extra }, { status });
}

function toResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error.status, error.message);
  if (error instanceof InvalidInputError) return errorResponse(400, error.message, { field: error.field });
  if (error instanceof UnauthenticatedError) return errorResponse(401, error.message);
  if (error instanceof ForbiddenError) return errorResponse(403, error.message);
  if (error instanceof NotFoundError) return errorResponse(404, error.message);
  if (error instanceof ConflictError) return errorResponse(409, error.message, { current: error.current });
  if (error instanceof TooManyRequestsError) {
    const response = errorResponse(429, error.message);
    response.headers.set("retry-after", String(error.retryAfterSeconds));
    return response;
  }
  console.error(error);
  return errorResponse(500, "Something went wrong on our side");
}

/**
 * Wraps a route handler so that cross-site writes are refused before it runs
 * (the one place Warrant checks where a request came from), path parameters
 * that cannot name anything are 404 before it runs, lib/ errors
 * become their HTTP statuses, and anything unexpected a logged 500 that
 * reveals nothing. Every API route goes through here.
 */
export function handleRoute<Context, R extends Request = Request>(
  handler: (request: R, context: Context) => Promise<Response>,
) {
  return async (request: R, context: Context): Promise<Response> => {
    try {
      refuseCrossSiteRequest(request);
      const params = (context as { params?: Promise<Record<string, string | string[] | undefined>> } | undefined)
        ?.params;
      if (params) checkRouteParams(await params);
      checkQuery(request.url);
      return await handler(request, context);
    } catch (error) {
      return toResponse(error);
    }
  };
}

/** The signed-in user, or UnauthenticatedError (401). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/**
 * Reads a JSON body (a JSON Content-Type only: 415 otherwise, so a cross-site
 * form cannot post one), at most `maxBytes` of it (413 past that, without
 * reading the rest), and validates it; 400 naming the first bad field.
 */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<Schema>> {
  return validate(schema, await readJsonBody(request, maxBytes));
}

/** Validates a value; InvalidInputError naming the first bad field otherwise. */
export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "body";
  throw new InvalidInputError(field, issue ? `${field}: ${issue.message}` : "Invalid request");
}
