import { z } from "zod";
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  ZAnnotationKind,
  ZComment,
  ZTags,
  type AnnotationKind,
} from "@/lib/validation/annotation";
import { W3CParseError } from "./parse-error";
import type { W3CTextBody } from "./text-bodies";
import { W3C_TERMS } from "./vocabulary";

// The same messages as ZTags, checked one tag at a time so an error can name
// the body it came from.
const ZTag = z
  .string()
  .trim()
  .min(1, "tags cannot be empty")
  .max(MAX_TAG_LENGTH, `each tag must be at most ${MAX_TAG_LENGTH} characters`);

// Several text bodies become one comment, separated as paragraphs.
const COMMENT_SEPARATOR = "\n\n";

/** Where a value built from `bodies` is reported: the one body's value, or the whole body list. */
function pathFor(bodies: W3CTextBody[], bodyPath: string): string {
  return bodies.length === 1 ? bodies[0].path : bodyPath;
}

/**
 * A Warrant annotation's kind, comment and tags read from the text bodies of
 * the W3C annotation at `path` (see w3cTextBodies), by purpose:
 *
 * - "classifying": the kind, matched case-insensitively against
 *   ANNOTATION_KINDS; another value is an unknown kind, and two different
 *   kinds are an error. No classifying body: the kind is "note".
 * - "tagging": one free tag each, trimmed and de-duplicated; at most
 *   MAX_TAGS, each at most MAX_TAG_LENGTH characters.
 * - anything else, or no purpose ("commenting", "describing", a
 *   bodyValue…): comment text, joined with COMMENT_SEPARATOR; at most
 *   MAX_COMMENT_LENGTH characters in all. Nothing is dropped silently.
 *
 * Throws W3CParseError with the path of the offending body value (or of
 * `body` when the problem is the list as a whole) and the app's own
 * validation messages.
 */
export function parseW3CAnnotationContent(
  bodies: W3CTextBody[],
  path: string,
): { kind: AnnotationKind; comment: string; tags: string[] } {
  const { purpose } = W3C_TERMS;
  const bodyPath = W3CParseError.pathOf(path, "body");
  let kind: { value: AnnotationKind; path: string } | undefined;
  const tagBodies: W3CTextBody[] = [];
  const commentBodies: W3CTextBody[] = [];
  for (const body of bodies) {
    if (body.purposes.includes(purpose.kind)) {
      const value = W3CParseError.check(ZAnnotationKind, body.value.trim().toLowerCase(), body.path);
      if (kind && kind.value !== value) {
        throw new W3CParseError(
          body.path,
          `An annotation has one kind; this one says both ${kind.value} and ${value}.`,
        );
      }
      kind = { value, path: body.path };
    } else if (body.purposes.includes(purpose.tag)) {
      tagBodies.push(body);
    } else {
      commentBodies.push(body);
    }
  }

  if (tagBodies.length > MAX_TAGS) throw new W3CParseError(bodyPath, `at most ${MAX_TAGS} tags`);
  const tags = tagBodies.map((body) => W3CParseError.check(ZTag, body.value, body.path));

  const comment = commentBodies.map((body) => body.value).join(COMMENT_SEPARATOR);
  W3CParseError.check(ZComment, comment, pathFor(commentBodies, bodyPath));

  return {
    kind: kind?.value ?? "note",
    comment,
    // ZTags also removes duplicates, as the API does on create.
    tags: W3CParseError.check(ZTags, tags, bodyPath),
  };
}
