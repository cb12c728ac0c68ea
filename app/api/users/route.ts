import { NextResponse } from "next/server";
import { requestSource } from "@/lib/auth/request-source";
import { EmailTakenError, signUp } from "@/lib/auth/sign-up";
import { getDb } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { ZSignUpInput } from "@/lib/validation/account";
import { handleRoute, parseJsonBody } from "../_lib/handle-route";

/**
 * Sign up: creates an account; the client then signs in through next-auth.
 * A taken email is said so (400 on `email`), at a rate limited per source (429).
 */
export const POST = handleRoute(async (request: Request) => {
  const input = await parseJsonBody(request, ZSignUpInput);
  try {
    const user = await signUp(getDb(), input, { source: requestSource(request.headers) });
    return NextResponse.json({ user }, { status: 201 });
  } catch (error) {
    if (error instanceof EmailTakenError) throw new InvalidInputError("email", error.message);
    throw error;
  }
});
