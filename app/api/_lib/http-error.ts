/**
 * A request refused at the HTTP boundary, before any domain rule runs (a body
 * too large, the wrong Content-Type, a cross-site origin): its status, and a
 * message that says what to change. handleRoute turns it into `{ error }`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}
