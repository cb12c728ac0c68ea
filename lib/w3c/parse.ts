import { z } from "zod";
import { ZReplyCreate, type AnnotationKind, type TextTarget } from "@/lib/validation/annotation";
import { parseW3CAnnotationContent } from "./annotation-content";
import { W3CParseError } from "./parse-error";
import { w3cTextBodies } from "./text-bodies";
import { parseW3CTextTarget } from "./text-target";
import { W3C_TERMS } from "./vocabulary";

/** An annotation to create. `positionKnown`: the input had a TextPositionSelector (see parseW3CTextTarget). */
export type ParsedAnnotation = {
  sourceId?: string;
  kind: AnnotationKind;
  comment: string;
  tags: string[];
  target: TextTarget;
  positionKnown: boolean;
  created?: string;
};

/** A reply to the annotation whose `sourceId` is `parentSourceId`. */
export type ParsedReply = { parentSourceId: string; body: string; created?: string };

/** A deleted annotation kept only so its replies have a parent (typed as:Tombstone by toW3CCollection). */
export type ParsedPlaceholder = { sourceId?: string; target: TextTarget; positionKnown: boolean; created?: string };

type Parsed = { annotations: ParsedAnnotation[]; replies: ParsedReply[]; placeholders: ParsedPlaceholder[] };
type Item = { value: unknown; path: string; needsContext: boolean };

const NOT_ANNOTATIONS =
  "This is not W3C Web Annotation data: expected an Annotation, a list of Annotations, " +
  "an AnnotationPage or an AnnotationCollection with its first page embedded.";

const ZStrings = (what: string) =>
  z.union(
    [z.string().transform((value) => [value]), z.array(z.string())],
    `${what} must be a string or a list of strings`,
  );
const ZId = z.string("id must be an IRI (a string)");
const ZCreated = z.iso.datetime({ offset: true, error: "created must be an ISO 8601 date-time with a timezone" });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: Record<string, unknown>, path: string): string[] {
  return node.type === undefined
    ? []
    : W3CParseError.check(ZStrings("type"), node.type, W3CParseError.pathOf(path, "type"));
}

/**
 * Throws unless `node`'s "@context" (a string or a list) includes anno.jsonld.
 * When `required` is false a missing one is fine: a page's items inherit it.
 */
function checkContext(node: Record<string, unknown>, path: string, required: boolean): void {
  const context = node["@context"];
  if (context === undefined && !required) return;
  const values = Array.isArray(context) ? context : [context];
  if (values.some((value) => (W3C_TERMS.contextAliases as readonly unknown[]).includes(value))) return;
  throw new W3CParseError(
    W3CParseError.pathOf(path, "@context"),
    `This is not W3C Web Annotation JSON-LD: its "@context" must include ${W3C_TERMS.context}.`,
  );
}

function pageItems(page: Record<string, unknown>, path: string): Item[] {
  const itemsPath = W3CParseError.pathOf(path, "items");
  if (!Array.isArray(page.items))
    throw new W3CParseError(itemsPath, "An AnnotationPage lists its annotations in items.");
  return page.items.map((value, index) => ({
    value,
    path: W3CParseError.pathOf(itemsPath, index),
    needsContext: false,
  }));
}

/** The annotation objects in any accepted shape, each with its path. */
function itemsOf(json: unknown): Item[] {
  if (Array.isArray(json)) {
    // A bare list has no enclosing document: each item is a document of its own.
    return json.map((value, index) => ({ value, path: W3CParseError.pathOf("", index), needsContext: true }));
  }
  if (!isObject(json)) throw new W3CParseError("", NOT_ANNOTATIONS);
  const types = typesOf(json, "");
  const known = ["Annotation", "AnnotationPage", "AnnotationCollection"].filter((type) => types.includes(type));
  if (known.length !== 1) throw new W3CParseError(types.length === 0 ? "" : "type", NOT_ANNOTATIONS);
  checkContext(json, "", true);
  // Stryker disable next-line BooleanLiteral: equivalent, this very object's context was checked just above.
  if (known[0] === "Annotation") return [{ value: json, path: "", needsContext: true }];
  if (known[0] === "AnnotationPage") return pageItems(json, "");

  const { first, total } = json;
  if (first === undefined) {
    if (total === undefined || total === 0) return [];
    throw new W3CParseError("first", "This collection has annotations but no first page.");
  }
  if (!isObject(first)) {
    throw new W3CParseError(
      "first",
      "This collection's annotations are on a separate page, and Warrant fetches nothing: " +
        "embed the first page in the collection.",
    );
  }
  if (!typesOf(first, "first").includes("AnnotationPage")) {
    throw new W3CParseError(
      "first.type",
      'The collection\'s first page must be an AnnotationPage (type "AnnotationPage").',
    );
  }
  if (first.next !== undefined) {
    throw new W3CParseError(
      "first.next",
      "This collection continues on further pages, which Warrant does not fetch: export it as a single page.",
    );
  }
  return pageItems(first, "first");
}

/** The IRI a reply's target names: a string, or an object with only an `id` (no selector). */
function parentIriOf(target: unknown): string | undefined {
  const single = Array.isArray(target) && target.length === 1 ? target[0] : target;
  if (typeof single === "string") return single;
  if (isObject(single) && typeof single.id === "string" && single.selector === undefined) return single.id;
  return undefined;
}

function parseItem({ value, path, needsContext }: Item, parsed: Parsed): void {
  if (typeof value === "string") {
    throw new W3CParseError(
      path,
      "This annotation is only linked, and Warrant fetches nothing: embed the annotations.",
    );
  }
  if (!isObject(value)) throw new W3CParseError(path, 'Each item must be an Annotation (type "Annotation").');
  const types = typesOf(value, path);
  if (!types.includes("Annotation")) {
    throw new W3CParseError(W3CParseError.pathOf(path, "type"), 'Each item must be an Annotation (type "Annotation").');
  }
  checkContext(value, path, needsContext);
  const at = (...segments: string[]) => W3CParseError.pathOf(path, ...segments);
  const sourceId = value.id === undefined ? undefined : W3CParseError.check(ZId, value.id, at("id"));
  const created =
    value.created === undefined
      ? undefined
      : new Date(W3CParseError.check(ZCreated, value.created, at("created"))).toISOString();

  if (types.some((type) => (W3C_TERMS.tombstoneAliases as readonly string[]).includes(type))) {
    parsed.placeholders.push({ sourceId, ...parseW3CTextTarget(value.target, at("target")), created });
    return;
  }

  const motivations =
    value.motivation === undefined
      ? // Stryker disable next-line ArrayDeclaration: equivalent, motivations are only searched for "replying".
        []
      : W3CParseError.check(ZStrings("motivation"), value.motivation, at("motivation"));
  const parentSourceId = parentIriOf(value.target);
  const bodies = w3cTextBodies(value, path);
  if (motivations.includes(W3C_TERMS.purpose.reply) && parentSourceId !== undefined) {
    // Text bodies of any purpose are the reply, paragraphs apart as comments are.
    const text = bodies.map((body) => body.value).join("\n\n");
    const bodyPath = bodies.length === 1 ? bodies[0].path : at("body");
    const body = W3CParseError.check(ZReplyCreate.shape.body, text, bodyPath);
    parsed.replies.push({ parentSourceId, body, created });
    return;
  }
  const content = parseW3CAnnotationContent(bodies, path);
  parsed.annotations.push({ sourceId, ...content, ...parseW3CTextTarget(value.target, at("target")), created });
}

/**
 * The annotations, replies and reply-only placeholders in W3C Web Annotation
 * JSON-LD (already parsed from JSON). Accepts a single Annotation, a list of
 * Annotations (each with its own "@context"), an AnnotationPage (its
 * `items`) or an AnnotationCollection whose `first` page is embedded and is
 * its only page (no `next`). Nothing is fetched, so pages or items given
 * only by IRI are refused. Unknown properties are ignored.
 *
 * Placeholders are returned apart from `annotations` so an importer that
 * knows nothing of them never revives a deleted annotation as a note; one
 * that does can recreate them and hang their replies on them.
 *
 * Each item must be typed "Annotation". Then, in order:
 * - also typed as:Tombstone → a placeholder (target only);
 * - motivation includes "replying" and the target is an IRI → a reply to
 *   that IRI (`parentSourceId`, to match against `sourceId`); its text is
 *   the text bodies, trimmed, non-empty and within MAX_COMMENT_LENGTH;
 * - otherwise → an annotation: kind, comment and tags by body purpose
 *   (parseW3CAnnotationContent; no kind → "note"), the passage by
 *   TextQuoteSelector (parseW3CTextTarget).
 * `created`, when present, must be an ISO 8601 date-time with a timezone and
 * comes back in UTC. Whether a reply's parent is in the same input is the
 * caller's business. Throws W3CParseError (path + message) at the first
 * problem; nothing is returned partially.
 */
export function parseW3CAnnotations(json: unknown): Parsed {
  const parsed: Parsed = { annotations: [], replies: [], placeholders: [] };
  for (const item of itemsOf(json)) parseItem(item, parsed);
  return parsed;
}
