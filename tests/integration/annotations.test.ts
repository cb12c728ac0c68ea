import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { ZAnnotationCreate } from "@/lib/validation/annotation";
import { annotate, privateDocument, sampleDocument, targetOf } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

describe(`annotations on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("stores a passage with prefix and suffix taken from the document's text, not the client's", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const target = { ...targetOf(sample.plainText, "knows who the boss is"), prefix: "forged", suffix: "" };
    const input = ZAnnotationCreate.parse({
      kind: "claim",
      comment: "Leverage, stated bluntly",
      tags: ["tone"],
      target,
    });
    const view = await createAnnotation(db(), author.id, sample.id, input);

    const row = await db().annotation.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({
      documentId: sample.id,
      authorId: author.id,
      kind: "claim",
      comment: "Leverage, stated bluntly",
      tags: ["tone"],
      visibility: "private",
      exact: "knows who the boss is",
      prefix: 'me Minister Benjamin Netanyahu "',
      suffix: '." This statement, while deliver',
      start: 301,
      end: 322,
      searchText: "knows who the boss is\nLeverage, stated bluntly\ntone",
      deletedAt: null,
    });
    expect(view).toMatchObject({
      author: { id: author.id, name: "Author" },
      target: { prefix: 'me Minister Benjamin Netanyahu "', suffix: '." This statement, while deliver', start: 301 },
      deleted: false,
      replies: [],
    });
  });

  it("keeps shorter context at the very start and end of the text", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const first = await annotate(db(), author.id, sample, "The Asymmetry of Patronage");
    const last = await annotate(db(), author.id, sample, "connect with and understand.");
    expect(first.target).toEqual({
      exact: "The Asymmetry of Patronage",
      prefix: "",
      suffix: ": Quantifying the Fracture in US",
      start: 0,
      end: 26,
    });
    expect(last.target).toEqual({
      exact: "connect with and understand.",
      prefix: "bjects into stories readers can ",
      suffix: "",
      start: sample.plainText.length - 28,
      end: sample.plainText.length,
    });
  });

  it("never cuts a character outside the BMP in half when it takes the context", async () => {
    const author = await createUser(db());
    const emoji = "\u{1F600}".repeat(20);
    const document = await privateDocument(db(), author.id, `Emoji\n\n${emoji} knows ${emoji}`);
    const view = await annotate(db(), author.id, document, "knows");
    const row = await db().annotation.findUniqueOrThrow({ where: { id: view.id } });
    // 32 code units would start (end) inside a surrogate pair: one fewer is taken.
    expect([row.prefix, row.suffix]).toEqual([`${"\u{1F600}".repeat(15)} `, ` ${"\u{1F600}".repeat(15)}`]);
    expect([view.target.prefix, view.target.suffix]).toEqual([row.prefix, row.suffix]);
  });

  const base = { kind: "claim", target: { exact: "knows", prefix: "", suffix: "", start: 301, end: 306 } };
  it.each([
    [
      "an unknown kind",
      { ...base, kind: "rant" },
      ["kind"],
      "kind must be one of: claim, premise, evidence, objection, question, note",
    ],
    [
      "an empty quote",
      { ...base, target: { ...base.target, exact: "" } },
      ["target", "exact"],
      "the selected text is empty",
    ],
    [
      "end equal to start",
      { ...base, target: { ...base.target, end: 301 } },
      ["target", "end"],
      "end must be after start",
    ],
    [
      "end before start",
      { ...base, target: { ...base.target, end: 300 } },
      ["target", "end"],
      "end must be after start",
    ],
    [
      "a negative start",
      { ...base, target: { ...base.target, start: -1 } },
      ["target", "start"],
      "Too small: expected number to be >=0",
    ],
    [
      "a fractional start",
      { ...base, target: { ...base.target, start: 1.5 } },
      ["target", "start"],
      "Invalid input: expected int, received number",
    ],
    [
      "a 33-character prefix",
      { ...base, target: { ...base.target, prefix: "x".repeat(33) } },
      ["target", "prefix"],
      "Too big: expected string to have <=32 characters",
    ],
    [
      "a comment of 10,001 characters",
      { ...base, comment: "x".repeat(10_001) },
      ["comment"],
      "comment must be at most 10000 characters",
    ],
    ["21 tags", { ...base, tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, ["tags"], "at most 20 tags"],
    [
      "a 51-character tag",
      { ...base, tags: ["ok", "x".repeat(51)] },
      ["tags", 1],
      "each tag must be at most 50 characters",
    ],
    ["a blank tag", { ...base, tags: ["   "] }, ["tags", 0], "tags cannot be empty"],
    [
      "an unknown visibility",
      { ...base, visibility: "public" },
      ["visibility"],
      "visibility must be one of: private, group, everyone",
    ],
  ])("rejects %s through ZAnnotationCreate", (_name, input, path, message) => {
    const result = ZAnnotationCreate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
  });

  it("accepts the limits themselves: 10,000 characters of comment, 20 tags of 50, deduplicated after trimming", () => {
    const tags = [...Array.from({ length: 19 }, (_, i) => `tag${i}`), ` ${"y".repeat(50)} `];
    const parsed = ZAnnotationCreate.parse({ ...base, comment: "x".repeat(10_000), tags });
    expect(parsed.tags).toHaveLength(20);
    expect(parsed.tags[19]).toBe("y".repeat(50));
    expect(ZAnnotationCreate.parse({ ...base, tags: [" a", "a ", "b"] }).tags).toEqual(["a", "b"]);
    expect(ZAnnotationCreate.parse(base)).toMatchObject({ comment: "", tags: [], visibility: "private" });
  });

  it("refuses a target that does not fit the text or an unreadable document, saving nothing", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const stranger = await createUser(db(), "Stranger");
    const length = sample.plainText.length;
    const tail = sample.plainText.slice(length - 5);
    const pastEnd = ZAnnotationCreate.parse({
      kind: "claim",
      target: { exact: `${tail}!`, prefix: "", suffix: "", start: length - 5, end: length + 1 },
    });
    const pastEndError = await errorOf(createAnnotation(db(), author.id, sample.id, pastEnd));
    expect(pastEndError).toBeInstanceOf(InvalidInputError);
    expect(pastEndError).toMatchObject({
      field: "target.end",
      message: `target.end is past the end of the document (${length} characters)`,
    });

    const shifted = { ...targetOf(sample.plainText, "knows who the boss is"), start: 302, end: 323 };
    const mismatch = await errorOf(
      createAnnotation(db(), author.id, sample.id, ZAnnotationCreate.parse({ kind: "claim", target: shifted })),
    );
    expect(mismatch).toBeInstanceOf(InvalidInputError);
    expect(mismatch).toMatchObject({ field: "target.exact" });

    const mine = await privateDocument(db(), author.id);
    const valid = ZAnnotationCreate.parse({ kind: "note", target: targetOf(mine.plainText, "knows who the boss is") });
    expect(await errorOf(createAnnotation(db(), stranger.id, mine.id, valid))).toBeInstanceOf(NotFoundError);
    expect(await errorOf(createAnnotation(db(), author.id, "not-a-uuid", valid))).toBeInstanceOf(NotFoundError);
    expect(await db().annotation.count()).toBe(0);
  });

  it("removes a deleted annotation without replies from the list, and restores it on undo", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const kept = await annotate(db(), author.id, sample, "Benjamin Netanyahu");
    const gone = await annotate(db(), author.id, sample, "knows who the boss is", { comment: "c", tags: ["t"] });

    expect(await deleteAnnotation(db(), author.id, gone.id)).toEqual({ id: gone.id, placeholder: false });
    expect((await listAnnotations(db(), author.id, sample.id)).map((a) => a.id)).toEqual([kept.id]);
    expect((await db().annotation.findUniqueOrThrow({ where: { id: gone.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await errorOf(deleteAnnotation(db(), author.id, gone.id))).toBeInstanceOf(NotFoundError);
    expect(await errorOf(updateAnnotation(db(), author.id, gone.id, { comment: "x" }))).toBeInstanceOf(NotFoundError);

    const restored = await restoreAnnotation(db(), author.id, gone.id);
    expect(restored).toMatchObject({ id: gone.id, comment: "c", tags: ["t"], deleted: false });
    expect((await listAnnotations(db(), author.id, sample.id)).map((a) => a.id)).toEqual([kept.id, gone.id]);
  });

  it("keeps a deleted annotation with replies as an empty placeholder holding its thread", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const annotation = await annotate(db(), author.id, sample, "knows who the boss is", {
      comment: "Leverage",
      tags: ["tone", "power"],
      visibility: "everyone",
    });
    const reply = await addReply(db(), reader.id, annotation.id, { body: "Or bluster?" });

    expect(await deleteAnnotation(db(), author.id, annotation.id)).toEqual({ id: annotation.id, placeholder: true });
    const [placeholder, ...rest] = await listAnnotations(db(), reader.id, sample.id);
    expect(rest).toEqual([]);
    expect(placeholder).toMatchObject({
      id: annotation.id,
      deleted: true,
      comment: "",
      tags: [],
      kind: "claim",
      target: { exact: "knows who the boss is", start: 301, end: 322 },
      replies: [{ id: reply.id, body: "Or bluster?", author: { id: reader.id, name: "Reader" } }],
    });
    expect(await db().reply.count()).toBe(1);
    // Its tags are gone with it: filtering by one does not bring the placeholder back.
    expect(await listAnnotations(db(), reader.id, sample.id, { tag: "power" })).toEqual([]);
    expect((await listAnnotations(db(), reader.id, sample.id, { kind: "claim" })).map((a) => a.id)).toEqual([
      annotation.id,
    ]);

    expect(await errorOf(addReply(db(), reader.id, annotation.id, { body: "Hello?" }))).toBeInstanceOf(NotFoundError);
    expect(await errorOf(addReply(db(), author.id, annotation.id, { body: "Hello?" }))).toBeInstanceOf(NotFoundError);
    expect(await db().reply.count()).toBe(1);

    await restoreAnnotation(db(), author.id, annotation.id);
    const [back] = await listAnnotations(db(), reader.id, sample.id);
    expect(back).toMatchObject({ deleted: false, comment: "Leverage", tags: ["tone", "power"] });
    expect(back!.replies.map((r) => r.body)).toEqual(["Or bluster?"]);
    expect((await listAnnotations(db(), reader.id, sample.id, { tag: "power" })).map((a) => a.id)).toEqual([
      annotation.id,
    ]);
  });
});
