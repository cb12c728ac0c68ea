import { z } from "zod";
import { W3CParseError } from "./parse-error";

/** One embedded text body of an annotation, wherever it was written. */
export type W3CTextBody = { purposes: string[]; value: string; path: string };

const ZPurposes = z.union(
  [z.string().transform((purpose) => [purpose]), z.array(z.string())],
  "a body's purpose must be a string or a list of strings",
);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textBodyOf(body: Record<string, unknown>, path: string): W3CTextBody | undefined {
  // A body without `value` is an external resource, a SpecificResource or
  // a Choice/Set: there is no text in the file to read, and Warrant fetches
  // nothing, so it is skipped.
  if (body.value === undefined) return undefined;
  const value = W3CParseError.check(
    z.string("a text body's value must be a string"),
    body.value,
    W3CParseError.pathOf(path, "value"),
  );
  const purposes =
    body.purpose === undefined
      ? // Stryker disable next-line ArrayDeclaration: equivalent, purposes are only searched for the ones Warrant knows.
        []
      : W3CParseError.check(ZPurposes, body.purpose, W3CParseError.pathOf(path, "purpose"));
  return { purposes, value, path: W3CParseError.pathOf(path, "value") };
}

/**
 * The embedded text bodies of the W3C annotation object found at `path`, in
 * order: each TextualBody (any body object with a string `value`; its
 * `type` is not required) and a `bodyValue` string (model 3.2.5, a
 * comment without a purpose). `body` may be one body or a list. Bodies that
 * are only IRIs or describe resources elsewhere are skipped. Throws
 * W3CParseError when `body` and `bodyValue` are both present (the model
 * forbids it), or a value or purpose has the wrong type.
 */
export function w3cTextBodies(annotation: Record<string, unknown>, path: string): W3CTextBody[] {
  const bodyPath = W3CParseError.pathOf(path, "body");
  const bodyValuePath = W3CParseError.pathOf(path, "bodyValue");
  if (annotation.bodyValue !== undefined) {
    if (annotation.body !== undefined) {
      throw new W3CParseError(bodyValuePath, "An annotation cannot have both body and bodyValue.");
    }
    const value = W3CParseError.check(z.string("bodyValue must be a string"), annotation.bodyValue, bodyValuePath);
    return [
      {
        // Stryker disable next-line ArrayDeclaration: equivalent, purposes are only searched for the ones Warrant knows.
        purposes: [],
        value,
        path: bodyValuePath,
      },
    ];
  }
  const { body } = annotation;
  if (body === undefined) return [];
  const entries = Array.isArray(body)
    ? body.map((entry, index) => ({ entry, path: W3CParseError.pathOf(bodyPath, index) }))
    : [{ entry: body, path: bodyPath }];
  const bodies: W3CTextBody[] = [];
  for (const { entry, path: entryPath } of entries) {
    if (typeof entry === "string") continue;
    if (!isObject(entry)) throw new W3CParseError(entryPath, "Each body must be an object or an IRI.");
    const textBody = textBodyOf(entry, entryPath);
    if (textBody) bodies.push(textBody);
  }
  return bodies;
}
