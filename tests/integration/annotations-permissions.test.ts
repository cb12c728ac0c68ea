import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { exportW3CCollection } from "@/lib/annotations/export-w3c";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

type Outcome = "ok" | "not found" | "forbidden";

type Case = {
  /** The sample is readable by everyone; "private" is a document of the author's that only they can read. */
  document: "sample" | "private";
  visibility: AnnotationVisibility;
  caller: "author" | "other reader" | "stranger";
  /** listAnnotations and exportW3CCollection: the annotation is listed, left out, or the whole document is not found. */
  read: "listed" | "left out" | "not found";
  /** Annotating the same document themselves. */
  create: Outcome;
  reply: Outcome;
  edit: Outcome;
  delete: Outcome;
  restore: Outcome;
};

const own = { read: "listed", create: "ok", reply: "ok", edit: "ok", delete: "ok", restore: "ok" } as const;
const unseen = {
  create: "not found",
  reply: "not found",
  edit: "not found",
  delete: "not found",
  restore: "not found",
} as const;

const MATRIX: Case[] = [
  { document: "sample", visibility: "private", caller: "author", ...own },
  { document: "sample", visibility: "everyone", caller: "author", ...own },
  { document: "private", visibility: "private", caller: "author", ...own },
  { document: "private", visibility: "everyone", caller: "author", ...own },
  { document: "sample", visibility: "private", caller: "other reader", read: "left out", ...unseen, create: "ok" },
  {
    document: "sample",
    visibility: "everyone",
    caller: "other reader",
    read: "listed",
    create: "ok",
    reply: "ok",
    edit: "forbidden",
    delete: "forbidden",
    restore: "forbidden",
  },
  { document: "private", visibility: "private", caller: "stranger", read: "not found", ...unseen },
  { document: "private", visibility: "everyone", caller: "stranger", read: "not found", ...unseen },
];

function nameOf(row: Case): string {
  const { document, visibility, caller, ...outcomes } = row;
  const list = Object.entries(outcomes).map(([operation, outcome]) => `${operation}: ${outcome}`);
  return `${caller}, ${visibility} annotation in the ${document} document → ${list.join(", ")}`;
}

const ORIGIN = "https://warrant.example.org";

/** "ok", or which of our errors the call threw (anything else fails the test). */
async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof NotFoundError) return "not found";
    if (error instanceof ForbiddenError) return "forbidden";
    throw error;
  }
}

describe(`annotation permissions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it.each(MATRIX.map((row) => [nameOf(row), row] as const))("%s", async (_name, row) => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const other = await createUser(db(), "Other");
    const document = row.document === "sample" ? sample : await privateDocument(db(), author.id);
    const annotation = await annotate(db(), author.id, document, "knows who the boss is", {
      comment: "original",
      tags: ["original"],
      visibility: row.visibility,
    });
    const caller = row.caller === "author" ? author : other;
    const stored = () => db().annotation.findUniqueOrThrow({ where: { id: annotation.id } });

    // read: the list and the W3C export show the same
    const listed = await outcomeOf(listAnnotations(db(), caller.id, document.id));
    const exported = await outcomeOf(exportW3CCollection(db(), caller.id, document.id, ORIGIN));
    expect(exported).toBe(listed);
    if (listed === "ok") {
      const ids = (await listAnnotations(db(), caller.id, document.id)).map((a) => a.id);
      expect(ids.includes(annotation.id) ? "listed" : "left out").toBe(row.read);
      const collection = await exportW3CCollection(db(), caller.id, document.id, ORIGIN);
      const iris = collection.first.items.map((item) => item.id);
      expect(iris).toEqual(ids.map((id) => `${ORIGIN}/api/annotations/${id}`));
    } else {
      expect(listed).toBe(row.read);
    }

    // create their own annotation on the same document
    expect(await outcomeOf(annotate(db(), caller.id, document, "Benjamin Netanyahu"))).toBe(row.create);
    expect(await db().annotation.count({ where: { authorId: caller.id, exact: "Benjamin Netanyahu" } })).toBe(
      row.create === "ok" ? 1 : 0,
    );

    // reply
    expect(await outcomeOf(addReply(db(), caller.id, annotation.id, { body: "A reply" }))).toBe(row.reply);
    expect(await db().reply.count({ where: { annotationId: annotation.id } })).toBe(row.reply === "ok" ? 1 : 0);

    // edit
    expect(await outcomeOf(updateAnnotation(db(), caller.id, annotation.id, { comment: "edited" }))).toBe(row.edit);
    expect((await stored()).comment).toBe(row.edit === "ok" ? "edited" : "original");

    // delete
    expect(await outcomeOf(deleteAnnotation(db(), caller.id, annotation.id))).toBe(row.delete);
    expect((await stored()).deletedAt === null).toBe(row.delete !== "ok");

    // restore (of an annotation its author deleted)
    if (row.delete !== "ok") await deleteAnnotation(db(), author.id, annotation.id);
    expect(await outcomeOf(restoreAnnotation(db(), caller.id, annotation.id))).toBe(row.restore);
    expect((await stored()).deletedAt === null).toBe(row.restore === "ok");
  });

  it("exports only what the caller may see, replies included", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const hidden = await annotate(db(), author.id, sample, "knows who the boss is", { comment: "private note" });
    const shared = await annotate(db(), author.id, sample, "Benjamin Netanyahu", { visibility: "everyone" });
    const readers = await annotate(db(), reader.id, sample, "Kenji Flores", { kind: "question" });
    const reply = await addReply(db(), reader.id, shared.id, { body: "Who else?" });
    const iris = async (userId: string) =>
      (await exportW3CCollection(db(), userId, sample.id, ORIGIN)).first.items.map((item) => item.id);
    const iri = (id: string) => `${ORIGIN}/api/annotations/${id}`;
    expect(await iris(author.id)).toEqual([iri(shared.id), `${iri(shared.id)}/replies/${reply.id}`, iri(hidden.id)]);
    expect(await iris(reader.id)).toEqual([iri(shared.id), `${iri(shared.id)}/replies/${reply.id}`, iri(readers.id)]);
    const json = JSON.stringify(await exportW3CCollection(db(), reader.id, sample.id, ORIGIN));
    expect(json).not.toContain("private note");
    expect(json).not.toContain(hidden.id);
  });

  it("tells apart not found and forbidden with the messages the API returns", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const reader = await createUser(db());
    const hidden = await annotate(db(), author.id, sample, "knows who the boss is");
    const shared = await annotate(db(), author.id, sample, "Benjamin Netanyahu", { visibility: "everyone" });
    await expect(updateAnnotation(db(), reader.id, hidden.id, { comment: "x" })).rejects.toThrow(
      new NotFoundError("Annotation not found"),
    );
    await expect(updateAnnotation(db(), reader.id, shared.id, { comment: "x" })).rejects.toThrow(
      new ForbiddenError("Only the author can change this annotation"),
    );
    // A malformed id or a missing one look the same as someone else's private annotation.
    await expect(updateAnnotation(db(), reader.id, "not-a-uuid", { comment: "x" })).rejects.toThrow(NotFoundError);
    await expect(
      addReply(db(), reader.id, "00000000-0000-4000-8000-000000000000", { body: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("makes an annotation shared or private again when its author changes the visibility", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const reader = await createUser(db());
    const annotation = await annotate(db(), author.id, sample, "knows who the boss is");
    const seenBy = async (userId: string) => (await listAnnotations(db(), userId, sample.id)).map((a) => a.id);
    expect(await seenBy(reader.id)).toEqual([]);
    await updateAnnotation(db(), author.id, annotation.id, { visibility: "everyone" });
    expect(await seenBy(reader.id)).toEqual([annotation.id]);
    await updateAnnotation(db(), author.id, annotation.id, { visibility: "private" });
    expect(await seenBy(reader.id)).toEqual([]);
    expect(await seenBy(author.id)).toEqual([annotation.id]);
  });
});
