import { DOCUMENT_NOT_FOUND } from "@/lib/documents/readable-document";
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { deleteMap } from "@/lib/maps/delete-map";
import { getMap } from "@/lib/maps/get-map";
import { listMaps } from "@/lib/maps/list-maps";
import { listMapVersions, restoreMapVersion } from "@/lib/maps/map-history";
import { saveMap } from "@/lib/maps/save-map";
import type { AnnotationVisibility } from "@/lib/validation/annotation";
import { ZMapGraph } from "@/lib/validation/argument-map";
import { privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { graphOf, makeMap, outcomeOf, statement, type Outcome } from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

type Case = {
  /** The sample is readable by everyone; "private" is a document of the map owner's that only they can read. */
  document: "sample" | "private";
  visibility: AnnotationVisibility;
  caller: "owner" | "other reader" | "stranger";
  /** listMaps: the map is listed, left out, or the whole document is not found. */
  list: "listed" | "left out" | "not found";
  get: Outcome;
  history: Outcome;
  /** Making a map of their own on the same document. */
  create: Outcome;
  save: Outcome;
  restore: Outcome;
  delete: Outcome;
};

const own = {
  list: "listed",
  get: "ok",
  history: "ok",
  create: "ok",
  save: "ok",
  restore: "ok",
  delete: "ok",
} as const;
const unseen = {
  get: "not found",
  history: "not found",
  save: "not found",
  restore: "not found",
  delete: "not found",
} as const;

const MATRIX: Case[] = [
  { document: "sample", visibility: "private", caller: "owner", ...own },
  { document: "sample", visibility: "everyone", caller: "owner", ...own },
  { document: "private", visibility: "private", caller: "owner", ...own },
  { document: "private", visibility: "everyone", caller: "owner", ...own },
  { document: "sample", visibility: "private", caller: "other reader", list: "left out", create: "ok", ...unseen },
  {
    document: "sample",
    visibility: "everyone",
    caller: "other reader",
    list: "listed",
    get: "ok",
    history: "ok",
    create: "ok",
    save: "forbidden",
    restore: "forbidden",
    delete: "forbidden",
  },
  { document: "private", visibility: "private", caller: "stranger", list: "not found", create: "not found", ...unseen },
  {
    document: "private",
    visibility: "everyone",
    caller: "stranger",
    list: "not found",
    create: "not found",
    ...unseen,
  },
];

function nameOf(row: Case): string {
  const { document, visibility, caller, ...outcomes } = row;
  const list = Object.entries(outcomes).map(([operation, outcome]) => `${operation}: ${outcome}`);
  return `${caller}, ${visibility} map on the ${document} document → ${list.join(", ")}`;
}

const g1 = ZMapGraph.parse(graphOf([statement("s1", "Original thought")]));
const g2 = ZMapGraph.parse(graphOf([statement("s1", "Original thought"), statement("s2", "Second thought")]));

describe(`argument map permissions on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it.each(MATRIX.map((row) => [nameOf(row), row] as const))("%s", async (_name, row) => {
    const sample = await sampleDocument(db());
    const owner = await createUser(db(), "Owner");
    const other = await createUser(db(), "Other");
    const document = row.document === "sample" ? sample : await privateDocument(db(), owner.id);
    const map = await makeMap(db(), owner.id, document.id, {
      title: "Original",
      visibility: row.visibility,
      graph: g1,
    });
    await saveMap(db(), owner.id, map.id, { version: 1, graph: g2 });
    const caller = row.caller === "owner" ? owner : other;
    const stored = () => db().argumentMap.findUnique({ where: { id: map.id } });
    const versions = () => db().mapVersion.count({ where: { mapId: map.id } });

    // list
    const listed = await outcomeOf(listMaps(db(), caller.id, document.id));
    if (listed === "ok") {
      const ids = (await listMaps(db(), caller.id, document.id)).map((m) => m.id);
      expect(ids.includes(map.id) ? "listed" : "left out").toBe(row.list);
    } else {
      expect(listed).toBe(row.list);
    }

    // get: the map as saved, editable only by its owner
    expect(await outcomeOf(getMap(db(), caller.id, map.id))).toBe(row.get);
    if (row.get === "ok") {
      expect(await getMap(db(), caller.id, map.id)).toMatchObject({
        version: 2,
        graph: g2,
        owner: { id: owner.id, name: "Owner" },
        // A shared map is built together: every reader who may annotate edits its graph.
        canEdit: row.caller === "owner" || row.visibility === "everyone",
        canManage: row.caller === "owner",
      });
    }

    // history
    expect(await outcomeOf(listMapVersions(db(), caller.id, map.id))).toBe(row.history);
    if (row.history === "ok") {
      expect((await listMapVersions(db(), caller.id, map.id)).map((v) => v.version)).toEqual([2, 1]);
    }

    // create their own map on the same document
    expect(await outcomeOf(makeMap(db(), caller.id, document.id, { title: "Caller's own" }))).toBe(row.create);
    expect(await db().argumentMap.count({ where: { ownerId: caller.id, title: "Caller's own" } })).toBe(
      row.create === "ok" ? 1 : 0,
    );

    // save
    expect(await outcomeOf(saveMap(db(), caller.id, map.id, { version: 2, title: "Changed" }))).toBe(row.save);
    expect(await stored()).toMatchObject(
      row.save === "ok" ? { title: "Changed", version: 3 } : { title: "Original", version: 2 },
    );
    expect(await versions()).toBe(row.save === "ok" ? 3 : 2);

    // restore version 1
    const current = (await stored())!.version;
    expect(await outcomeOf(restoreMapVersion(db(), caller.id, map.id, 1, current))).toBe(row.restore);
    expect(await stored()).toMatchObject(
      row.restore === "ok" ? { title: "Original", graph: g1, version: current + 1 } : { graph: g2, version: current },
    );
    expect(await versions()).toBe(row.restore === "ok" ? current + 1 : current);

    // delete
    expect(await outcomeOf(deleteMap(db(), caller.id, map.id))).toBe(row.delete);
    expect(await stored()).toEqual(row.delete === "ok" ? null : expect.objectContaining({ id: map.id }));
    expect(await versions()).toBe(row.delete === "ok" ? 0 : current);
  });

  it("tells apart not found and forbidden with the messages the API returns", async () => {
    const sample = await sampleDocument(db());
    const owner = await createUser(db());
    const reader = await createUser(db());
    const hidden = await makeMap(db(), owner.id, sample.id, { visibility: "private" });
    const shared = await makeMap(db(), owner.id, sample.id, { visibility: "everyone" });
    const notFound = new NotFoundError("Map not found");
    const forbidden = new ForbiddenError("Only the map's owner can rename, share, restore or delete it");
    await expect(getMap(db(), reader.id, hidden.id)).rejects.toThrow(notFound);
    await expect(saveMap(db(), reader.id, hidden.id, { version: 1, title: "x" })).rejects.toThrow(notFound);
    await expect(saveMap(db(), reader.id, shared.id, { version: 1, title: "x" })).rejects.toThrow(forbidden);
    await expect(deleteMap(db(), reader.id, shared.id)).rejects.toThrow(forbidden);
    await expect(restoreMapVersion(db(), reader.id, shared.id, 1, 1)).rejects.toThrow(forbidden);
    // Someone else's private map, a missing one and a malformed id look the same.
    for (const id of [hidden.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expect(getMap(db(), reader.id, id)).rejects.toThrow(notFound);
      await expect(deleteMap(db(), reader.id, id)).rejects.toThrow(notFound);
    }
    // An unknown version of a map they may not change is forbidden, not "version not found".
    await expect(restoreMapVersion(db(), reader.id, shared.id, 99, 1)).rejects.toThrow(forbidden);
    const stranger = await createUser(db());
    const own = await privateDocument(db(), owner.id);
    await expect(listMaps(db(), stranger.id, own.id)).rejects.toThrow(new NotFoundError(DOCUMENT_NOT_FOUND));
  });

  it("lists the caller's own maps first, then those others share, each in the order they were made", async () => {
    const sample = await sampleDocument(db());
    const alice = await createUser(db(), "Alice");
    const bob = await createUser(db(), "Bob");
    const carol = await createUser(db(), "Carol");
    const made: { id: string; title: string }[] = [];
    const make = async (user: { id: string }, title: string, visibility: AnnotationVisibility) => {
      const map = await makeMap(db(), user.id, sample.id, { title, visibility });
      // Distinct creation times, a minute apart, in the order of the calls.
      await db().argumentMap.update({
        where: { id: map.id },
        data: { createdAt: new Date(Date.UTC(2030, 0, 1, 12, made.length)) },
      });
      made.push(map);
      return map;
    };
    await make(bob, "Bob shared", "everyone");
    await make(alice, "Alice private", "private");
    await make(bob, "Bob private", "private");
    await make(carol, "Carol shared", "everyone");
    await make(alice, "Alice shared", "everyone");
    const other = await privateDocument(db(), alice.id);
    await makeMap(db(), alice.id, other.id, { title: "Alice elsewhere", visibility: "everyone" });

    const titles = async (userId: string) =>
      (await listMaps(db(), userId, sample.id)).map((m) => [m.title, m.owner.name, m.canEdit]);
    expect(await titles(alice.id)).toEqual([
      ["Alice private", "Alice", true],
      ["Alice shared", "Alice", true],
      ["Bob shared", "Bob", true],
      ["Carol shared", "Carol", true],
    ]);
    expect(await titles(bob.id)).toEqual([
      ["Bob shared", "Bob", true],
      ["Bob private", "Bob", true],
      ["Carol shared", "Carol", true],
      ["Alice shared", "Alice", true],
    ]);
    const stranger = await createUser(db(), "Dan");
    expect(await titles(stranger.id)).toEqual([
      ["Bob shared", "Bob", true],
      ["Carol shared", "Carol", true],
      ["Alice shared", "Alice", true],
    ]);
    const rows = await db().argumentMap.findMany({ where: { title: "Alice shared" } });
    expect((await listMaps(db(), alice.id, sample.id))[1]).toEqual({
      id: rows[0]!.id,
      title: "Alice shared",
      visibility: "everyone",
      group: null,
      version: 1,
      owner: { id: alice.id, name: "Alice" },
      isOwn: true,
      canEdit: true,
      canManage: true,
      updatedAt: rows[0]!.updatedAt.toISOString(),
    });
  });

  it("shows a map to other readers while it is shared, and hides it again when made private", async () => {
    const sample = await sampleDocument(db());
    const owner = await createUser(db());
    const reader = await createUser(db());
    const map = await makeMap(db(), owner.id, sample.id, { graph: g1 });
    const seenBy = async (userId: string) => (await listMaps(db(), userId, sample.id)).map((m) => m.id);
    expect(await seenBy(reader.id)).toEqual([]);
    expect(await outcomeOf(getMap(db(), reader.id, map.id))).toBe("not found");

    await saveMap(db(), owner.id, map.id, { version: 1, visibility: "everyone" });
    expect(await seenBy(reader.id)).toEqual([map.id]);
    expect(await getMap(db(), reader.id, map.id)).toMatchObject({ version: 2, visibility: "everyone", graph: g1 });

    await saveMap(db(), owner.id, map.id, { version: 2, visibility: "private" });
    expect(await seenBy(reader.id)).toEqual([]);
    expect(await outcomeOf(getMap(db(), reader.id, map.id))).toBe("not found");
    expect(await seenBy(owner.id)).toEqual([map.id]);
  });

  it("hides shared maps when their document stops being readable", async () => {
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const document = await privateDocument(db(), owner.id);
    await db().document.update({ where: { id: document.id }, data: { visibility: "EVERYONE" } });
    const map = await makeMap(db(), owner.id, document.id, { visibility: "everyone" });
    expect(await getMap(db(), reader.id, map.id)).toMatchObject({ id: map.id, canEdit: true, canManage: false });
    await db().document.update({ where: { id: document.id }, data: { visibility: "PRIVATE" } });
    expect(await outcomeOf(getMap(db(), reader.id, map.id))).toBe("not found");
    expect(await outcomeOf(listMaps(db(), reader.id, document.id))).toBe("not found");
    expect(await outcomeOf(listMapVersions(db(), reader.id, map.id))).toBe("not found");
    expect(await getMap(db(), owner.id, map.id)).toMatchObject({ id: map.id, canEdit: true });
  });
});
