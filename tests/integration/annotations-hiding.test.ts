import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { setAnnotationHidden } from "@/lib/annotations/hide-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { readChanges } from "@/lib/realtime/resolve-changes";
import { stepsForReader } from "@/lib/realtime/frames-for-reader";
import { annotate } from "./support/annotation-factories";
import { sharedWorld, type Actor } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { errorOf } from "../support/error-of";

describe(`hiding an annotation from others on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("the owner and editors may hide a shared annotation; its author, commenters and viewers may not", async () => {
    const { document, users } = await sharedWorld(db());
    const annotation = await annotate(db(), users.commenter.id, document, "knows who the boss is", {
      visibility: "everyone",
    });
    const expected: Record<Actor, "allowed" | "forbidden" | "not found"> = {
      owner: "allowed",
      editor: "allowed",
      commenter: "forbidden", // its author, who may delete it or make it private instead
      viewer: "forbidden",
      member: "forbidden",
      linkHolder: "forbidden",
      formerMember: "not found",
      stranger: "not found",
    };
    for (const [actor, outcome] of Object.entries(expected) as [Actor, string][]) {
      const result = await setAnnotationHidden(db(), users[actor].id, annotation.id, true).then(
        () => "allowed",
        (error: unknown) =>
          error instanceof ForbiddenError ? "forbidden" : error instanceof NotFoundError ? "not found" : String(error),
      );
      expect(result, actor).toBe(outcome);
      if (result === "allowed") await setAnnotationHidden(db(), users[actor].id, annotation.id, false);
    }
  });

  it("a hidden annotation disappears for everyone but its author and the moderators, who see it marked; unhiding brings it back", async () => {
    const { document, users } = await sharedWorld(db());
    const annotation = await annotate(db(), users.commenter.id, document, "knows who the boss is", {
      visibility: "everyone",
      comment: "Spam spam spam",
    });
    await addReply(db(), users.member.id, annotation.id, { body: "a reply under it" });
    const hidden = await setAnnotationHidden(db(), users.owner.id, annotation.id, true);
    expect(hidden.hidden).toBe(true);

    const sees = async (actor: Actor) =>
      (await listAnnotations(db(), users[actor].id, document.id)).find((a) => a.id === annotation.id);
    expect((await sees("commenter"))?.hidden).toBe(true);
    expect((await sees("owner"))?.hidden).toBe(true);
    expect((await sees("editor"))?.hidden).toBe(true);
    for (const actor of ["viewer", "member", "linkHolder"] as const) expect(await sees(actor), actor).toBeUndefined();
    // Nor can they reach it by id, or find it by searching.
    expect(await errorOf(addReply(db(), users.member.id, annotation.id, { body: "still here?" }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await listAnnotations(db(), users.viewer.id, document.id, { q: "spam" })).toEqual([]);

    await setAnnotationHidden(db(), users.editor.id, annotation.id, false);
    expect((await sees("member"))?.hidden).toBe(false);
  });

  it("goes through the change path: a live reader who saw it is told it is removed, its author gets it marked hidden", async () => {
    const { document, users } = await sharedWorld(db());
    const annotation = await annotate(db(), users.commenter.id, document, "knows who the boss is", {
      visibility: "everyone",
    });
    const { eventSeq } = await db().document.findUniqueOrThrow({
      where: { id: document.id },
      select: { eventSeq: true },
    });
    await setAnnotationHidden(db(), users.owner.id, annotation.id, true);
    const resolved = await readChanges(db(), document.id, eventSeq);
    const stepFor = (userId: string, role: "owner" | "commenter") =>
      stepsForReader({ userId, role, groupIds: new Set() }, resolved).at(-1);
    expect(stepFor(users.linkHolder.id, "commenter")).toMatchObject({ frame: { type: "annotation-removed" } });
    expect(stepFor(users.commenter.id, "commenter")).toMatchObject({
      frame: { type: "annotation", annotation: { id: annotation.id, hidden: true } },
    });
    expect(stepFor(users.owner.id, "owner")).toMatchObject({
      frame: { type: "annotation", annotation: { id: annotation.id, hidden: true } },
    });
  });
});
