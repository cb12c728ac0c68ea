import { describe, expect, it } from "vitest";
import { parseW3CAnnotations } from "@/lib/w3c/parse";
import { toW3CCollection } from "@/lib/w3c/serialize";
import {
  ANNOTATION_KINDS,
  MAX_COMMENT_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type AnnotationView,
} from "@/lib/validation/annotation";
import { EXPORT_INPUT, VIEWS } from "./fixture";

/** Export, write as JSON text, read back, parse: what an export → import does. */
function roundTrip(views: AnnotationView[]) {
  const json: unknown = JSON.parse(JSON.stringify(toW3CCollection({ ...EXPORT_INPUT, annotations: views })));
  return parseW3CAnnotations(json);
}

const iri = (id: string) => `${EXPORT_INPUT.baseUrl}/api/annotations/${id}`;

describe("parseW3CAnnotations(toW3CCollection(views))", () => {
  it("gives back each live view's kind, comment, tags and target, with its IRI and creation time", () => {
    const parsed = roundTrip(VIEWS);
    const live = VIEWS.filter((view) => !view.deleted);
    expect(parsed.annotations).toEqual(
      live.map((view) => ({
        sourceId: iri(view.id),
        kind: view.kind,
        comment: view.comment,
        tags: view.tags,
        target: view.target,
        positionKnown: true,
        created: view.createdAt,
      })),
    );
  });

  it("gives back the placeholder (not as a note) and every reply pointing at its parent", () => {
    const parsed = roundTrip(VIEWS);
    expect(parsed.placeholders).toEqual([
      { sourceId: iri("anno-3"), target: VIEWS[2].target, positionKnown: true, created: VIEWS[2].createdAt },
    ]);
    expect(parsed.replies).toEqual(
      VIEWS.flatMap((view) =>
        view.replies.map((reply) => ({ parentSourceId: iri(view.id), body: reply.body, created: reply.createdAt })),
      ),
    );
    const parents = new Set([...parsed.annotations, ...parsed.placeholders].map((parent) => parent.sourceId));
    expect(parsed.replies.every((reply) => parents.has(reply.parentSourceId))).toBe(true);
  });

  it("keeps every kind apart from a free tag with the same word, at the limits", () => {
    const views: AnnotationView[] = ANNOTATION_KINDS.map((kind, index) => ({
      ...VIEWS[0],
      id: `kind-${kind}`,
      kind,
      replies: [],
      // The other kinds as free tags, then tags of the longest length up to the most tags.
      tags: [
        ...ANNOTATION_KINDS.filter((other) => other !== kind),
        ...Array.from({ length: MAX_TAGS - ANNOTATION_KINDS.length + 1 }, (_, tag) =>
          `${index}-${tag}-`.padEnd(MAX_TAG_LENGTH, "é"),
        ),
      ],
      comment: index === 0 ? "x".repeat(MAX_COMMENT_LENGTH) : `Line one\n\n  indented 👩‍👩‍👧 line\n`,
    }));
    const parsed = roundTrip(views);
    expect(parsed.annotations.map(({ kind, comment, tags }) => ({ kind, comment, tags }))).toEqual(
      views.map(({ kind, comment, tags }) => ({ kind, comment, tags })),
    );
    expect(parsed.annotations.every((annotation) => annotation.tags.length === MAX_TAGS)).toBe(true);
  });
});
