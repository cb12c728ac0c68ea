import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { exportW3CCollection } from "@/lib/annotations/export-w3c";
import { importW3CAnnotations } from "@/lib/annotations/import-w3c";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import type { Db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { SAMPLE_TEXT, annotate, privateDocument, sampleDocument, targetOf } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

const ORIGIN = "https://warrant.example.org";

/** What must survive a round trip: place, kind, comment, tags and the replies' text. */
async function placed(db: Db, userId: string, documentId: string) {
  return (await listAnnotations(db, userId, documentId)).map((a) => ({
    start: a.target.start,
    end: a.target.end,
    exact: a.target.exact,
    kind: a.kind,
    comment: a.comment,
    tags: a.tags,
    replies: a.replies.map((reply) => reply.body),
  }));
}

/** A W3C annotation of `exact` with a quote and a position selector, as another tool might write it. */
function w3cAnnotation(exact: string, start: number, extra: Record<string, unknown> = {}) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:example:${start}`,
    type: "Annotation",
    body: [
      { type: "TextualBody", purpose: "classifying", value: "evidence" },
      { type: "TextualBody", purpose: "commenting", value: `About ${exact}` },
      { type: "TextualBody", purpose: "tagging", value: "imported" },
    ],
    target: {
      source: "https://elsewhere.example/article",
      selector: [
        { type: "TextQuoteSelector", exact, prefix: "", suffix: "" },
        { type: "TextPositionSelector", start, end: start + exact.length },
      ],
    },
    ...extra,
  };
}

describe(`W3C import and export of annotations on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** The author's annotations on the sample, one shared and answered by a reader; the collection the author exports. */
  async function exported(database: Db) {
    const sample = await sampleDocument(database);
    const author = await createUser(database, "Author");
    const reader = await createUser(database, "Reader");
    const boss = await annotate(database, author.id, sample, "knows who the boss is", {
      kind: "claim",
      comment: "Leverage, stated bluntly",
      tags: ["tone", "power"],
      visibility: "everyone",
    });
    await annotate(database, author.id, sample, "knows who the boss is", {
      occurrence: 1,
      kind: "evidence",
      comment: "Quoted again later",
    });
    await annotate(database, author.id, sample, "restarting formal nuclear negotiations", {
      kind: "objection",
      tags: ["iran"],
    });
    await annotate(database, author.id, sample, "Kenji Flores", { kind: "question" });
    await addReply(database, reader.id, boss.id, { body: "Or just bluster?" });
    await addReply(database, author.id, boss.id, { body: "Both." });
    const collection = await exportW3CCollection(database, author.id, sample.id, ORIGIN);
    return { sample, author, reader, collection, original: await placed(database, author.id, sample.id) };
  }

  it("puts imported annotations at the same places in a second copy, with kind, comment, tags and replies", async () => {
    const { sample, collection, original } = await exported(db());
    expect(original.map((a) => [a.start, a.end])).toEqual([
      [301, 322],
      [1713, 1751],
      [3797, 3818],
      [7802, 7814],
    ]);
    const importer = await createUser(db(), "Importer");
    const copy = await privateDocument(db(), importer.id, SAMPLE_TEXT);
    expect(copy.plainText).toBe(sample.plainText);

    // Through JSON, as the file travels.
    const json: unknown = JSON.parse(JSON.stringify(collection));
    expect(await importW3CAnnotations(db(), importer.id, copy.id, json, { visibility: "private" })).toEqual({
      imported: 4,
      orphaned: 0,
      overBudget: 0,
      replies: 2,
    });
    expect(await placed(db(), importer.id, copy.id)).toEqual(original);
    const rows = await db().annotation.findMany({ where: { documentId: copy.id } });
    expect(rows.map((row) => [row.authorId, row.visibility])).toEqual(Array(4).fill([importer.id, "private"]));
    expect(await db().reply.count({ where: { authorId: importer.id } })).toBe(2);
    // The original thread is untouched.
    expect(await db().annotation.count({ where: { documentId: sample.id } })).toBe(4);
  });

  it("shares imported annotations with the document's readers when asked to", async () => {
    const { sample, collection, reader } = await exported(db());
    const importer = await createUser(db(), "Importer");
    await importW3CAnnotations(db(), importer.id, sample.id, collection, { visibility: "everyone" });
    const byImporter = await listAnnotations(db(), reader.id, sample.id, { authorId: importer.id });
    expect(byImporter.map((a) => [a.target.start, a.visibility])).toEqual([
      [301, "everyone"],
      [1713, "everyone"],
      [3797, "everyone"],
      [7802, "everyone"],
    ]);
  });

  it("places annotations fuzzily in a copy where a word of the passage was replaced", async () => {
    const { author, collection } = await exported(db());
    const edited = SAMPLE_TEXT.replace(
      "restarting formal nuclear negotiations",
      "restarting official nuclear negotiations",
    );
    expect(edited).not.toBe(SAMPLE_TEXT);
    const copy = await privateDocument(db(), author.id, edited);
    expect(await importW3CAnnotations(db(), author.id, copy.id, collection, { visibility: "private" })).toMatchObject({
      imported: 4,
      orphaned: 0,
    });
    const passage = targetOf(copy.plainText, "restarting official nuclear negotiations");
    expect(passage.start).toBe(1713);
    expect((await placed(db(), author.id, copy.id)).map((a) => [a.start, a.end, a.exact, a.kind])).toEqual([
      [301, 322, "knows who the boss is", "claim"],
      [1713, 1753, "restarting official nuclear negotiations", "objection"],
      // Two characters longer before them: found by quote, not by the old offsets.
      [3799, 3820, "knows who the boss is", "evidence"],
      [7804, 7816, "Kenji Flores", "question"],
    ]);
  });

  it("keeps an annotation whose quote is nowhere in the text as an orphan", async () => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const input = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: [
        w3cAnnotation("knows who the boss is", 1000),
        w3cAnnotation("a sentence that this article never contains", 40),
      ],
    };
    expect(await importW3CAnnotations(db(), owner.id, document.id, input, { visibility: "private" })).toEqual({
      imported: 2,
      orphaned: 1,
      overBudget: 0,
      replies: 0,
    });
    const rows = await db().annotation.findMany({ where: { documentId: document.id }, orderBy: { start: "asc" } });
    expect(rows.map((row) => [row.exact, row.start, row.end, row.kind, row.comment, row.tags])).toEqual([
      [
        "a sentence that this article never contains",
        40,
        83,
        "evidence",
        "About a sentence that this article never contains",
        ["imported"],
      ],
      ["knows who the boss is", 301, 322, "evidence", "About knows who the boss is", ["imported"]],
    ]);
  });

  it("exports each annotation as a W3C Annotation with quote and position selectors and typed bodies", async () => {
    const { sample, collection } = await exported(db());
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 6,
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    const [boss, firstReply] = collection.first.items;
    expect(boss).toMatchObject({
      type: "Annotation",
      body: [
        { type: "TextualBody", purpose: "classifying", value: "claim" },
        { type: "TextualBody", purpose: "commenting", value: "Leverage, stated bluntly", format: "text/plain" },
        { type: "TextualBody", purpose: "tagging", value: "tone" },
        { type: "TextualBody", purpose: "tagging", value: "power" },
      ],
      target: {
        source: `${ORIGIN}/documents/${sample.id}`,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: "knows who the boss is",
            prefix: 'me Minister Benjamin Netanyahu "',
            suffix: '." This statement, while deliver',
          },
          { type: "TextPositionSelector", start: 301, end: 322 },
        ],
      },
    });
    expect(firstReply).toMatchObject({ motivation: "replying", target: boss!.id });
  });

  // BUG (reported): importW3CAnnotations ignores parsed.placeholders, so the
  // replies of an exported deleted placeholder (an as:Tombstone) are dropped
  // silently. Remove `.fails` once the importer keeps them.
  it("keeps the replies of a deleted placeholder through export and import", async () => {
    const { sample, author } = await exported(db());
    const [boss] = await listAnnotations(db(), author.id, sample.id);
    await deleteAnnotation(db(), author.id, boss!.id);
    const collection = await exportW3CCollection(db(), author.id, sample.id, ORIGIN);
    expect(collection.first.items[0]).toMatchObject({ type: ["Annotation", "as:Tombstone"] });
    const copy = await privateDocument(db(), author.id);
    const result = await importW3CAnnotations(db(), author.id, copy.id, collection, { visibility: "private" });
    expect(result.replies).toBe(2);
    const [placeholder] = await listAnnotations(db(), author.id, copy.id);
    expect(placeholder).toMatchObject({ deleted: true, target: { start: 301, end: 322 } });
    expect(placeholder!.replies.map((reply) => reply.body)).toEqual(["Or just bluster?", "Both."]);
  });

  const quoteless = { ...w3cAnnotation("knows", 301), target: { selector: { type: "CssSelector", value: "p" } } };
  const backwards = {
    ...w3cAnnotation("knows", 301),
    target: {
      selector: [
        { type: "TextQuoteSelector", exact: "knows" },
        { type: "TextPositionSelector", start: 306, end: 301 },
      ],
    },
  };
  const NOT_AN_ANNOTATION = 'Each item must be an Annotation (type "Annotation").';
  it.each([
    ["a number in the list", 42, "[1]", NOT_AN_ANNOTATION],
    ["something that is not an annotation", { type: "Person", name: "Ada" }, "[1].type", NOT_AN_ANNOTATION],
    ["a target without a quote", quoteless, "[1].target.selector", /needs a TextQuoteSelector/],
    [
      "a position selector ending before it starts",
      backwards,
      "[1].target.selector[1].end",
      "a TextPositionSelector's start and end must be whole numbers with 0 ≤ start < end",
    ],
    [
      "an unknown kind",
      { ...w3cAnnotation("knows", 301), body: { purpose: "classifying", value: "rant" } },
      "[1].body.value",
      "kind must be one of: claim, premise, evidence, objection, question, note",
    ],
    [
      "a 51-character tag",
      { ...w3cAnnotation("knows", 301), body: [{ purpose: "tagging", value: "x".repeat(51) }] },
      "[1].body[0].value",
      "each tag must be at most 50 characters",
    ],
  ])("refuses %s, saving nothing of the batch", async (_name, bad, field, message) => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    await annotate(db(), owner.id, document, "Kenji Flores");
    const batch = [w3cAnnotation("knows who the boss is", 301), bad];
    const error = await errorOf(importW3CAnnotations(db(), owner.id, document.id, batch, { visibility: "private" }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe(field);
    expect((error as InvalidInputError).message).toMatch(message);
    expect(await db().annotation.count()).toBe(1);
    expect(await db().reply.count()).toBe(0);
  });

  it("refuses input that is not W3C annotation data at all, naming the whole body", async () => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    for (const input of [42, "text", null, { hello: "world" }]) {
      const error = await errorOf(importW3CAnnotations(db(), owner.id, document.id, input, { visibility: "private" }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({
        field: "body",
        message: expect.stringMatching(/^This is not W3C Web Annotation data/),
      });
    }
    const noContext = { type: "Annotation", target: w3cAnnotation("Kenji", 7802).target };
    expect(
      await errorOf(importW3CAnnotations(db(), owner.id, document.id, noContext, { visibility: "private" })),
    ).toMatchObject({
      field: "@context",
    });
    expect(await db().annotation.count()).toBe(0);
  });

  it("refuses to import into a document the importer cannot read", async () => {
    const owner = await createUser(db());
    const stranger = await createUser(db());
    const document = await privateDocument(db(), owner.id);
    const error = await errorOf(
      importW3CAnnotations(db(), stranger.id, document.id, w3cAnnotation("knows who the boss is", 301), {
        visibility: "private",
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await db().annotation.count()).toBe(0);
  });
});
