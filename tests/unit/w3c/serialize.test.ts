import { describe, expect, it } from "vitest";
import { toW3CCollection } from "@/lib/w3c/serialize";
import type { AnnotationView } from "@/lib/validation/annotation";
import { EXPORT_INPUT, VIEWS } from "./fixture";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const BASE = "https://warrant.example.org";
const DOCUMENT = `${BASE}/documents/doc-1`;
const COLLECTION = `${BASE}/api/documents/doc-1/annotations?format=w3c`;

describe("toW3CCollection", () => {
  it("writes the fixture exactly", () => {
    const collection = toW3CCollection({
      ...EXPORT_INPUT,
      annotations: VIEWS,
      generatedAt: new Date("2025-04-01T00:00:00Z"),
    });
    expect(collection).toStrictEqual({
      "@context": CONTEXT,
      id: COLLECTION,
      type: "AnnotationCollection",
      label: 'Annotations on "On Liberty"',
      total: 5,
      generated: "2025-04-01T00:00:00.000Z",
      first: {
        "@context": CONTEXT,
        id: `${COLLECTION}&page=0`,
        type: "AnnotationPage",
        partOf: { id: COLLECTION, total: 5 },
        startIndex: 0,
        items: [
          {
            "@context": CONTEXT,
            id: `${BASE}/api/annotations/anno-1`,
            type: "Annotation",
            motivation: "commenting",
            creator: { id: `${BASE}/users/user-ann`, type: "Person", name: "Ann Lee" },
            created: "2025-03-01T09:00:00.000Z",
            modified: "2025-03-02T10:30:00.000Z",
            body: [
              { type: "TextualBody", purpose: "classifying", value: "claim" },
              {
                type: "TextualBody",
                purpose: "commenting",
                value: "The thesis: liberty limits only harm to others.\nSee §4.",
                format: "text/plain",
              },
              { type: "TextualBody", purpose: "tagging", value: "thesis" },
              { type: "TextualBody", purpose: "tagging", value: "harm principle" },
            ],
            target: {
              source: DOCUMENT,
              selector: [
                {
                  type: "TextQuoteSelector",
                  exact: "the only purpose for which power can be rightfully exercised",
                  prefix: "That principle is, that ",
                  suffix: " over any member of a civilised",
                },
                { type: "TextPositionSelector", start: 120, end: 180 },
              ],
            },
          },
          {
            "@context": CONTEXT,
            id: `${BASE}/api/annotations/anno-1/replies/reply-1`,
            type: "Annotation",
            motivation: "replying",
            creator: { id: `${BASE}/users/user-ben`, type: "Person", name: "Ben Okafor" },
            created: "2025-03-03T08:15:00.000Z",
            body: [{ type: "TextualBody", purpose: "replying", value: "Is offence a harm?", format: "text/plain" }],
            target: `${BASE}/api/annotations/anno-1`,
          },
          {
            "@context": CONTEXT,
            id: `${BASE}/api/annotations/anno-2`,
            type: "Annotation",
            motivation: "classifying",
            creator: { id: `${BASE}/users/user-ben`, type: "Person", name: "Ben Okafor" },
            created: "2025-03-04T12:00:00.000Z",
            modified: "2025-03-04T12:00:00.000Z",
            body: [{ type: "TextualBody", purpose: "classifying", value: "evidence" }],
            target: {
              source: DOCUMENT,
              selector: [
                { type: "TextQuoteSelector", exact: "😀 Mill", prefix: "", suffix: " wrote" },
                { type: "TextPositionSelector", start: 0, end: 7 },
              ],
            },
          },
          {
            "@context": CONTEXT,
            id: `${BASE}/api/annotations/anno-3`,
            type: ["Annotation", "as:Tombstone"],
            created: "2025-03-05T07:00:00.000Z",
            modified: "2025-03-06T07:00:00.000Z",
            target: {
              source: DOCUMENT,
              selector: [
                {
                  type: "TextQuoteSelector",
                  exact: "his own good",
                  prefix: "physical or moral, ",
                  suffix: ", is not a sufficient",
                },
                { type: "TextPositionSelector", start: 300, end: 312 },
              ],
            },
          },
          {
            "@context": CONTEXT,
            id: `${BASE}/api/annotations/anno-3/replies/reply-2`,
            type: "Annotation",
            motivation: "replying",
            creator: { id: `${BASE}/users/user-ann`, type: "Person", name: "Ann Lee" },
            created: "2025-03-05T18:00:00.000Z",
            body: [
              { type: "TextualBody", purpose: "replying", value: "I withdrew this objection.", format: "text/plain" },
            ],
            target: `${BASE}/api/annotations/anno-3`,
          },
        ],
      },
    });
  });

  it("is pure: no generatedAt, no generated; the same input gives the same output", () => {
    const once = toW3CCollection({ ...EXPORT_INPUT, annotations: VIEWS });
    expect(once).not.toHaveProperty("generated");
    expect(toW3CCollection({ ...EXPORT_INPUT, annotations: VIEWS })).toStrictEqual(once);
  });

  it("leaves out a deleted annotation that has no replies", () => {
    const deleted: AnnotationView = { ...VIEWS[1], id: "gone", deleted: true };
    const collection = toW3CCollection({ ...EXPORT_INPUT, annotations: [deleted] });
    expect(collection.total).toBe(0);
    expect(collection.first.items).toEqual([]);
  });

  it("uses commenting as the one motivation when there is a comment, classifying otherwise (tags or not)", () => {
    const tagsOnly: AnnotationView = { ...VIEWS[1], tags: ["data"] };
    const [item] = toW3CCollection({ ...EXPORT_INPUT, annotations: [tagsOnly] }).first.items;
    expect(item.motivation).toBe("classifying");
    expect(item.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "evidence" },
      { type: "TextualBody", purpose: "tagging", value: "data" },
    ]);
  });

  it("writes timestamps in UTC with a Z and joins a base URL with trailing slashes cleanly", () => {
    const view: AnnotationView = {
      ...VIEWS[1],
      createdAt: "2025-03-04T14:00:00+02:00",
      updatedAt: "2025-03-04T14:00:00.5+02:00",
    };
    const [item] = toW3CCollection({ ...EXPORT_INPUT, baseUrl: `${BASE}//`, annotations: [view] }).first.items;
    expect(item.created).toBe("2025-03-04T12:00:00.000Z");
    expect(item.modified).toBe("2025-03-04T12:00:00.500Z");
    expect(item.id).toBe(`${BASE}/api/annotations/anno-2`);
    expect(item.creator?.id).toBe(`${BASE}/users/user-ben`);
  });
});
