import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getDocument } from "@/lib/documents/get-document";
import { readerPageDocument } from "@/lib/documents/reader-page-document";
import { NotFoundError } from "@/lib/errors";
import { listMaps } from "@/lib/maps/list-maps";
import { markShareOpened } from "@/lib/sharing/mark-share-opened";
import { privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { makeMap } from "./support/map-factories";
import { share } from "./support/sharing-factories";
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
    expect(page).toEqual({ ...full, shareUnopened: false, assigned: false, groupIds: [] });
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

  it("lists the page's maps without reading the document or hidden classmates again, the same maps listMaps finds alone", async () => {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const document = await privateDocument(db(), owner.id);
    await share(db(), owner.id, document.id, { email: reader.email, role: "commenter" });
    await makeMap(db(), owner.id, document.id, { title: "Shared", visibility: "everyone" });
    await makeMap(db(), reader.id, document.id, { title: "Mine" });
    const page = await readerPageDocument(db(), reader.id, document.id);
    logged.statements.length = 0;
    const alone = await listMaps(logged.db, reader.id, document.id);
    const statementsAlone = logged.statements.length;
    logged.statements.length = 0;
    const maps = await listMaps(logged.db, reader.id, document.id, page);
    // Only Prisma's reads of the maps themselves: not the access row, not hidden peers.
    expect(logged.statements, logged.statements.join("\n")).toHaveLength(statementsAlone - 2);
    expect(logged.statements.join("\n")).not.toMatch(/from "Document" d|"Assignment"/);
    expect(maps.map((map) => map.title)).toEqual(["Mine", "Shared"]);
    expect(maps).toEqual(alone);
  });

  it("is not found for a reader without access, or a malformed id", async () => {
    const owner = await createUser(db(), "Owner");
    const stranger = await createUser(db(), "Stranger");
    const document = await privateDocument(db(), owner.id);
    await expect(readerPageDocument(db(), stranger.id, document.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readerPageDocument(db(), stranger.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
