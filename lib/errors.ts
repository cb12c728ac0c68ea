/**
 * Errors lib/ functions throw for the caller's mistakes. Route handlers turn
 * them into HTTP responses in one place (app/api/_lib/handle-route.ts).
 */

/** Bad input: HTTP 400, naming the field. */
export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/** Missing, or not visible to the caller (the two are indistinguishable on purpose): HTTP 404. */
export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

/** Visible, but the caller may not do this: HTTP 403. */
export class ForbiddenError extends Error {
  constructor(message = "You are not allowed to do that") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Someone else saved first: HTTP 409, with the current state. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current: unknown,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Not signed in: HTTP 401. */
export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in first");
    this.name = "UnauthenticatedError";
  }
}

/** Too much at once: HTTP 429, with how many seconds to wait. */
export class TooManyRequestsError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}
