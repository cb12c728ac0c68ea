import { describe, expect, it } from "vitest";
import { importW3CAnnotations } from "@/lib/annotations/import-w3c";
import type { Db } from "@/lib/db/client";
import { getDocument } from "@/lib/documents/get-document";
import { updateDocumentContent } from "@/lib/documents/update-document-content";
import { seededRandom } from "../support/seeded-random";
import { SAMPLE_TEXT, privateDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// Quote searches are bounded per request, and a document save runs them
// before its transaction opens: an open transaction holds the document's row
// (and, on PGlite, every other query) until it commits.

/** `count` quotes of 120 random letters: nowhere in any text, so each is searched for through all of it. */
function absentQuotes(count: number): string[] {
  const random = seededRandom(11);
  const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
  return Array.from({ length: count }, () => Array.from({ length: 120 }, letter).join(""));
}

/** A 160,000-unit document of `ownerId` with 400 annotations whose quotes are not in it. */
async function documentWithLostQuotes(db: Db, ownerId: string) {
  const document = await privateDocument(db, ownerId, Array.from({ length: 20 }, () => SAMPLE_TEXT).join("\n\n"));
  const quotes = absentQuotes(400);
  await db.annotation.createMany({
    data: quotes.map((exact, i) => {
      const start = (i * 397) % (document.plainText.length - 200);
      return {
        documentId: document.id,
        authorId: ownerId,
        kind: "claim" as const,
        exact,
        prefix: "",
        suffix: "",
        start,
        end: start + exact.length,
        searchText: exact,
      };
    }),
  });
  return { document, quotes };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`bounded re-anchoring on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("places a save's annotations before its transaction: the document's row stays free meanwhile", async () => {
    const owner = await createUser(db());
    const { document } = await documentWithLostQuotes(db(), owner.id);
    const loaded = await getDocument(db(), owner.id, document.id);
    const content = structuredClone(loaded.content) as { content: { content?: { text: string }[] }[] };
    content.content[1]!.content![0]!.text = "A new opening sentence.";

    const done: string[] = [];
    const saving = updateDocumentContent(db(), owner.id, document.id, { version: 1, content }).then((result) => {
      done.push("save");
      return result;
    });
    // Well into the quote search (seconds of it), lock the row the save's transaction locks.
    await sleep(500);
    await db().$queryRaw`select id from "Document" where id = ${document.id}::uuid for update`;
    done.push("row lock");
    const result = await saving;
    // Had the search run inside the transaction, the lock would have waited for it to commit.
    expect(done).toEqual(["row lock", "save"]);
    expect(result.version).toBe(2);
    expect(result.annotations.moved).toBe(0);
    expect(result.annotations.orphaned).toBe(400);
  });

  it("stops searching when the save's budget is spent, and says how many annotations were left unsearched", async () => {
    const owner = await createUser(db());
    const { document, quotes } = await documentWithLostQuotes(db(), owner.id);
    const loaded = await getDocument(db(), owner.id, document.id);
    const { annotations } = await updateDocumentContent(db(), owner.id, document.id, {
      version: 1,
      content: loaded.content as Record<string, unknown>,
    });
    expect(annotations.overBudget).toBeGreaterThan(0);
    expect(annotations.overBudget).toBeLessThan(quotes.length);
    expect(annotations.orphaned).toBe(quotes.length);
    // Nothing is lost: every annotation keeps its selectors.
    const kept = await db().annotation.findMany({ where: { documentId: document.id }, select: { exact: true } });
    expect(kept.map((row) => row.exact).sort()).toEqual([...quotes].sort());
  });

  it("imports the annotations a W3C import's budget leaves unsearched as orphans, and counts them", async () => {
    const owner = await createUser(db());
    const document = await privateDocument(db(), owner.id, Array.from({ length: 20 }, () => SAMPLE_TEXT).join("\n\n"));
    const quotes = absentQuotes(400);
    const page = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: quotes.map((exact, i) => ({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: `urn:example:${i}`,
        type: "Annotation",
        body: [{ type: "TextualBody", purpose: "commenting", value: `Note ${i}` }],
        target: {
          source: "https://elsewhere.example/article",
          selector: [
            { type: "TextQuoteSelector", exact, prefix: "", suffix: "" },
            { type: "TextPositionSelector", start: i * 300, end: i * 300 + exact.length },
          ],
        },
      })),
    };
    const result = await importW3CAnnotations(db(), owner.id, document.id, page, { visibility: "private" });
    expect(result).toMatchObject({ imported: 400, orphaned: 400 });
    expect(result.overBudget).toBeGreaterThan(0);
    expect(result.overBudget).toBeLessThan(400);
    expect(await db().annotation.count({ where: { documentId: document.id } })).toBe(400);
  });
});
