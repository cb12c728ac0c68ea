import type { AnnotationView, ReplyView } from "@/lib/validation/annotation";
import { W3C_TERMS } from "./vocabulary";

type TextualBody = { type: "TextualBody"; purpose: string; value: string; format?: "text/plain" };

type TextTargetResource = {
  source: string;
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
    { type: "TextPositionSelector"; start: number; end: number },
  ];
};

type W3CAnnotation = {
  "@context": typeof W3C_TERMS.context;
  id: string;
  type: "Annotation" | ["Annotation", typeof W3C_TERMS.tombstone];
  motivation?: string;
  creator?: { id: string; type: "Person"; name: string };
  created: string;
  modified?: string;
  body?: TextualBody[];
  target: TextTargetResource | string;
};

/** The JSON-LD document toW3CCollection returns (see there for the encoding). */
export type W3CAnnotationCollection = {
  "@context": typeof W3C_TERMS.context;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generated?: string;
  first: {
    "@context": typeof W3C_TERMS.context;
    id: string;
    type: "AnnotationPage";
    partOf: { id: string; total: number };
    startIndex: 0;
    items: W3CAnnotation[];
  };
};

type Input = {
  documentUrl: string;
  documentTitle: string;
  collectionUrl: string;
  baseUrl: string;
  annotations: AnnotationView[];
  generatedAt?: Date;
};

/** Normalises an API timestamp to ISO 8601 in UTC ("…Z"): the model wants a timezone. */
function iso(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

function textTarget(documentUrl: string, view: AnnotationView): TextTargetResource {
  const { exact, prefix, suffix, start, end } = view.target;
  // Two selectors in one list are alternatives for the same span (model
  // 4.2): the quote re-anchors after edits, the offsets are the fast path.
  return {
    source: documentUrl,
    selector: [
      { type: "TextQuoteSelector", exact, prefix, suffix },
      { type: "TextPositionSelector", start, end },
    ],
  };
}

function annotationOf(view: AnnotationView, iri: string, documentUrl: string, userIri: (id: string) => string) {
  const { purpose } = W3C_TERMS;
  const bodies: TextualBody[] = [{ type: "TextualBody", purpose: purpose.kind, value: view.kind }];
  if (view.comment) {
    bodies.push({ type: "TextualBody", purpose: purpose.comment, value: view.comment, format: "text/plain" });
  }
  for (const tag of view.tags) bodies.push({ type: "TextualBody", purpose: purpose.tag, value: tag });
  return {
    "@context": W3C_TERMS.context,
    id: iri,
    type: "Annotation",
    // One motivation, as the model recommends (3.3.5, a SHOULD); each
    // body's purpose says what that body does.
    motivation: view.comment ? purpose.comment : purpose.kind,
    creator: { id: userIri(view.author.id), type: "Person", name: view.author.name },
    created: iso(view.createdAt),
    modified: iso(view.updatedAt),
    body: bodies,
    target: textTarget(documentUrl, view),
  } satisfies W3CAnnotation;
}

/**
 * A deleted annotation that still has replies: no bodies (the model allows
 * none), no creator, no motivation — only what the thread needs to hang
 * on: its IRI, its place in the text and its dates. The extra type
 * as:Tombstone tells Warrant's parser not to bring it back as a note.
 */
function tombstoneOf(view: AnnotationView, iri: string, documentUrl: string): W3CAnnotation {
  return {
    "@context": W3C_TERMS.context,
    id: iri,
    type: ["Annotation", W3C_TERMS.tombstone],
    created: iso(view.createdAt),
    modified: iso(view.updatedAt),
    target: textTarget(documentUrl, view),
  };
}

function replyOf(reply: ReplyView, parentIri: string, userIri: (id: string) => string): W3CAnnotation {
  return {
    "@context": W3C_TERMS.context,
    id: `${parentIri}/replies/${reply.id}`,
    type: "Annotation",
    motivation: W3C_TERMS.purpose.reply,
    creator: { id: userIri(reply.author.id), type: "Person", name: reply.author.name },
    created: iso(reply.createdAt),
    body: [{ type: "TextualBody", purpose: W3C_TERMS.purpose.reply, value: reply.body, format: "text/plain" }],
    // A reply annotates the annotation it answers (model 3.3.5, "replying").
    target: parentIri,
  };
}

/**
 * A document's annotations as one W3C Web Annotation AnnotationCollection
 * (JSON-LD, http://www.w3.org/ns/anno.jsonld) whose single page is embedded
 * as `first`. Pure: the same input gives the same output; `generated` is
 * written only when `generatedAt` is given.
 *
 * Items, in input order, each followed by its replies:
 * - a live annotation → an Annotation with bodies [kind as a "classifying"
 *   TextualBody, the comment as a "commenting" one (if any), each free tag as
 *   a "tagging" one]. The kind is a classification, not a tag, so a free tag
 *   that happens to read "claim" stays distinct, and tag-reading tools
 *   (Hypothesis reads "tagging" bodies) show only real tags. Motivation is a
 *   single value — the model says an Annotation SHOULD have exactly one —
 *   "commenting" when there is a comment, otherwise "classifying";
 * - a deleted placeholder → a bodiless Annotation also typed as:Tombstone,
 *   so its replies keep a parent; a deleted annotation without replies is
 *   left out;
 * - a reply → an Annotation with motivation "replying", one "replying"
 *   TextualBody, and the parent's IRI as target.
 *
 * The embedded page and every item carry "@context" too (the same one, so
 * nothing changes for a JSON-LD processor): each is then a complete document
 * on its own — an Annotation to POST to a Web Annotation Protocol server, a
 * page as the Protocol serves it (with `partOf` describing the collection's
 * id and total, as the Protocol does, not only naming it). IRIs: annotations
 * `${baseUrl}/api/annotations/${id}`, replies `…/${id}/replies/${replyId}`,
 * creators `${baseUrl}/users/${authorId}`, the page `collectionUrl` with
 * `page=0`. Visibility is not written: the caller passes only what the
 * reader may see. Offsets are the plain-text projection's UTF-16 indexes
 * (the model counts code points; the two differ only past astral characters,
 * and importers re-anchor by quote).
 */
export function toW3CCollection(input: Input): W3CAnnotationCollection {
  const baseUrl = input.baseUrl.replace(/\/+$/, "");
  const userIri = (id: string) => `${baseUrl}/users/${id}`;
  const items: W3CAnnotation[] = [];
  for (const view of input.annotations) {
    if (view.deleted && view.replies.length === 0) continue;
    const iri = `${baseUrl}/api/annotations/${view.id}`;
    items.push(
      view.deleted ? tombstoneOf(view, iri, input.documentUrl) : annotationOf(view, iri, input.documentUrl, userIri),
    );
    for (const reply of view.replies) items.push(replyOf(reply, iri, userIri));
  }
  const pageUrl = new URL(input.collectionUrl);
  pageUrl.searchParams.set("page", "0");
  return {
    "@context": W3C_TERMS.context,
    id: input.collectionUrl,
    type: "AnnotationCollection",
    label: `Annotations on "${input.documentTitle}"`,
    total: items.length,
    ...(input.generatedAt ? { generated: input.generatedAt.toISOString() } : {}),
    first: {
      "@context": W3C_TERMS.context,
      id: pageUrl.href,
      type: "AnnotationPage",
      // The collection described, not just named, as the Web Annotation
      // Protocol serves pages: a page taken out on its own keeps the total.
      partOf: { id: input.collectionUrl, total: items.length },
      startIndex: 0,
      items,
    },
  };
}
