import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { prefixTsQuery } from "@/lib/annotations/search-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

describe(`annotation search on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** Three of the author's annotations on the sample, one shared, and what `q` finds for `userId`. */
  async function searchFixture(database: Db) {
    const sample = await sampleDocument(database);
    const author = await createUser(database, "Author");
    const reader = await createUser(database, "Reader");
    const boss = await annotate(database, author.id, sample, "knows who the boss is", {
      comment: "Leverage stated bluntly",
      tags: ["rhetoric"],
      visibility: "everyone",
    });
    const talks = await annotate(database, author.id, sample, "restarting formal nuclear negotiations", {
      comment: "A diplomatic track",
    });
    const friction = await annotate(database, author.id, sample, "The friction between", {
      comment: "The negotiation stalls here",
      tags: ["deadlock", "executive-branch"],
    });
    const find = async (userId: string, q: string) =>
      (await listAnnotations(database, userId, sample.id, { q })).map((a) => a.id);
    return { sample, author, reader, boss, talks, friction, find };
  }

  it("finds a word of the quote, of the comment and of a tag", async () => {
    const { author, boss, talks, friction, find } = await searchFixture(db());
    expect(await find(author.id, "boss")).toEqual([boss.id]);
    expect(await find(author.id, "nuclear")).toEqual([talks.id]);
    expect(await find(author.id, "bluntly")).toEqual([boss.id]);
    expect(await find(author.id, "diplomatic")).toEqual([talks.id]);
    expect(await find(author.id, "deadlock")).toEqual([friction.id]);
    expect(await find(author.id, "rhetoric")).toEqual([boss.id]);
    expect(await find(author.id, "branch")).toEqual([friction.id]);
    expect(await find(author.id, "unrelated")).toEqual([]);
  });

  it("matches prefixes while the reader types, every word of the query, in any case", async () => {
    const { author, boss, talks, friction, find } = await searchFixture(db());
    expect(await find(author.id, "bos")).toEqual([boss.id]);
    expect(await find(author.id, "BOSS")).toEqual([boss.id]);
    expect(await find(author.id, "nuc form")).toEqual([talks.id]);
    expect(await find(author.id, "nuclear deadlock")).toEqual([]);
    expect(await find(author.id, "dead")).toEqual([friction.id]);
    expect(await find(author.id, "rhet leverage")).toEqual([boss.id]);
  });

  it("stems English words: a plural finds the singular and back", async () => {
    const { author, talks, friction, find } = await searchFixture(db());
    // "negotiations" is in the quote of `talks`, "negotiation" in the comment of `friction`.
    expect(await find(author.id, "negotiations")).toEqual([friction.id, talks.id]);
    expect(await find(author.id, "negotiation")).toEqual([friction.id, talks.id]);
    expect(await find(author.id, "negotiating")).toEqual([friction.id, talks.id]);
    expect(await find(author.id, "stalled")).toEqual([friction.id]);
  });

  // BUG (reported): a prefix is stemmed as if it were a whole word, and
  // matches only when its stem is a prefix of the text's stem: "negoti" and
  // "negotiation" find "negotiations" (stem "negoti"), but "negotia",
  // "negotiat" … "negotiatio" find nothing, so results vanish and come back
  // while the reader types. Remove `.fails` once search-annotations.ts also
  // matches unstemmed prefixes.
  it("keeps finding a word at every letter while it is typed", async () => {
    const { author, talks, friction, find } = await searchFixture(db());
    const typed: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (let length = 3; length <= "negotiations".length; length++) {
      const prefix = "negotiations".slice(0, length);
      typed[prefix] = await find(author.id, prefix);
      expected[prefix] = [friction.id, talks.id];
    }
    expect(typed).toEqual(expected);
  });

  it("treats tsquery syntax and punctuation in the query as plain text", async () => {
    const { author, boss, find } = await searchFixture(db());
    expect(prefixTsQuery("boss & | ! :*")).toBe("boss:*");
    expect(prefixTsQuery("it's <-> (x)")).toBe("it:* & s:* & x:*");
    expect(prefixTsQuery("&|!")).toBeNull();
    expect(await find(author.id, "boss & | ! :*")).toEqual([boss.id]);
    expect(await find(author.id, "'boss' <-> (who)")).toEqual([boss.id]);
    expect(await find(author.id, '\\\'; drop table "Annotation"; --')).toEqual([]);
    expect(await find(author.id, "&|!")).toEqual([]);
    // A stop word is still a word as typed (the 'simple' index keeps it).
    expect((await find(author.id, "the")).length).toBeGreaterThan(0);
    expect(await find(author.id, "who is the boss")).toEqual([boss.id]);
    expect(await db().annotation.count()).toBe(3);
  });

  it("never finds someone else's private annotation, nor one on another document", async () => {
    const { sample, author, reader, boss, find } = await searchFixture(db());
    expect(await find(reader.id, "negotiation")).toEqual([]);
    expect(await find(reader.id, "deadlock")).toEqual([]);
    expect(await find(reader.id, "boss")).toEqual([boss.id]);
    const copy = await privateDocument(db(), author.id);
    await annotate(db(), author.id, copy, "knows who the boss is", { comment: "deadlock too" });
    expect(await find(author.id, "deadlock")).toHaveLength(1);
    const own = await annotate(db(), reader.id, sample, "Kenji Flores", { comment: "deadlock of mine" });
    expect(await find(reader.id, "deadlock")).toEqual([own.id]);
  });

  it("searches the new comment and tags after an update, and no longer the old ones", async () => {
    const { author, boss, find } = await searchFixture(db());
    await updateAnnotation(db(), author.id, boss.id, { comment: "Patronage made explicit" });
    expect(await find(author.id, "patronage")).toEqual([boss.id]);
    expect(await find(author.id, "bluntly")).toEqual([]);
    expect(await find(author.id, "rhetoric")).toEqual([boss.id]);
    await updateAnnotation(db(), author.id, boss.id, { tags: ["hierarchy"] });
    expect(await find(author.id, "rhetoric")).toEqual([]);
    expect(await find(author.id, "hierarchy")).toEqual([boss.id]);
    expect(await find(author.id, "patronage")).toEqual([boss.id]);
    // The quote stays searchable whatever the comment says.
    expect(await find(author.id, "boss")).toEqual([boss.id]);
    await updateAnnotation(db(), author.id, boss.id, { kind: "objection" });
    expect(await find(author.id, "hierarchy patronage")).toEqual([boss.id]);
  });

  it("does not find a deleted annotation's comment or tags through its placeholder, until it is restored", async () => {
    const { author, reader, boss, find } = await searchFixture(db());
    await addReply(db(), reader.id, boss.id, { body: "Kept thread" });
    await deleteAnnotation(db(), author.id, boss.id);
    // The placeholder is still listed, without its comment and tags...
    expect(await find(reader.id, "boss")).toEqual([boss.id]);
    // ...so its deleted words must not find it either.
    expect(await find(reader.id, "bluntly")).toEqual([]);
    expect(await find(reader.id, "rhetoric")).toEqual([]);
    await restoreAnnotation(db(), author.id, boss.id);
    expect(await find(reader.id, "bluntly")).toEqual([boss.id]);
    expect(await find(reader.id, "rhetoric")).toEqual([boss.id]);
  });
});
