import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { handleRoute } from "../../_lib/handle-route";
import { readBodyBytes } from "../../_lib/read-body";

const nextAuth = NextAuth(authOptions);

/** next-auth's forms (sign-in, sign-out, its CSRF token) are well under 1 KB. */
const MAX_AUTH_FORM_BYTES = 64 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth reads a POST body whole, however large: hand it a copy of the
 * first 64 KB at most (413 past that). Its own CSRF token guards its forms;
 * handleRoute adds the same-origin check every other write gets.
 */
async function handle(request: NextRequest, context: Context): Promise<Response> {
  if (request.method !== "POST") return nextAuth(request, context);
  const body = await readBodyBytes(request, MAX_AUTH_FORM_BYTES);
  return nextAuth(new NextRequest(request.url, { method: request.method, headers: request.headers, body }), context);
}

export const GET = handleRoute(handle);
export const POST = handleRoute(handle);
