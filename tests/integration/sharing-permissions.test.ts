import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { exportW3CCollection } from "@/lib/annotations/export-w3c";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocument } from "@/lib/documents/get-document";
import { updateDocumentContent } from "@/lib/documents/update-document-content";
import { exportMap } from "@/lib/maps/export-map";
import { listMaps } from "@/lib/maps/list-maps";
import { saveMap } from "@/lib/maps/save-map";
import { listShares } from "@/lib/sharing/list-shares";
import { annotate } from "./support/annotation-factories";
import { makeMap, outcomeOf, type Outcome } from "./support/map-factories";
import { share, sharedWorld, type Actor } from "./support/sharing-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

/** What one reader may do with the owner's private document and with what is on it. */
type Row = {
  caller: Actor;
  read: Outcome;
  annotate: Outcome;
  editText: Outcome;
  share: Outcome;
  export: Outcome;
  delete: Outcome;
  /** Which of the owner's annotations and maps (private, group, everyone) they see. */
  sees: ("private" | "group" | "everyone")[];
  /** Replying to the owner's annotation shared with the group, and to the one shared with everyone. */
  replyGroup: Outcome;
  replyEveryone: Outcome;
  /** Changing the owner's annotation or map shared with everyone. */
  editOthers: Outcome;
  /** Their own annotation: made, then changed (only where they may annotate). */
  editOwn: Outcome;
};

const hidden = { read: "not found", annotate: "not found", editText: "not found", share: "not found" } as const;
const gone: Omit<Row, "caller"> = {
  ...hidden,
  export: "not found",
  delete: "not found",
  sees: [],
  replyGroup: "not found",
  replyEveryone: "not found",
  editOthers: "not found",
  editOwn: "not found",
};
const reader = { read: "ok", export: "ok", delete: "forbidden", editOthers: "forbidden" } as const;

const MATRIX: Row[] = [
  {
    caller: "owner",
    read: "ok",
    annotate: "ok",
    editText: "ok",
    share: "ok",
    export: "ok",
    delete: "ok",
    sees: ["private", "group", "everyone"],
    replyGroup: "ok",
    replyEveryone: "ok",
    editOthers: "ok",
    editOwn: "ok",
  },
  {
    caller: "editor",
    ...reader,
    annotate: "ok",
    editText: "ok",
    share: "ok",
    sees: ["everyone"],
    replyGroup: "not found",
    replyEveryone: "ok",
    editOwn: "ok",
  },
  {
    caller: "commenter",
    ...reader,
    annotate: "ok",
    editText: "forbidden",
    share: "forbidden",
    sees: ["everyone"],
    replyGroup: "not found",
    replyEveryone: "ok",
    editOwn: "ok",
  },
  {
    caller: "viewer",
    ...reader,
    annotate: "forbidden",
    editText: "forbidden",
    share: "forbidden",
    sees: ["everyone"],
    replyGroup: "not found",
    replyEveryone: "forbidden",
    editOwn: "forbidden",
  },
  {
    caller: "member",
    ...reader,
    annotate: "ok",
    editText: "forbidden",
    share: "forbidden",
    sees: ["group", "everyone"],
    replyGroup: "ok",
    replyEveryone: "ok",
    editOwn: "ok",
  },
  {
    caller: "linkHolder",
    ...reader,
    annotate: "ok",
    editText: "forbidden",
    share: "forbidden",
    sees: ["everyone"],
    replyGroup: "not found",
    replyEveryone: "ok",
    editOwn: "ok",
  },
  { caller: "formerMember", ...gone },
  { caller: "stranger", ...gone },
];

const ORIGIN = "https://warrant.example.org";
const AUDIENCES = ["private", "group", "everyone"] as const;

describe(`the permission matrix of a shared document on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it.each(MATRIX.map((row) => [row.caller, row] as const))("%s", async (_name, row) => {
    const { document, group, users } = await sharedWorld(db());
    const { owner } = users;
    const caller = users[row.caller];
    const audience = (visibility: (typeof AUDIENCES)[number]) =>
      visibility === "group" ? { visibility, groupId: group.id } : { visibility };
    const annotations = Object.fromEntries(
      await Promise.all(
        AUDIENCES.map(async (visibility, index) => [
          visibility,
          await annotate(
            db(),
            owner.id,
            document,
            ["knows who the boss is", "Benjamin Netanyahu", "Kenji Flores"][index]!,
            {
              comment: "original",
              ...audience(visibility),
            },
          ),
        ]),
      ),
    ) as Record<(typeof AUDIENCES)[number], { id: string }>;
    const maps = Object.fromEntries(
      await Promise.all(
        AUDIENCES.map(async (visibility) => [
          visibility,
          await makeMap(db(), owner.id, document.id, { title: visibility, ...audience(visibility) }),
        ]),
      ),
    ) as Record<(typeof AUDIENCES)[number], { id: string }>;

    // read and export
    expect(await outcomeOf(getDocument(db(), caller.id, document.id))).toBe(row.read);
    expect(await outcomeOf(exportW3CCollection(db(), caller.id, document.id, ORIGIN))).toBe(row.export);
    expect(await outcomeOf(exportMap(db(), caller.id, maps.everyone.id, "aif", ORIGIN))).toBe(
      row.export === "ok" ? "ok" : "not found",
    );
    if (row.read === "ok") {
      const seen = new Set((await listAnnotations(db(), caller.id, document.id)).map((a) => a.id));
      expect(AUDIENCES.filter((visibility) => seen.has(annotations[visibility].id))).toEqual(row.sees);
      const seenMaps = new Set((await listMaps(db(), caller.id, document.id)).map((m) => m.id));
      expect(AUDIENCES.filter((visibility) => seenMaps.has(maps[visibility].id))).toEqual(row.sees);
    }

    // annotate, and change what one made
    const made = await outcomeOf(annotate(db(), caller.id, document, "Lebanon"));
    expect(made).toBe(row.annotate);
    expect(await outcomeOf(makeMap(db(), caller.id, document.id, { title: "Mine" }))).toBe(row.annotate);
    if (made === "ok") {
      const own = await db().annotation.findFirstOrThrow({ where: { authorId: caller.id, exact: "Lebanon" } });
      expect(await outcomeOf(updateAnnotation(db(), caller.id, own.id, { comment: "mine" }))).toBe(row.editOwn);
    }

    // reply
    expect(await outcomeOf(addReply(db(), caller.id, annotations.group.id, { body: "On the group's" }))).toBe(
      row.replyGroup,
    );
    expect(await outcomeOf(addReply(db(), caller.id, annotations.everyone.id, { body: "On everyone's" }))).toBe(
      row.replyEveryone,
    );
    expect(await db().reply.count({ where: { authorId: caller.id } })).toBe(
      [row.replyGroup, row.replyEveryone].filter((outcome) => outcome === "ok").length,
    );

    // others' annotations and maps
    expect(await outcomeOf(updateAnnotation(db(), caller.id, annotations.everyone.id, { comment: "changed" }))).toBe(
      row.editOthers,
    );
    expect(await outcomeOf(saveMap(db(), caller.id, maps.everyone.id, { version: 1, title: "changed" }))).toBe(
      row.editOthers,
    );
    expect(await outcomeOf(deleteAnnotation(db(), caller.id, annotations.private.id))).toBe(
      row.caller === "owner" ? "ok" : "not found",
    );
    const unchanged = row.editOthers !== "ok";
    expect((await db().annotation.findUniqueOrThrow({ where: { id: annotations.everyone.id } })).comment).toBe(
      unchanged ? "original" : "changed",
    );

    // edit the text, share, delete
    const { version } = await db().document.findUniqueOrThrow({ where: { id: document.id } });
    const content = {
      type: "doc",
      content: [
        { type: "title", content: [{ type: "text", text: "Rewritten" }] },
        { type: "paragraph", content: [{ type: "text", text: "Rewritten." }] },
      ],
    };
    expect(await outcomeOf(updateDocumentContent(db(), caller.id, document.id, { version, content }))).toBe(
      row.editText,
    );
    expect(await outcomeOf(listShares(db(), caller.id, document.id))).toBe(row.share);
    expect(await outcomeOf(share(db(), caller.id, document.id, { email: "new@example.org", role: "viewer" }))).toBe(
      row.share,
    );
    expect(await db().documentShare.count({ where: { email: "new@example.org" } })).toBe(row.share === "ok" ? 1 : 0);
    expect(await outcomeOf(deleteDocument(db(), caller.id, document.id))).toBe(row.delete);
    expect(await db().document.count({ where: { id: document.id } })).toBe(row.delete === "ok" ? 0 : 1);
  });
});
