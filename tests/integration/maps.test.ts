import { DOCUMENT_NOT_FOUND } from "@/lib/documents/readable-document";
import { describe, expect, it } from "vitest";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { deleteMap } from "@/lib/maps/delete-map";
import { getMap } from "@/lib/maps/get-map";
import { listMapVersions, restoreMapVersion } from "@/lib/maps/map-history";
import { saveMap } from "@/lib/maps/save-map";
import { EMPTY_MAP_GRAPH, ZMapGraph } from "@/lib/validation/argument-map";
import { ZMapCreate, ZMapUpdate } from "@/lib/validation/map-input";
import { createMap } from "@/lib/maps/create-map";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import {
  annotationNode,
  graphOf,
  inference,
  makeMap,
  outcomeOf,
  rebuttal,
  rejectionOf,
  statement,
  storedVersions,
  undercut,
} from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

describe(`argument maps on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /** The sample, its owner-to-be of maps and another reader, each with annotations on it. */
  async function setting() {
    const sample = await sampleDocument(db());
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const claim = await annotate(db(), owner.id, sample, "knows who the boss is", { kind: "claim" });
    const evidence = await annotate(db(), owner.id, sample, "Benjamin Netanyahu", { kind: "evidence" });
    const objection = await annotate(db(), reader.id, sample, "diverging regional war aims", {
      kind: "objection",
      visibility: "everyone",
    });
    const readersPrivate = await annotate(db(), reader.id, sample, "asymmetric electoral timelines");
    return { sample, owner, reader, claim, evidence, objection, readersPrivate };
  }

  /** What the API returns for a stored map, for `userId`. */
  async function storedView(mapId: string, userId: string) {
    return getMap(db(), userId, mapId);
  }

  // Three valid graphs of free statements, for saves that need different contents.
  const g1 = ZMapGraph.parse(graphOf([statement("s1", "First thought")]));
  const g2 = ZMapGraph.parse(
    graphOf([statement("s1", "First thought"), statement("s2", "Second thought")], [inference("r1", "s1", ["s2"])]),
  );
  const g3 = ZMapGraph.parse(graphOf([statement("s3", "Third thought", { x: 40, y: -12.5 })]));

  describe("create", () => {
    it("creates an empty map as version 1 with one history row", async () => {
      const { sample, owner } = await setting();
      const map = await makeMap(db(), owner.id, sample.id, { title: "  Who is the boss?  " });
      const row = await db().argumentMap.findUniqueOrThrow({ where: { id: map.id } });
      expect(map).toEqual({
        id: row.id,
        documentId: sample.id,
        title: "Who is the boss?",
        visibility: "private",
        group: null,
        version: 1,
        graph: { nodes: [], arguments: [], attacks: [] },
        owner: { id: owner.id, name: "Owner" },
        canEdit: true,
        canManage: true,
        updatedAt: row.updatedAt.toISOString(),
      });
      expect(row).toMatchObject({ ownerId: owner.id, version: 1, graph: EMPTY_MAP_GRAPH, visibility: "private" });
      expect(await storedVersions(db(), map.id)).toEqual([
        { version: 1, title: "Who is the boss?", graph: EMPTY_MAP_GRAPH, authorId: owner.id, restoredFrom: null },
      ]);
      expect(await db().argumentMap.count()).toBe(1);
      expect(await db().mapVersion.count()).toBe(1);
      expect(await storedView(map.id, owner.id)).toEqual(map);
    });

    it("creates a map of annotations and a free statement, keeping the graph as sent", async () => {
      const { sample, owner, claim, evidence, objection } = await setting();
      const graph = graphOf(
        [
          annotationNode("claim", claim, { x: 0, y: 0 }),
          annotationNode("evidence", evidence, { x: 10.5, y: -20 }),
          annotationNode("objection", objection),
          statement("warrant", "A patron's public rebuke shows who holds the leverage"),
        ],
        [inference("r1", "claim", ["evidence", "warrant"], "sign", { "0": "answered", "2": "fails" })],
        [rebuttal("a1", "objection", "claim"), undercut("a2", "objection", "r1")],
      );
      const map = await createMap(
        db(),
        owner.id,
        sample.id,
        ZMapCreate.parse({ title: "Leverage", visibility: "everyone", graph }),
      );
      expect(map.graph.nodes.map((node) => [node.annotationId, node.kind, node.text])).toEqual([
        [claim.id, "claim", "knows who the boss is"],
        [evidence.id, "evidence", "Benjamin Netanyahu"],
        [objection.id, "objection", "diverging regional war aims"],
        [null, "statement", "A patron's public rebuke shows who holds the leverage"],
      ]);
      expect(map).toMatchObject({ title: "Leverage", visibility: "everyone", version: 1, graph });
      expect((await db().argumentMap.findUniqueOrThrow({ where: { id: map.id } })).graph).toEqual(graph);
      expect(await storedVersions(db(), map.id)).toEqual([
        { version: 1, title: "Leverage", graph, authorId: owner.id, restoredFrom: null },
      ]);
      expect(await storedView(map.id, owner.id)).toEqual(map);
    });

    type BadAnnotation = "of another document" | "that does not exist" | "private to someone else";
    const BAD: [BadAnnotation, number][] = [
      ["of another document", 1],
      ["that does not exist", 2],
      ["private to someone else", 0],
    ];

    it.each(BAD)("refuses a graph naming an annotation %s (node %i), saving nothing", async (bad, index) => {
      const { sample, owner, claim, evidence, readersPrivate } = await setting();
      const elsewhere = await annotate(db(), owner.id, await privateDocument(db(), owner.id), "knows who the boss is");
      const badIds: Record<BadAnnotation, string> = {
        "of another document": elsewhere.id,
        "that does not exist": MISSING_ID,
        "private to someone else": readersPrivate.id,
      };
      const badAnnotation = { id: badIds[bad], kind: "claim" as const, target: { exact: "x" } };
      const good = [annotationNode("n-claim", claim), annotationNode("n-evidence", evidence)];
      const nodes = [...good];
      nodes.splice(index, 0, annotationNode("bad", badAnnotation));
      const graph = graphOf([...nodes, statement("free", "A free statement")], [inference("r1", "free", ["bad"])]);
      const field = `graph.nodes.${index}.annotationId`;
      const message = `${field}: no annotation ${badAnnotation.id} on this document`;

      const refused = await rejectionOf(makeMap(db(), owner.id, sample.id, { title: "Bad", graph }));
      expect(refused).toBeInstanceOf(InvalidInputError);
      expect(refused).toMatchObject({ field, message });
      expect(await db().argumentMap.count()).toBe(0);
      expect(await db().mapVersion.count()).toBe(0);

      // A save with that graph is refused alike, and leaves the map as it was.
      const map = await makeMap(db(), owner.id, sample.id, { title: "Good", graph: graphOf(good) });
      const save = await rejectionOf(saveMap(db(), owner.id, map.id, ZMapUpdate.parse({ version: 1, graph })));
      expect(save).toBeInstanceOf(InvalidInputError);
      expect(save).toMatchObject({ field, message });
      expect(await storedView(map.id, owner.id)).toEqual(map);
      expect(await db().mapVersion.count()).toBe(1);
    });

    it("names the first bad node when several are bad", async () => {
      const { sample, owner, claim, readersPrivate } = await setting();
      const graph = graphOf([
        annotationNode("a", claim),
        annotationNode("b", { ...claim, id: MISSING_ID }),
        annotationNode("c", readersPrivate),
      ]);
      await expect(makeMap(db(), owner.id, sample.id, { graph })).rejects.toThrow(
        new InvalidInputError(
          "graph.nodes.1.annotationId",
          `graph.nodes.1.annotationId: no annotation ${MISSING_ID} on this document`,
        ),
      );
    });

    it("refuses a map on a document the caller cannot read, or that does not exist", async () => {
      const { owner, reader } = await setting();
      const hidden = await privateDocument(db(), owner.id);
      for (const documentId of [hidden.id, MISSING_ID, "not-a-uuid"]) {
        await expect(makeMap(db(), reader.id, documentId)).rejects.toThrow(new NotFoundError(DOCUMENT_NOT_FOUND));
      }
      expect(await db().argumentMap.count()).toBe(0);
    });
  });

  describe("save", () => {
    it("saves a new version each time, recording who saved it", async () => {
      const { sample, owner } = await setting();
      const map = await makeMap(db(), owner.id, sample.id, { title: "Draft" });
      const common = {
        id: map.id,
        documentId: sample.id,
        owner: { id: owner.id, name: "Owner" },
        canEdit: true,
        canManage: true,
      };

      const v2 = await saveMap(db(), owner.id, map.id, ZMapUpdate.parse({ version: 1, graph: g2 }));
      expect(v2).toEqual({
        ...common,
        title: "Draft",
        visibility: "private",
        group: null,
        version: 2,
        graph: g2,
        updatedAt: v2.updatedAt,
      });
      const v3 = await saveMap(db(), owner.id, map.id, ZMapUpdate.parse({ version: 2, title: " Renamed " }));
      expect(v3).toEqual({
        ...common,
        title: "Renamed",
        visibility: "private",
        group: null,
        version: 3,
        graph: g2,
        updatedAt: v3.updatedAt,
      });
      const v4 = await saveMap(db(), owner.id, map.id, ZMapUpdate.parse({ version: 3, visibility: "everyone" }));
      expect(v4).toEqual({
        ...common,
        title: "Renamed",
        visibility: "everyone",
        group: null,
        version: 4,
        graph: g2,
        updatedAt: v4.updatedAt,
      });

      expect(await storedVersions(db(), map.id)).toEqual([
        { version: 1, title: "Draft", graph: EMPTY_MAP_GRAPH, authorId: owner.id, restoredFrom: null },
        { version: 2, title: "Draft", graph: g2, authorId: owner.id, restoredFrom: null },
        { version: 3, title: "Renamed", graph: g2, authorId: owner.id, restoredFrom: null },
        { version: 4, title: "Renamed", graph: g2, authorId: owner.id, restoredFrom: null },
      ]);
      const row = await db().argumentMap.findUniqueOrThrow({ where: { id: map.id } });
      expect(v4.updatedAt).toBe(row.updatedAt.toISOString());
      expect(await storedView(map.id, owner.id)).toEqual(v4);
    });

    it("refuses a stale save with the current map and keeps the other client's change", async () => {
      const { sample, owner } = await setting();
      const created = await makeMap(db(), owner.id, sample.id, { title: "Shared draft", graph: g1 });
      // Two clients (say two tabs) load version 1.
      const clientA = await getMap(db(), owner.id, created.id);
      const clientB = await getMap(db(), owner.id, created.id);
      expect([clientA.version, clientB.version]).toEqual([1, 1]);

      const saved = await saveMap(db(), owner.id, created.id, { version: clientA.version, graph: g2 });
      const conflict = await rejectionOf(
        saveMap(db(), owner.id, created.id, { version: clientB.version, title: "B's title", graph: g3 }),
      );
      expect(conflict).toBeInstanceOf(ConflictError);
      expect(conflict).toMatchObject({ message: "Someone saved this map after you loaded it" });
      expect((conflict as ConflictError).current).toEqual(saved);
      expect((conflict as ConflictError).current).toMatchObject({ version: 2, title: "Shared draft", graph: g2 });

      expect(await storedView(created.id, owner.id)).toEqual(saved);
      expect((await storedVersions(db(), created.id)).map((v) => [v.version, v.title, v.graph])).toEqual([
        [1, "Shared draft", g1],
        [2, "Shared draft", g2],
      ]);
      // So is a graph from a version from the future.
      await expect(saveMap(db(), owner.id, created.id, { version: 3, graph: g3 })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await storedView(created.id, owner.id)).toEqual(saved);
      expect(await db().mapVersion.count({ where: { mapId: created.id } })).toBe(2);

      // A title alone cannot lose anyone's work: the latest one set wins, whatever version it names.
      const renamed = await saveMap(db(), owner.id, created.id, { version: 1, title: "B's title" });
      expect(renamed).toMatchObject({ version: 3, title: "B's title", graph: g2 });

      // B merges and saves from the version it now has.
      const merged = await saveMap(db(), owner.id, created.id, { version: 3, graph: g3 });
      expect(merged).toMatchObject({ version: 4, title: "B's title", graph: g3, visibility: "private" });
    });

    it("lets exactly one of two simultaneous saves from the same version through", async () => {
      const { sample, owner } = await setting();
      const map = await makeMap(db(), owner.id, sample.id, { graph: g1 });
      const results = await Promise.all([
        outcomeOf(saveMap(db(), owner.id, map.id, { version: 1, graph: g2 })),
        outcomeOf(saveMap(db(), owner.id, map.id, { version: 1, graph: g3 })),
      ]);
      expect([...results].sort()).toEqual(["conflict", "ok"]);
      const winner = results[0] === "ok" ? g2 : g3;
      expect(await storedView(map.id, owner.id)).toMatchObject({ version: 2, graph: winner });
      expect((await storedVersions(db(), map.id)).map((v) => [v.version, v.graph])).toEqual([
        [1, g1],
        [2, winner],
      ]);
    });

    it("still saves and restores a map whose annotation its author deleted since", async () => {
      const { sample, owner, claim } = await setting();
      const graph = graphOf(
        [annotationNode("claim", claim), statement("why", "Because")],
        [inference("r", "claim", ["why"])],
      );
      const map = await makeMap(db(), owner.id, sample.id, { graph });
      await deleteAnnotation(db(), owner.id, claim.id);
      const more = { ...graph, nodes: [...graph.nodes, statement("more", "And more")] };
      expect(await saveMap(db(), owner.id, map.id, { version: 1, graph: more })).toMatchObject({
        version: 2,
        graph: more,
      });
      await saveMap(db(), owner.id, map.id, { version: 2, graph: g1 });
      expect(await restoreMapVersion(db(), owner.id, map.id, 1, 3)).toMatchObject({ version: 4, graph });
    });
  });

  describe("history", () => {
    /** A map with three versions: "First" g1, "First" g2, "Third" g3. */
    async function threeVersions() {
      const s = await setting();
      const map = await makeMap(db(), s.owner.id, s.sample.id, { title: "First", graph: g1 });
      await saveMap(db(), s.owner.id, map.id, { version: 1, graph: g2 });
      const latest = await saveMap(db(), s.owner.id, map.id, { version: 2, title: "Third", graph: g3 });
      return { ...s, map, latest };
    }

    it("lists the versions newest first with their authors", async () => {
      const { owner, map } = await threeVersions();
      const rows = await db().mapVersion.findMany({ where: { mapId: map.id }, orderBy: { version: "desc" } });
      const author = { id: owner.id, name: "Owner" };
      expect(await listMapVersions(db(), owner.id, map.id)).toEqual([
        { version: 3, title: "Third", restoredFrom: null, author, createdAt: rows[0]!.createdAt.toISOString() },
        { version: 2, title: "First", restoredFrom: null, author, createdAt: rows[1]!.createdAt.toISOString() },
        { version: 1, title: "First", restoredFrom: null, author, createdAt: rows[2]!.createdAt.toISOString() },
      ]);
    });

    it("restores an old version as a new one, losing nothing", async () => {
      const { owner, map, latest } = await threeVersions();
      await saveMap(db(), owner.id, map.id, { version: 3, visibility: "everyone" });
      const before = await storedVersions(db(), map.id);
      expect(before).toHaveLength(4);

      const restored = await restoreMapVersion(db(), owner.id, map.id, 1, 4);
      expect(restored).toEqual({
        ...latest,
        title: "First",
        graph: g1,
        version: 5,
        visibility: "everyone",
        group: null,
        updatedAt: restored.updatedAt,
      });
      expect(await storedView(map.id, owner.id)).toEqual(restored);
      expect(await storedVersions(db(), map.id)).toEqual([
        ...before,
        { version: 5, title: "First", graph: g1, authorId: owner.id, restoredFrom: 1 },
      ]);
      const listed = await listMapVersions(db(), owner.id, map.id);
      expect(listed.map((v) => [v.version, v.title, v.restoredFrom])).toEqual([
        [5, "First", 1],
        [4, "Third", null],
        [3, "Third", null],
        [2, "First", null],
        [1, "First", null],
      ]);

      // Restoring the newest-but-one brings back the state before the restore.
      const again = await restoreMapVersion(db(), owner.id, map.id, 4, 5);
      expect(again).toMatchObject({ version: 6, title: "Third", graph: g3 });
      expect((await storedVersions(db(), map.id)).at(-1)).toEqual({
        version: 6,
        title: "Third",
        graph: g3,
        authorId: owner.id,
        restoredFrom: 4,
      });
    });

    it("refuses to restore an unknown version, changing nothing", async () => {
      const { owner, map, latest } = await threeVersions();
      for (const version of [4, 99]) {
        await expect(restoreMapVersion(db(), owner.id, map.id, version, 3)).rejects.toThrow(
          new NotFoundError(`Version ${version} not found`),
        );
      }
      expect(await storedView(map.id, owner.id)).toEqual(latest);
      expect(await db().mapVersion.count()).toBe(3);
    });

    it("refuses a stale restore with the current map", async () => {
      const { owner, map, latest } = await threeVersions();
      const conflict = await rejectionOf(restoreMapVersion(db(), owner.id, map.id, 1, 2));
      expect(conflict).toBeInstanceOf(ConflictError);
      expect((conflict as ConflictError).current).toEqual(latest);
      expect(latest).toMatchObject({ version: 3, title: "Third", graph: g3 });
      expect(await storedView(map.id, owner.id)).toEqual(latest);
      expect(await db().mapVersion.count()).toBe(3);
    });
  });

  describe("delete", () => {
    it("deletes a map with its whole history, and only that map", async () => {
      const { sample, owner } = await setting();
      const doomed = await makeMap(db(), owner.id, sample.id, { title: "Doomed", graph: g1 });
      await saveMap(db(), owner.id, doomed.id, { version: 1, graph: g2 });
      await saveMap(db(), owner.id, doomed.id, { version: 2, graph: g3 });
      const kept = await makeMap(db(), owner.id, sample.id, { title: "Kept", graph: g1 });
      await saveMap(db(), owner.id, kept.id, { version: 1, graph: g2 });
      expect(await db().mapVersion.count()).toBe(5);

      expect(await deleteMap(db(), owner.id, doomed.id)).toEqual({ id: doomed.id });
      expect(await db().argumentMap.findMany({ select: { id: true } })).toEqual([{ id: kept.id }]);
      expect(await db().mapVersion.count({ where: { mapId: doomed.id } })).toBe(0);
      expect(await db().mapVersion.count({ where: { mapId: kept.id } })).toBe(2);

      const gone = new NotFoundError("Map not found");
      await expect(getMap(db(), owner.id, doomed.id)).rejects.toThrow(gone);
      await expect(listMapVersions(db(), owner.id, doomed.id)).rejects.toThrow(gone);
      await expect(saveMap(db(), owner.id, doomed.id, { version: 3, graph: g1 })).rejects.toThrow(gone);
      await expect(restoreMapVersion(db(), owner.id, doomed.id, 1, 3)).rejects.toThrow(gone);
      await expect(deleteMap(db(), owner.id, doomed.id)).rejects.toThrow(gone);
    });

    it("deleting a document deletes its maps and their versions", async () => {
      const { sample, owner } = await setting();
      const own = await privateDocument(db(), owner.id);
      const note = await annotate(db(), owner.id, own, "knows who the boss is");
      const onOwn = await makeMap(db(), owner.id, own.id, { graph: graphOf([annotationNode("n", note)]) });
      await saveMap(db(), owner.id, onOwn.id, { version: 1, graph: g1 });
      const onSample = await makeMap(db(), owner.id, sample.id, { graph: g2 });

      await db().document.delete({ where: { id: own.id } });
      expect(await db().argumentMap.findMany({ select: { id: true } })).toEqual([{ id: onSample.id }]);
      expect(await db().mapVersion.findMany({ select: { mapId: true, version: true } })).toEqual([
        { mapId: onSample.id, version: 1 },
      ]);
      await expect(getMap(db(), owner.id, onOwn.id)).rejects.toThrow(new NotFoundError("Map not found"));
    });
  });
});
