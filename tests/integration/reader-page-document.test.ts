import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getDocument } from "@/lib/documents/get-document";
import { audienceGroups } from "@/lib/documents/audience-groups";
import { readerPageDocument } from "@/lib/documents/reader-page-document";
import { NotFoundError } from "@/lib/errors";
import { listMaps } from "@/lib/maps/list-maps";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { markShareOpened } from "@/lib/sharing/mark-share-opened";
import { privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { makeMap } from "./support/map-factories";
import { share, sharedWorld, type Actor } from "./support/sharing-factories";
import { assignedReading } from "./support/assignment-reading";
import { statementLoggingClient } from "./support/statement-log";
import { currentTestDbConfig, DATABASE_KIND, useTestDb } from "./support/test-db";

/**
 * The reader page is what a class opens at once: its document is read in
 * one statement, without the plain text it does not show, and says whether
 * the reader still has an unopened share, so opening it writes (and asks)
 * nothing more once the share is marked.
 */
describe(`the reader page's document on ${DATABASE_KIND}`, () => {
  const db = useTestDb();
  let logged: { db: Db; statements: string[] };
  beforeAll(() => {
    logged = statementLoggingClient(currentTestDbConfig());
  });
  afterAll(async () => logged.db.$disconnect());

  it("is one statement with what getDocument gives the page, and no plain text", async () => {
    const reader = await createUser(db(), "Ann");
    const sample = await sampleDocument(db());
    logged.statements.length = 0;
    const page = await readerPageDocument(logged.db, reader.id, sample.id);
    expect(logged.statements, logged.statements.join("\n")).toHaveLength(1);
    const { plainText: _text, updatedAt: _updated, ...full } = await getDocument(db(), reader.id, sample.id);
    expect(page).toEqual({ ...full, shareUnopened: false, assigned: false, groupIds: [], groups: [], maps: [] });
    expect(page).not.toHaveProperty("plainText");
    // The same through the client that runs it prepared (the logging client runs it through Prisma).
    expect(await readerPageDocument(db(), reader.id, sample.id)).toEqual(page);
  });

  it("says a share to the reader is unopened until it is marked opened", async () => {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const document = await privateDocument(db(), owner.id);
    await share(db(), owner.id, document.id, { email: reader.email, role: "commenter" });
    const opened = await readerPageDocument(db(), reader.id, document.id);
    expect(opened).toMatchObject({ role: "commenter", shareUnopened: true, owner: { name: "Owner" } });
    await markShareOpened(db(), reader.id, document.id);
    expect((await readerPageDocument(db(), reader.id, document.id)).shareUnopened).toBe(false);
    expect((await readerPageDocument(db(), owner.id, document.id)).shareUnopened).toBe(false);
  });

  /** The page's maps and groups beside listMaps' and audienceGroups' (Prisma's forms of the same rules). */
  async function expectSameAsPrisma(userId: string, documentId: string) {
    const page = await readerPageDocument(db(), userId, documentId);
    expect(page.maps).toEqual(await listMaps(db(), userId, documentId));
    expect(page.groups).toEqual(await audienceGroups(db(), userId, page));
    // The same through Prisma's raw path (a transaction's, or the logging client's): same SQL, same answer.
    expect(await readerPageDocument(logged.db, userId, documentId)).toEqual(page);
    return page;
  }

  it("gives every reader of the permission matrix the maps and groups listMaps and audienceGroups give them", async () => {
    const world = await sharedWorld(db());
    const { owner, commenter, member } = world.users;
    const doc = world.document;
    const elsewhere = await createGroup(db(), member.id, "Not shared the document");
    await makeMap(db(), owner.id, doc.id, { title: "Owner's, private" });
    await makeMap(db(), commenter.id, doc.id, { title: "Commenter's, everyone", visibility: "everyone" });
    await makeMap(db(), owner.id, doc.id, { title: "Owner's, group", visibility: "group", groupId: world.group.id });
    await makeMap(db(), member.id, doc.id, { title: "Member's, group", visibility: "group", groupId: world.group.id });
    await makeMap(db(), member.id, doc.id, { title: "Member's, private" });
    const titles: Partial<Record<Actor, string[]>> = {};
    const groups: Partial<Record<Actor, string[]>> = {};
    for (const actor of ["owner", "editor", "commenter", "viewer", "member", "linkHolder"] as const) {
      const page = await expectSameAsPrisma(world.users[actor].id, doc.id);
      titles[actor] = page.maps.map((map) => map.title);
      groups[actor] = page.groups.map((group) => group.name);
    }
    // The rules at work, not empty lists agreeing: own first, a group's maps to its members only.
    expect(titles.member).toEqual(["Member's, group", "Member's, private", "Commenter's, everyone", "Owner's, group"]);
    expect(titles.viewer).toEqual(["Commenter's, everyone"]);
    expect(titles.owner).toEqual(["Owner's, private", "Owner's, group", "Commenter's, everyone", "Member's, group"]);
    expect(groups.member).toEqual(["Reading group"]);
    expect(groups.viewer).toEqual([]);
    for (const outsider of [world.users.stranger, world.users.formerMember]) {
      await expect(readerPageDocument(db(), outsider.id, doc.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Shared with everyone, a document is open to every group of the reader's; a group's map whose group was deleted
    // has no group left, and stays its owner's.
    const open = await sampleDocument(db());
    await makeMap(db(), member.id, open.id, {
      title: "To the other group",
      visibility: "group",
      groupId: elsewhere.id,
    });
    const page = await expectSameAsPrisma(member.id, open.id);
    expect(page.groups.map((group) => group.name)).toEqual(["Not shared the document", "Reading group"]);
    await deleteGroup(db(), member.id, elsewhere.id);
    expect((await expectSameAsPrisma(member.id, open.id)).maps).toMatchObject([{ title: "To the other group" }]);
  });

  it("leaves out the maps of classmates hidden until posted, as listMaps does", async () => {
    const due = new Date(Date.now() + 7 * 24 * 3_600_000);
    const { teacher, ann, ben, document, toCourse } = await assignedReading(db(), {
      dueAt: due,
      peersVisible: "afterPosting",
    });
    await makeMap(db(), ben.id, document.id, { title: "Ben's", ...toCourse });
    await makeMap(db(), teacher.id, document.id, { title: "Teacher's", ...toCourse });
    expect((await expectSameAsPrisma(ann.id, document.id)).maps.map((map) => map.title)).toEqual(["Teacher's"]);
    expect((await expectSameAsPrisma(teacher.id, document.id)).maps.map((map) => map.title)).toEqual([
      "Teacher's",
      "Ben's",
    ]);
  });

  it("is not found for a reader without access, or a malformed id", async () => {
    const owner = await createUser(db(), "Owner");
    const stranger = await createUser(db(), "Stranger");
    const document = await privateDocument(db(), owner.id);
    await expect(readerPageDocument(db(), stranger.id, document.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readerPageDocument(db(), stranger.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
