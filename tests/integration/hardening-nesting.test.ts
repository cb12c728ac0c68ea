import { describe, expect, it } from "vitest";
import { createDocument } from "@/lib/documents/create-document";
import { updateDocumentContent } from "@/lib/documents/update-document-content";
import { MAX_DOCUMENT_DEPTH, TOO_DEEP } from "@/lib/editor/document-depth";
import { MAX_TITLE_LENGTH } from "@/lib/editor/document-title";
import { InvalidInputError } from "@/lib/errors";
import { ZDocumentContentUpdate } from "@/lib/validation/document";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// Deep nesting used to reach the database: 500 nested quotes gave a 500,
// and near 900 levels jsonb's parser overflows, which can leave PGlite
// unusable until a restart. Now every way in refuses it with a 400 that
// says why, writes nothing, and the database carries on.

const nestedHtml = (levels: number) => `${"<blockquote>".repeat(levels)}<p>deep</p>${"</blockquote>".repeat(levels)}`;

function nestedJson(levels: number, title = "T"): Record<string, unknown> {
  let node: Record<string, unknown> = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [{ type: "title", content: [{ type: "text", text: title }] }, node] };
}

async function refusal(call: Promise<unknown>): Promise<InvalidInputError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

describe(`nesting and title limits on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("refuses imports nested too deeply, saves nothing, and the database still works", async () => {
    const owner = await createUser(db());
    for (const input of [
      { format: "html" as const, text: nestedHtml(500) },
      { format: "html" as const, text: nestedHtml(1_000) },
      { format: "markdown" as const, text: `${"> ".repeat(1_000)}deep` },
    ]) {
      const error = await refusal(createDocument(db(), owner.id, input));
      expect(error.message).toBe(TOO_DEEP);
    }
    expect(await db().document.count()).toBe(0);
    expect(await db().documentEvent.count()).toBe(0);
    const ok = await createDocument(db(), owner.id, { format: "html", text: nestedHtml(30) });
    expect(await db().document.findUnique({ where: { id: ok.id }, select: { plainText: true } })).toEqual({
      plainText: "Untitled\n\ndeep",
    });
  });

  it("refuses a save nested too deeply (400 with the reason), leaves the document as it was, and saves after", async () => {
    const owner = await createUser(db());
    const { id } = await createDocument(db(), owner.id, { format: "text", text: "Title\n\nBody." });
    const before = await db().document.findUniqueOrThrow({ where: { id } });
    // What PUT /api/documents/{id} validates its body with.
    const parsed = ZDocumentContentUpdate.safeParse({ version: 1, content: nestedJson(900) });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["content"], message: TOO_DEEP });
    // The use case, called without the route's schema, refuses too.
    for (const levels of [MAX_DOCUMENT_DEPTH, 900, 5_000]) {
      await refusal(updateDocumentContent(db(), owner.id, id, { version: 1, content: nestedJson(levels) }));
    }
    expect(await db().document.findUniqueOrThrow({ where: { id } })).toEqual(before);
    const saved = await updateDocumentContent(db(), owner.id, id, { version: 1, content: nestedJson(20) });
    expect(saved.version).toBe(2);
    expect((await db().document.findUniqueOrThrow({ where: { id } })).plainText).toBe("T\n\ndeep");
  });

  it("caps a title taken from the content of a save", async () => {
    const owner = await createUser(db());
    const { id } = await createDocument(db(), owner.id, { format: "text", text: "Title\n\nBody." });
    const giant = "word ".repeat(20_000).trim();
    await updateDocumentContent(db(), owner.id, id, { version: 1, content: nestedJson(1, giant) });
    const { title } = await db().document.findUniqueOrThrow({ where: { id } });
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.startsWith("word word")).toBe(true);
    expect(title.endsWith("…")).toBe(true);
  });

  it("caps a title taken from the first line of an import", async () => {
    const owner = await createUser(db());
    for (const format of ["html", "markdown", "text"] as const) {
      const line = "Giant ".repeat(50_000).trim();
      const text = format === "html" ? `<h1>${line}</h1><p>x</p>` : format === "markdown" ? `# ${line}\n\nx` : line;
      const { title } = await createDocument(db(), owner.id, { format, text });
      expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
  });
});
