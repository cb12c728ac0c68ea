import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { listAnnotations, listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import type { Db } from "@/lib/db/client";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`listing annotations on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("lists in document order: by start, the longer of two passages first, then by creation", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const phrases = [
      "Kenji Flores",
      "knows who the boss is",
      "Benjamin Netanyahu",
      'Benjamin Netanyahu "knows who the boss is."',
      "The friction between",
    ];
    for (const phrase of phrases) await annotate(db(), author.id, sample, phrase);
    await annotate(db(), author.id, sample, "knows who the boss is", { comment: "second" });
    await annotate(db(), author.id, sample, "knows who the boss is", { occurrence: 1 });

    const listed = await listAnnotations(db(), author.id, sample.id);
    expect(listed.map((a) => [a.target.start, a.target.exact, a.comment])).toEqual([
      [281, 'Benjamin Netanyahu "knows who the boss is."', ""],
      [281, "Benjamin Netanyahu", ""],
      [301, "knows who the boss is", ""],
      [301, "knows who the boss is", "second"],
      [1062, "The friction between", ""],
      [3797, "knows who the boss is", ""],
      [7802, "Kenji Flores", ""],
    ]);
  });

  it("filters by kind, author and tag, within what the caller may see", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const shared = { visibility: "everyone" } as const;
    await annotate(db(), author.id, sample, "knows who the boss is", { ...shared, kind: "claim", tags: ["power"] });
    await annotate(db(), author.id, sample, "Benjamin Netanyahu", { kind: "evidence", tags: ["power"] });
    await annotate(db(), author.id, sample, "The friction between", { ...shared, kind: "evidence", tags: ["Power"] });
    await annotate(db(), reader.id, sample, "Kenji Flores", { ...shared, kind: "question", tags: ["power", "x"] });

    const exacts = async (userId: string, filter: Parameters<typeof listAnnotations>[3]) =>
      (await listAnnotations(db(), userId, sample.id, filter)).map((a) => a.target.exact);
    expect(await exacts(author.id, { kind: "evidence" })).toEqual(["Benjamin Netanyahu", "The friction between"]);
    expect(await exacts(reader.id, { kind: "evidence" })).toEqual(["The friction between"]);
    expect(await exacts(reader.id, { authorId: author.id })).toEqual(["knows who the boss is", "The friction between"]);
    expect(await exacts(author.id, { authorId: reader.id })).toEqual(["Kenji Flores"]);
    expect(await exacts(author.id, { tag: "power" })).toEqual([
      "Benjamin Netanyahu",
      "knows who the boss is",
      "Kenji Flores",
    ]);
    expect(await exacts(reader.id, { tag: "power", kind: "question" })).toEqual(["Kenji Flores"]);
    expect(await exacts(reader.id, { tag: "Power" })).toEqual(["The friction between"]);
    expect(await exacts(reader.id, { tag: "pow" })).toEqual([]);
  });

  it("lists 2,000 annotations, all of them, in document order", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db());
    const text = sample.plainText;
    // 7919 is prime and does not divide 7950, so the starts are distinct and unsorted.
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const start = (i * 7919) % 7950;
      const end = start + 1 + (i % 10);
      const exact = text.slice(start, end);
      return {
        documentId: sample.id,
        authorId: author.id,
        kind: "note" as const,
        exact,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        start,
        end,
        searchText: exact,
      };
    });
    expect(text.length).toBeGreaterThan(7960);
    expect((await db().annotation.createMany({ data: rows })).count).toBe(2000);

    const listed = await listAnnotations(db(), author.id, sample.id);
    expect(listed).toHaveLength(2000);
    const expected = [...rows].sort((a, b) => a.start - b.start);
    expect(listed.map((a) => [a.target.start, a.target.end, a.target.exact])).toEqual(
      expected.map((r) => [r.start, r.end, r.exact]),
    );
    expect(new Set(listed.map((a) => a.id)).size).toBe(2000);
  });
});

describe(`what listing annotations reads on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** `database` with every query's result written down, as the application process receives it. */
  function observed(database: Db) {
    const received: string[] = [];
    const client = database.$extends({
      query: {
        async $allOperations({ args, query }) {
          const result = await query(args);
          received.push(JSON.stringify(result));
          return result;
        },
      },
    }) as unknown as Db;
    return { client, received };
  }

  it("never reads the replies under annotations the caller cannot see, however long the list", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const reader = await createUser(db(), "Reader");
    const secret = await annotate(db(), author.id, sample, "knows who the boss is", { comment: "mine alone" });
    await addReply(db(), author.id, secret.id, { body: "A note to self under a private annotation" });
    const shared = await annotate(db(), author.id, sample, "Benjamin Netanyahu", { visibility: "everyone" });
    await addReply(db(), reader.id, shared.id, { body: "A reply everyone sees" });
    // Past 100 listed annotations the list once read the whole document's replies.
    await db().annotation.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({
        documentId: sample.id,
        authorId: reader.id,
        kind: "note" as const,
        visibility: "everyone" as const,
        exact: sample.plainText.slice(i, i + 5),
        prefix: "",
        suffix: "",
        start: i,
        end: i + 5,
        searchText: "",
      })),
    });

    const { client, received } = observed(db());
    const { annotations } = await listAnnotationsAsOf(client, reader.id, sample.id);
    expect(annotations).toHaveLength(151);
    expect(annotations.find((a) => a.id === shared.id)?.replies.map((r) => r.body)).toEqual(["A reply everyone sees"]);
    const read = (body: string) => received.some((result) => result.includes(body));
    expect(read("A reply everyone sees")).toBe(true);
    expect(read("A note to self")).toBe(false);

    const few = await listAnnotations(client, reader.id, sample.id, { kind: "claim" });
    expect(few.map((a) => a.id)).toEqual([shared.id]);
    expect(read("A note to self")).toBe(false);

    // The author still gets their own thread.
    const own = await listAnnotations(db(), author.id, sample.id);
    expect(own.find((a) => a.id === secret.id)?.replies.map((r) => r.body)).toEqual([
      "A note to self under a private annotation",
    ]);
  });
});
