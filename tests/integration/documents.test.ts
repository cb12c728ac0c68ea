import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createDocument } from "@/lib/documents/create-document";
import { findSampleDocumentId } from "@/lib/documents/find-sample-document";
import { getDocument } from "@/lib/documents/get-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { SAMPLE_SEED_KEY, seedSampleDocument } from "@/lib/documents/seed-sample-document";
import { updateDocumentContent } from "@/lib/documents/update-document-content";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { createUser } from "./support/factories";
import { share } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const SAMPLE = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");
const SAMPLE_TITLE = "The Asymmetry of Patronage: Quantifying the Fracture in US-Israel Strategic Alignment";

describe(`documents on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("seeds the sample exactly once, owned by a system account and readable by everyone", async () => {
    expect(await seedSampleDocument(db(), SAMPLE)).toBe(true);
    expect(await seedSampleDocument(db(), SAMPLE)).toBe(false);
    await Promise.all([seedSampleDocument(db(), SAMPLE), seedSampleDocument(db(), SAMPLE)]);
    const rows = await db().document.findMany({ include: { owner: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seedKey: SAMPLE_SEED_KEY, title: SAMPLE_TITLE, visibility: "EVERYONE" });
    expect(rows[0]!.owner).toMatchObject({ isSystem: true, passwordHash: null });
    expect(rows[0]!.plainText.startsWith(`${SAMPLE_TITLE}\n\nThe rhetorical posturing`)).toBe(true);
  });

  it("finds the sample by its seed key, and nothing before it is seeded", async () => {
    const owner = await createUser(db());
    await createDocument(db(), owner.id, { format: "text", text: "Not the sample\n\nBody." });
    expect(await findSampleDocumentId(db())).toBeNull();
    await seedSampleDocument(db(), SAMPLE);
    const sample = await db().document.findFirstOrThrow({ where: { seedKey: SAMPLE_SEED_KEY } });
    expect(await findSampleDocumentId(db())).toBe(sample.id);
  });

  it("lists the sample first for a new account, then puts the reader's own documents first", async () => {
    await seedSampleDocument(db(), SAMPLE);
    const reader = await createUser(db());
    expect((await listDocuments(db(), reader.id)).documents.map((d) => d.title)).toEqual([SAMPLE_TITLE]);

    await createDocument(db(), reader.id, { format: "text", text: "Mine\n\nA paragraph of my own." });
    const other = await createUser(db(), "Other");
    await createDocument(db(), other.id, { format: "text", text: "Theirs\n\nPrivate." });
    const { documents: listed, next } = await listDocuments(db(), reader.id);
    expect(next).toBeNull();
    expect(listed.map((d) => [d.title, d.role])).toEqual([
      ["Mine", "owner"],
      [SAMPLE_TITLE, "commenter"],
    ]);
  });

  it("pages the library by its `next` cursor across its sections, each document once, in the unpaged order", async () => {
    await seedSampleDocument(db(), SAMPLE);
    const reader = await createUser(db(), "Reader");
    const other = await createUser(db(), "Other");
    const text = (title: string) => ({ format: "text" as const, text: `${title}\n\nBody.` });
    for (const title of ["Mine 1", "Mine 2", "Mine 3"]) await createDocument(db(), reader.id, text(title));
    const shared = await createDocument(db(), other.id, text("Shared"));
    const sharedAndPublic = await createDocument(db(), other.id, text("Shared and public"));
    const publicOnes = [
      await createDocument(db(), other.id, text("Public 1")),
      await createDocument(db(), other.id, text("Public 2")),
    ];
    await createDocument(db(), other.id, text("Theirs alone"));
    for (const { id } of [shared, sharedAndPublic])
      await share(db(), other.id, id, { email: reader.email, role: "viewer" });
    await db().document.updateMany({
      where: { id: { in: [sharedAndPublic.id, ...publicOnes.map((d) => d.id)] } },
      data: { visibility: "EVERYONE" },
    });
    // Two documents updated in the same millisecond: the id orders them, so no page boundary drops or repeats one.
    await db().document.updateMany({
      where: { id: { in: publicOnes.map((d) => d.id) } },
      data: { updatedAt: new Date("2026-01-01T00:00:00Z") },
    });

    const whole = await listDocuments(db(), reader.id);
    expect(whole.next).toBeNull();
    const tied = [...publicOnes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => d.title);
    expect(whole.documents.map((d) => d.title)).toEqual([
      ...["Mine 3", "Mine 2", "Mine 1"],
      ...["Shared and public", "Shared"],
      ...[SAMPLE_TITLE, ...tied],
    ]);
    // A viewer's share of a public document does not take away what everyone may do (comment).
    expect(whole.documents.map((d) => d.role)).toEqual([
      ...Array(3).fill("owner"),
      "commenter",
      "viewer",
      ...Array(3).fill("commenter"),
    ]);

    for (const limit of [1, 2, 3, 5]) {
      const paged: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const page = await listDocuments(db(), reader.id, { after, limit });
        expect(page.documents.length).toBeLessThanOrEqual(limit);
        paged.push(...page.documents.map((d) => d.id));
        if (!page.next) break;
        after = page.next;
      }
      expect(paged).toEqual(whole.documents.map((d) => d.id));
    }
  });

  it("refuses a library cursor it did not give", async () => {
    const reader = await createUser(db());
    for (const after of [
      "",
      "x",
      "own~2026-13-45T00:00:00.000Z~00000000-0000-0000-0000-000000000000",
      "all~2026-01-01T00:00:00.000Z~00000000-0000-0000-0000-000000000000",
      "own~2026-01-01T00:00:00.000Z~------------------------------------",
    ]) {
      await expect(listDocuments(db(), reader.id, { after })).rejects.toThrow(InvalidInputError);
    }
  });

  it("imports each format and keeps the plain-text projection beside the content", async () => {
    const owner = await createUser(db());
    const md = await createDocument(db(), owner.id, { format: "markdown", text: "# Heading\n\nSome *words*." });
    const html = await createDocument(db(), owner.id, {
      format: "html",
      title: "Page",
      text: "<p>Hello <script>alert(1)</script>world</p>",
    });
    const stored = await db().document.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored.map((d) => [d.title, d.sourceFormat, d.plainText])).toEqual([
      ["Heading", "markdown", "Heading\n\nSome words."],
      ["Page", "html", "Page\n\nHello world"],
    ]);
    expect([md.title, html.title]).toEqual(["Heading", "Page"]);
  });

  it("refuses an import the importer cannot read, saving nothing", async () => {
    const owner = await createUser(db());
    await expect(createDocument(db(), owner.id, { format: "html", text: "<script>only()</script>" })).rejects.toThrow(
      InvalidInputError,
    );
    expect(await db().document.count()).toBe(0);
  });

  it("hides someone else's private document as not found, and shows shared ones read-only", async () => {
    await seedSampleDocument(db(), SAMPLE);
    const owner = await createUser(db());
    const stranger = await createUser(db(), "Stranger");
    const { id } = await createDocument(db(), owner.id, { format: "text", text: "Private\n\nBody." });
    expect((await getDocument(db(), owner.id, id)).can.editText).toBe(true);
    await expect(getDocument(db(), stranger.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDocument(db(), stranger.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const sample = await db().document.findFirstOrThrow({ where: { seedKey: SAMPLE_SEED_KEY } });
    expect((await getDocument(db(), stranger.id, sample.id)).can).toEqual({
      annotate: true,
      editText: false,
      share: false,
      delete: false,
      moderate: false,
    });
  });

  it("saves the owner's edit, refuses stale versions, foreign markup and non-owners", async () => {
    await seedSampleDocument(db(), SAMPLE);
    const owner = await createUser(db());
    const reader = await createUser(db(), "Reader");
    const { id } = await createDocument(db(), owner.id, { format: "text", text: "Draft\n\nFirst words." });
    const loaded = await getDocument(db(), owner.id, id);
    const content = structuredClone(loaded.content) as { content: { content: { text: string }[] }[] };
    content.content[1]!.content[0]!.text = "Second words.";

    expect(await updateDocumentContent(db(), owner.id, id, { version: 1, content })).toEqual({
      id,
      version: 2,
      annotations: { moved: 0, orphaned: 0, overBudget: 0 },
    });
    const saved = await db().document.findUniqueOrThrow({ where: { id } });
    expect(saved.plainText).toBe("Draft\n\nSecond words.");

    await expect(updateDocumentContent(db(), owner.id, id, { version: 1, content })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const foreign = { type: "doc", content: [{ type: "iframe" }] };
    await expect(updateDocumentContent(db(), owner.id, id, { version: 2, content: foreign })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(updateDocumentContent(db(), reader.id, id, { version: 2, content })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const sample = await db().document.findFirstOrThrow({ where: { seedKey: SAMPLE_SEED_KEY } });
    await expect(
      updateDocumentContent(db(), reader.id, sample.id, {
        version: 1,
        content: sample.content as Record<string, unknown>,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().document.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});
