import { describe, expect, it } from "vitest";
import { prepaintedArticle } from "@/lib/anchoring/prepainted-article";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { setAnnotationHidden } from "@/lib/annotations/hide-annotation";
import { listAnnotationsAsOf } from "@/lib/annotations/list-annotations";
import { newPrepaintCache, readerPrepaint, type PrepaintCache } from "@/lib/annotations/prepainted-article-cache";
import { SharedListCache } from "@/lib/annotations/shared-list-cache";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { readerPageDocument } from "@/lib/documents/reader-page-document";
import { NotFoundError } from "@/lib/errors";
import { removeShare } from "@/lib/sharing/change-share";
import { annotate } from "./support/annotation-factories";
import { sharedWorld, type Actor } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

// The reader page carries the article with its highlights drawn on the
// server, from drawings shared by readers who see the same annotations. A
// drawing must show a reader exactly the highlights of their own list —
// never the passage of an annotation they may not see — whatever the cache
// holds, including after the changes that take annotations away.
describe(`the prepainted article on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  const READERS: Actor[] = ["owner", "editor", "commenter", "viewer", "member", "linkHolder"];

  async function documentOf(id: string) {
    return {
      id,
      ...(await db().document.findUniqueOrThrow({ where: { id }, select: { content: true, version: true } })),
    };
  }

  /** The annotations the reader's editor draws once their list (built for them alone in SQL) has loaded. */
  async function editorWillDrawOf(userId: string, documentId: string) {
    const { annotations } = await listAnnotationsAsOf(db(), userId, documentId);
    return annotations.filter((annotation) => !annotation.deleted);
  }

  /** What the reader's editor draws once their list has loaded. */
  async function editorWillDraw(userId: string, documentId: string) {
    return prepaintedArticle((await documentOf(documentId)).content, await editorWillDrawOf(userId, documentId));
  }

  /** Every reader's prepaint equals what their editor draws; those who cannot read get NotFoundError. */
  async function expectEveryReaderExact(world: Awaited<ReturnType<typeof sharedWorld>>, drawings: PrepaintCache) {
    const lists = new SharedListCache();
    const document = await documentOf(world.document.id);
    const pages: Partial<Record<Actor, string>> = {};
    for (const actor of READERS) {
      const userId = world.users[actor].id;
      const prepaint = await readerPrepaint(db(), userId, document, { drawings, lists });
      const page = prepaint?.html;
      expect(page, actor).toBe(await editorWillDraw(userId, document.id));
      // The editor waits for the list only when it brings highlights: the count is the list's, not the drawing's.
      expect(prepaint?.annotations, actor).toBe((await editorWillDrawOf(userId, document.id)).length);
      // As the page asks: with the reader's facts from the page's own statement.
      const known = await readerPageDocument(db(), userId, document.id);
      expect((await readerPrepaint(db(), userId, document, { drawings, lists, known }))?.html, actor).toBe(page);
      pages[actor] = page!;
    }
    for (const outsider of [world.users.stranger, world.users.formerMember]) {
      await expect(readerPrepaint(db(), outsider.id, document, { drawings, lists })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    return pages;
  }

  async function annotatedWorld() {
    const world = await sharedWorld(db());
    const { owner, commenter } = world.users;
    const doc = world.document;
    const secret = await annotate(db(), commenter.id, doc, "knows who the boss is", { visibility: "private" });
    const everyone = await annotate(db(), commenter.id, doc, "phone interview", { visibility: "everyone" });
    await annotate(db(), owner.id, doc, "Patronage", { visibility: "group", groupId: world.group.id });
    // Deleted, but listed while its reply stands: the editor draws no highlight for it.
    const threaded = await annotate(db(), commenter.id, doc, "the boss", { visibility: "everyone" });
    await addReply(db(), owner.id, threaded.id, { body: "Agreed" });
    await deleteAnnotation(db(), commenter.id, threaded.id);
    return { world, secret, everyone };
  }

  const highlightsIn = (html: string) => html.match(/data-annotation-count="\d+"/g)?.length ?? 0;

  it("draws for each reader of the permission matrix exactly the highlights their list has, one drawing per set", async () => {
    const { world } = await annotatedWorld();
    const drawings = newPrepaintCache();
    const pages = await expectEveryReaderExact(world, drawings);
    // The rule at work, not equal empty drawings: the commenter sees their private one, the viewer does not.
    expect(highlightsIn(pages.commenter!)).toBeGreaterThan(highlightsIn(pages.viewer!));
    expect(highlightsIn(pages.viewer!)).toBeGreaterThan(0);
    expect(pages.commenter).toContain("knows who the boss is</span>");
    expect(pages.viewer).not.toContain("knows who the boss is</span>");
    // Viewer and link holder see the same annotations: one drawing serves both, keyed by what it shows, not by who.
    expect(pages.linkHolder).toBe(pages.viewer);
    expect(drawings.size).toBeLessThan(READERS.length);
  });

  it("stays exact after a visibility change, a hidden annotation and a share removed", async () => {
    const { world, everyone } = await annotatedWorld();
    const { owner, commenter, viewer } = world.users;
    const drawings = newPrepaintCache();
    expect((await expectEveryReaderExact(world, drawings)).viewer).toContain("phone interview</span>");

    await updateAnnotation(db(), commenter.id, everyone.id, { visibility: "private" });
    expect((await expectEveryReaderExact(world, drawings)).viewer).not.toContain("phone interview</span>");

    await updateAnnotation(db(), commenter.id, everyone.id, { visibility: "everyone" });
    await setAnnotationHidden(db(), owner.id, everyone.id, true);
    const afterHiding = await expectEveryReaderExact(world, drawings);
    expect(afterHiding.viewer).not.toContain("phone interview</span>");
    expect(afterHiding.editor).toContain("phone interview</span>");

    const viewerShare = await db().documentShare.findFirstOrThrow({
      where: { documentId: world.document.id, userId: viewer.id },
    });
    await removeShare(db(), owner.id, world.document.id, viewerShare.id);
    await expect(
      readerPrepaint(db(), viewer.id, await documentOf(world.document.id), { drawings }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("draws the text alone above its bound of highlights, and follows a new version of the text", async () => {
    const { world } = await annotatedWorld();
    const document = await documentOf(world.document.id);
    const drawings = newPrepaintCache();
    const owner = world.users.owner.id;
    const bounded = await readerPrepaint(db(), owner, document, { drawings, maxAnnotations: 1 });
    expect(bounded?.html).toBe(prepaintedArticle(document.content, []));
    expect(highlightsIn(bounded!.html)).toBe(0);
    // Drawn or not, the highlights the list brings are counted: the reader's editor waits for them.
    expect(bounded?.annotations).toBe((await editorWillDrawOf(owner, document.id)).length);
    expect(bounded?.annotations).toBeGreaterThan(1);

    // The same text with a line put before it, drawn after the text before it: the passages are found again, further on.
    const before = (await readerPrepaint(db(), world.users.owner.id, document, { drawings }))?.html;
    const content = document.content as { type: string; content: unknown[] };
    const opening = { type: "paragraph", content: [{ type: "text", text: "A new opening line." }] };
    const edited = {
      ...document,
      version: document.version + 1,
      content: { ...content, content: [opening, ...content.content] },
    };
    const redrawn = (await readerPrepaint(db(), world.users.owner.id, edited, { drawings }))?.html;
    expect(redrawn).toMatch(/^<p>A new opening line\.<\/p>/);
    expect(redrawn).toContain("phone interview</span>");
    expect(redrawn).not.toBe(before);
  });
});
