import type { z } from "zod";

/** One step into a JSON value: a property name or an array index. */
type PathSegment = string | number;

/**
 * Thrown by parseW3CAnnotations when its input is not W3C Web Annotation data
 * Warrant can import. `path` points at the offending value in the input as a
 * JavaScript-style accessor — "first.items[3].target.selector", "[0].body[2]
 * .value", or "" for the input as a whole — and `message` is written for the
 * person who supplied the file; callers show both as they are. Any other
 * exception from the parser is a bug, not a property of the input.
 */
export class W3CParseError extends Error {
  override readonly name = "W3CParseError";

  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }

  /**
   * `base` extended by `segments`: names join with ".", indexes become
   * "[n]". Lives here so every path in an error is spelled the same way.
   */
  static pathOf(base: string, ...segments: readonly PathSegment[]): string {
    let path = base;
    for (const segment of segments) {
      if (typeof segment === "number") path += `[${segment}]`;
      else path += path === "" ? segment : `.${segment}`;
    }
    return path;
  }

  /**
   * `value` parsed by `schema`, or a W3CParseError for its first issue, at
   * `path` extended by the issue's own path. The schemas' messages are the
   * user-facing ones, so each schema spells out its messages.
   */
  static check<Schema extends z.ZodType>(schema: Schema, value: unknown, path: string): z.output<Schema> {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const [issue] = result.error.issues;
    // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: equivalent, no schema here has symbol keys; the filter is for the type checker.
    const segments = issue.path.filter((segment) => typeof segment !== "symbol");
    throw new W3CParseError(W3CParseError.pathOf(path, ...segments), issue.message);
  }
}
