import { DOCUMENT_NOT_FOUND } from "@/lib/documents/readable-document";
import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { fromAif } from "@/lib/argument/formats/aif-import";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { exportMap } from "@/lib/maps/export-map";
import { getMap } from "@/lib/maps/get-map";
import { importMap } from "@/lib/maps/import-map";
import { ZReplyCreate } from "@/lib/validation/annotation";
import type { MapGraph } from "@/lib/validation/argument-map";
import { MAP_EXPORT_FORMATS, ZMapExportFormat, ZMapImport, type MapExportFormat } from "@/lib/validation/map-input";
import { argdownSummary, runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { annotate, privateDocument, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import {
  annotationNode,
  graphOf,
  inference,
  makeMap,
  rebuttal,
  rejectionOf,
  statement,
  storedVersions,
  undercut,
} from "./support/map-factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";

const ORIGIN = "https://warrant.test";
const MISSING_ID = "00000000-0000-4000-8000-000000000000";

// Passages of the sample article, each found once in it.
const CLAIM = "the patron inevitably moves to enforce policy compliance";
const PREMISE_1 = "the US cannot completely disinvest from Israel";
const PREMISE_2 = "The mechanism of this leverage is rooted in material dependency";
const EVIDENCE = 'Netanyahu "knows who the boss is."';
const OBJECTION = "allowing Israeli planners to push operational boundaries";
/** The objection's node text: the map's owner reworded the snapshot, so it is found nowhere in the article. */
const OBJECTION_REWORDED = "Israel can still push its operations to the brink";
/** A free statement, found nowhere in the article. */
const FREE = "A public rebuke can be theatre rather than leverage";

const FILES: [MapExportFormat, string, string][] = [
  ["aif", "application/json; charset=utf-8", "map-1.json"],
  ["argdown", "text/plain; charset=utf-8", "map-1.argdown"],
  ["w3c", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "map-1.jsonld"],
  ["graphml", "application/graphml+xml; charset=utf-8", "map-1.graphml"],
  ["dot", "text/vnd.graphviz; charset=utf-8", "map-1.dot"],
  ["svg", "image/svg+xml; charset=utf-8", "map-1.svg"],
  ["png", "image/png", "map-1.png"],
  ["markdown", "text/markdown; charset=utf-8", "map-1.md"],
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type AifJson = { nodes: { nodeID: string; type: string; text: string }[]; edges: unknown[] };

describe(`map export and import on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  /**
   * The sample with the owner's (private) annotations, and the owner's map
   * "Map 1" on it: the claim c is supported by p1 and p2 together (linked
   * argument "linked") and, separately, by the evidence e (convergent
   * argument "sign", scheme "sign", one answered question); the objection o
   * rebuts c; the free statement f undercuts "sign".
   */
  async function setting(visibility: "private" | "everyone" = "private") {
    const sample = await sampleDocument(db());
    const owner = await createUser(db(), "Owner");
    const reader = await createUser(db(), "Reader");
    const claim = await annotate(db(), owner.id, sample, CLAIM, { kind: "claim" });
    const premise1 = await annotate(db(), owner.id, sample, PREMISE_1, { kind: "premise" });
    const premise2 = await annotate(db(), owner.id, sample, PREMISE_2, { kind: "premise" });
    const evidence = await annotate(db(), owner.id, sample, EVIDENCE, { kind: "evidence" });
    const objection = await annotate(db(), owner.id, sample, OBJECTION, { kind: "objection" });
    const graph = graphOf(
      [
        annotationNode("c", claim, { x: 0, y: 0 }),
        annotationNode("p1", premise1, { x: -240, y: 180 }),
        annotationNode("p2", premise2),
        annotationNode("e", evidence, { x: 240, y: 180.5 }),
        { ...annotationNode("o", objection), text: OBJECTION_REWORDED },
        statement("f", FREE),
      ],
      [inference("linked", "c", ["p1", "p2"]), inference("sign", "c", ["e"], "sign", { "0": "answered" })],
      [rebuttal("rebut", "o", "c"), undercut("cut", "f", "sign")],
    );
    const map = await makeMap(db(), owner.id, sample.id, { title: "Map 1", visibility, graph });
    return { sample, owner, reader, claim, premise1, premise2, evidence, objection, graph, map };
  }

  async function rowCounts() {
    return {
      maps: await db().argumentMap.count(),
      versions: await db().mapVersion.count(),
      annotations: await db().annotation.count(),
    };
  }

  /** The body of a text export. */
  async function exportText(userId: string, mapId: string, format: MapExportFormat): Promise<string> {
    const { body } = await exportMap(db(), userId, mapId, format, ORIGIN);
    if (typeof body !== "string") throw new Error(`the ${format} export is not text`);
    return body;
  }

  describe("exportMap", () => {
    it.each(FILES)("exports %s as %s named %s", async (format, contentType, fileName) => {
      const { owner, map } = await setting();
      const file = await exportMap(db(), owner.id, map.id, format, ORIGIN);
      expect(file.contentType).toBe(contentType);
      expect(file.fileName).toBe(fileName);
      expect(typeof file.body).toBe(format === "png" ? "object" : "string");
      expect(Buffer.isBuffer(file.body)).toBe(format === "png");
      expect(file.body.length).toBeGreaterThan(100);
    });

    it("names the file after the title's slug", async () => {
      const { sample, owner, graph } = await setting();
      const cases: [string, string][] = [
        ["  Who's the Boss? (draft 2)  ", "whos-the-boss-draft-2.md"],
        ["Café_Étude — Patron", "cafe-etude-patron.md"],
        ["???", "map.md"],
      ];
      for (const [title, fileName] of cases) {
        const map = await makeMap(db(), owner.id, sample.id, { title, graph });
        expect((await exportMap(db(), owner.id, map.id, "markdown", ORIGIN)).fileName).toBe(fileName);
      }
    });

    it("writes AIF with one I-node per statement, one RA-node per argument and one CA-node per attack", async () => {
      const { owner, map, graph } = await setting();
      const aif = JSON.parse(await exportText(owner.id, map.id, "aif")) as AifJson;
      const count = (type: string) => aif.nodes.filter((node) => node.type === type).length;
      expect([count("I"), count("RA"), count("CA")]).toEqual([6, 2, 2]);
      expect(aif.nodes).toHaveLength(10);
      // Linked: 2 premises + 1 conclusion; convergent: 1 + 1; each attack: 2.
      expect(aif.edges).toHaveLength(9);
      expect(aif.nodes.map((node) => [node.type, node.text])).toEqual([
        ["I", CLAIM],
        ["I", PREMISE_1],
        ["I", PREMISE_2],
        ["I", EVIDENCE],
        ["I", OBJECTION_REWORDED],
        ["I", FREE],
        ["RA", "Default Inference"],
        ["RA", "Argument from Sign"],
        ["CA", "Default Conflict"],
        ["CA", "Default Conflict"],
      ]);
      expect(aif).toMatchObject({ warrant: { title: "Map 1" }, locutions: [] });
      expect(fromAif(aif)).toEqual(graph);
    });

    it("writes Argdown that @argdown/core reads without an error, with the map's statements and relations", async () => {
      const { owner, map } = await setting();
      const source = await exportText(owner.id, map.id, "argdown");
      const response = runArgdown(source);
      expect(response.lexerErrors).toEqual([]);
      expect(response.parserErrors).toEqual([]);
      expect(response.exceptions).toEqual([]);
      expect(response.frontMatter).toEqual({ title: "Map 1" });
      expect(argdownSummary(response)).toEqual({
        statements: [EVIDENCE, FREE, OBJECTION_REWORDED, PREMISE_2, CLAIM, PREMISE_1].sort(),
        supports: [`${EVIDENCE} ⇒ ${CLAIM}`, `${PREMISE_2} & ${PREMISE_1} ⇒ ${CLAIM}`].sort(),
        attacks: [`${OBJECTION_REWORDED} ⟂ ${CLAIM}`],
        undercuts: [`${FREE} ⟂ (${EVIDENCE} ⇒ ${CLAIM})`],
      });
    });

    it("writes a PNG", async () => {
      const { owner, map } = await setting();
      const { body } = await exportMap(db(), owner.id, map.id, "png", ORIGIN);
      expect(Buffer.isBuffer(body)).toBe(true);
      expect((body as Buffer).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect((body as Buffer).subarray(12, 16).toString("latin1")).toBe("IHDR");
    });

    it("writes an SVG holding the statements' texts", async () => {
      const { owner, map } = await setting();
      const svg = await exportText(owner.id, map.id, "svg");
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" version="1.1"')).toBe(true);
      expect(svg).toContain(`<title>${FREE}</title>`);
      expect(svg).toContain(`<title>Netanyahu &quot;knows who the boss is.&quot;</title>`);
      expect(svg).toContain("<title>Map 1</title>");
    });

    it("writes GraphML and DOT with every statement", async () => {
      const { owner, map } = await setting();
      const graphml = await exportText(owner.id, map.id, "graphml");
      expect(graphml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(graphml).toContain(
        `    <node id="f"><data key="kind">statement</data><data key="text">${FREE}</data>` +
          `<data key="label">Statement</data></node>\n`,
      );
      const dot = await exportText(owner.id, map.id, "dot");
      expect(dot.startsWith("digraph map {\n")).toBe(true);
      expect(dot).toContain(`  "f" [label="STATEMENT\\nA public rebuke can be\\ntheatre rather than leverage"`);
      expect(dot).toContain(`  "f" -> "sign" [color="#c62828", style=dotted];\n`);
    });

    it("writes a Markdown outline quoting the annotation's passage where the node was reworded", async () => {
      const { owner, map } = await setting();
      const markdown = await exportText(owner.id, map.id, "markdown");
      expect(markdown).toContain(`- ${OBJECTION_REWORDED}\n  > ${OBJECTION}\n`);
      expect(markdown).toBe(
        [
          "# Map 1",
          "",
          `## ${CLAIM}`,
          "",
          "+ together:",
          `  + ${PREMISE_1}`,
          `  + ${PREMISE_2}`,
          `+ Netanyahu "knows who the boss is." _(Argument from Sign)_`,
          `  - undercuts the inference: ${FREE}`,
          `- ${OBJECTION_REWORDED}`,
          `  > ${OBJECTION}`,
          "",
        ].join("\n"),
      );
    });

    it("quotes the annotation's current text, not the map's snapshot of it", async () => {
      const { sample, owner, objection } = await setting();
      // A node whose snapshot is stale: the annotation quotes OBJECTION.
      const map = await makeMap(db(), owner.id, sample.id, {
        title: "Stale",
        graph: graphOf([{ ...annotationNode("o", objection), text: "An old snapshot" }]),
      });
      expect(await exportText(owner.id, map.id, "markdown")).toBe(
        ["# Stale", "", "## An old snapshot", "", `> ${OBJECTION}`, ""].join("\n"),
      );
    });

    it("never shows another reader of a shared map the owner's private annotations", async () => {
      const { reader, map } = await setting("everyone");
      const markdown = await exportText(reader.id, map.id, "markdown");
      expect(markdown).toBe(
        [
          "# Map 1",
          "",
          `## ${CLAIM}`,
          "",
          "+ together:",
          `  + ${PREMISE_1}`,
          `  + ${PREMISE_2}`,
          `+ Netanyahu "knows who the boss is." _(Argument from Sign)_`,
          `  - undercuts the inference: ${FREE}`,
          `- ${OBJECTION_REWORDED}`,
          "",
        ].join("\n"),
      );
      // In W3C every node is then a statement of the map's own, none an annotation.
      const w3c = JSON.parse(await exportText(reader.id, map.id, "w3c")) as { first: { items: { id: string }[] } };
      const mapUrl = `${ORIGIN}/api/maps/${map.id}/export`;
      expect(w3c.first.items.map((item) => item.id)).toEqual([
        ...["c", "p1", "p2", "e", "o", "f"].map((id) => `${mapUrl}/statements/${id}`),
        `${mapUrl}/arguments/linked`,
        `${mapUrl}/arguments/sign`,
        `${mapUrl}/attacks/rebut`,
        `${mapUrl}/attacks/cut`,
      ]);
    });

    it("quotes no deleted annotation, whether or not it has replies", async () => {
      const { sample, owner, claim, objection } = await setting();
      const map = await makeMap(db(), owner.id, sample.id, {
        title: "Deleted",
        graph: graphOf(
          [
            { ...annotationNode("c", claim), text: "The patron enforces compliance" },
            { ...annotationNode("o", objection), text: OBJECTION_REWORDED },
          ],
          [],
          [rebuttal("rebut", "o", "c")],
        ),
      });
      // Deleted since the map was saved: the objection has a reply (so listAnnotations shows it), the claim none.
      await addReply(db(), owner.id, objection.id, ZReplyCreate.parse({ body: "Is this still true?" }));
      await deleteAnnotation(db(), owner.id, objection.id);
      await deleteAnnotation(db(), owner.id, claim.id);
      expect(await exportText(owner.id, map.id, "markdown")).toBe(
        ["# Deleted", "", "## The patron enforces compliance", "", `- ${OBJECTION_REWORDED}`, ""].join("\n"),
      );
      const w3c = JSON.parse(await exportText(owner.id, map.id, "w3c")) as { first: { items: { id: string }[] } };
      const mapUrl = `${ORIGIN}/api/maps/${map.id}/export`;
      expect(w3c.first.items.map((item) => item.id)).toEqual([
        `${mapUrl}/statements/c`,
        `${mapUrl}/statements/o`,
        `${mapUrl}/attacks/rebut`,
      ]);
    });

    it("writes W3C annotations with one linking annotation per argument and per attack", async () => {
      const { owner, map, claim, premise1, premise2, evidence, objection } = await setting();
      const w3c = JSON.parse(await exportText(owner.id, map.id, "w3c")) as {
        type: string;
        total: number;
        first: { items: { id: string; motivation: string; target: unknown; body: { value: string }[] }[] };
      };
      const mapUrl = `${ORIGIN}/api/maps/${map.id}/export`;
      const annotationIri = (id: string) => `${ORIGIN}/api/annotations/${id}`;
      const items = w3c.first.items;
      expect(w3c.type).toBe("AnnotationCollection");
      expect(w3c.total).toBe(10);
      expect(items).toHaveLength(10);
      // The five annotations in document order, the free statement, then the links.
      expect(items.map((item) => [item.id, item.motivation])).toEqual([
        ...[evidence, premise2, claim, premise1, objection].map((a) => [annotationIri(a.id), "classifying"]),
        [`${mapUrl}/statements/f`, "describing"],
        ...["arguments/linked", "arguments/sign", "attacks/rebut", "attacks/cut"].map((path) => [
          `${mapUrl}/${path}`,
          "linking",
        ]),
      ]);
      const links = items.filter((item) => item.motivation === "linking");
      expect(links.map((link) => [link.id, link.target, link.body[0].value])).toEqual([
        [
          `${mapUrl}/arguments/linked`,
          [annotationIri(premise1.id), annotationIri(premise2.id), annotationIri(claim.id)],
          "supports",
        ],
        [`${mapUrl}/arguments/sign`, [annotationIri(evidence.id), annotationIri(claim.id)], "supports"],
        [`${mapUrl}/attacks/rebut`, [annotationIri(objection.id), annotationIri(claim.id)], "attacks"],
        [`${mapUrl}/attacks/cut`, [`${mapUrl}/statements/f`, `${mapUrl}/arguments/sign`], "undercuts"],
      ]);
      // The links were drawn by the map's owner, when this version was saved; the label names the document.
      const saved = await db().argumentMap.findUniqueOrThrow({ where: { id: map.id }, select: { updatedAt: true } });
      const document = await db().document.findUniqueOrThrow({
        where: { id: map.documentId },
        select: { title: true },
      });
      for (const link of links as unknown as { creator: { id: string; name: string }; created: string }[]) {
        expect(link.creator).toMatchObject({ id: `${ORIGIN}/users/${owner.id}`, name: owner.name });
        expect(link.created).toBe(saved.updatedAt.toISOString());
      }
      expect((w3c as unknown as { label: string }).label).toContain(document.title);
    });

    it("refuses, in every format, a map the caller cannot see", async () => {
      const { owner, reader, map } = await setting();
      const hidden = await privateDocument(db(), owner.id);
      const shared = await makeMap(db(), owner.id, hidden.id, { title: "Shared", visibility: "everyone" });
      for (const format of MAP_EXPORT_FORMATS) {
        for (const [userId, mapId] of [
          [reader.id, map.id], // private to its owner
          [reader.id, shared.id], // shared, but on a document the reader cannot read
          [owner.id, MISSING_ID],
          [owner.id, "not-a-uuid"],
        ]) {
          const refused = await rejectionOf(exportMap(db(), userId, mapId, format, ORIGIN));
          expect(refused).toBeInstanceOf(NotFoundError);
          expect(refused).toMatchObject({ message: "Map not found" });
        }
      }
    });

    it("takes only the eight formats", () => {
      expect(MAP_EXPORT_FORMATS).toEqual(FILES.map(([format]) => format));
      for (const format of MAP_EXPORT_FORMATS) expect(ZMapExportFormat.parse(format)).toBe(format);
      for (const bad of ["pdf", "AIF", "", undefined]) {
        const result = ZMapExportFormat.safeParse(bad);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message)).toEqual([
          "format must be one of: aif, argdown, w3c, graphml, dot, svg, png, markdown",
        ]);
      }
    });
  });

  describe("importMap", () => {
    /** The importer's annotations on `documentId`, in document order, with the fields the import sets. */
    async function annotationsOn(documentId: string) {
      return db().annotation.findMany({
        where: { documentId },
        select: {
          id: true,
          authorId: true,
          kind: true,
          visibility: true,
          exact: true,
          prefix: true,
          suffix: true,
          start: true,
          end: true,
          comment: true,
          tags: true,
          searchText: true,
          deletedAt: true,
        },
        orderBy: { start: "asc" },
      });
    }

    /** What a new private annotation of `authorId`'s on `kind` `exact` at its first place in `text` holds. */
    function expectedAnnotation(authorId: string, text: string, kind: string, exact: string) {
      const start = text.indexOf(exact);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = start + exact.length;
      return {
        id: expect.any(String),
        authorId,
        kind,
        visibility: "private",
        exact,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        start,
        end,
        comment: "",
        tags: [],
        // As createAnnotation writes it for an annotation without comment or tags.
        searchText: `${exact}\n`,
        deletedAt: null,
      };
    }

    /**
     * The copy's four new annotations (claim, premises, evidence; the
     * reworded objection and the free statement are found nowhere), in
     * document order, and the id each anchored text got.
     */
    async function anchoredCopy(importerId: string, copy: { id: string; plainText: string }) {
      const rows = await annotationsOn(copy.id);
      const expected = (
        [
          ["claim", CLAIM],
          ["premise", PREMISE_1],
          ["premise", PREMISE_2],
          ["evidence", EVIDENCE],
        ] as const
      )
        .map(([kind, exact]) => expectedAnnotation(importerId, copy.plainText, kind, exact))
        .sort((a, b) => a.start - b.start);
      expect(rows).toEqual(expected);
      return new Map(rows.map((row) => [row.exact, row.id]));
    }

    it("round-trips an AIF export into a new map on another copy of the sample, anchoring what it finds", async () => {
      const { owner, reader, map, graph, claim } = await setting();
      const source = await exportText(owner.id, map.id, "aif");
      const copy = await privateDocument(db(), reader.id);
      const before = await rowCounts();

      const imported = await importMap(db(), reader.id, copy.id, { format: "aif", source, title: "Imported AIF" });
      expect(imported.anchored).toBe(4);
      expect(await rowCounts()).toEqual({
        maps: before.maps + 1,
        versions: before.versions + 1,
        annotations: before.annotations + 4,
      });
      const ids = await anchoredCopy(reader.id, copy);
      for (const id of ids.values()) expect(id).not.toBe(claim.id);
      // The same graph, ids, kinds, positions, scheme and answers, with the copy's annotations.
      const expected: MapGraph = {
        ...graph,
        nodes: graph.nodes.map((node) => ({ ...node, annotationId: ids.get(node.text) ?? null })),
      };
      expect(expected.nodes.filter((node) => node.annotationId === null).map((node) => node.id)).toEqual(["o", "f"]);
      const row = await db().argumentMap.findUniqueOrThrow({ where: { id: imported.map.id } });
      expect(imported.map).toEqual({
        id: row.id,
        documentId: copy.id,
        title: "Imported AIF",
        visibility: "private",
        group: null,
        version: 1,
        graph: expected,
        owner: { id: reader.id, name: "Reader" },
        canEdit: true,
        canManage: true,
        updatedAt: row.updatedAt.toISOString(),
      });
      expect(await getMap(db(), reader.id, imported.map.id)).toEqual(imported.map);
      expect(await storedVersions(db(), imported.map.id)).toEqual([
        { version: 1, title: "Imported AIF", graph: expected, authorId: reader.id, restoredFrom: null },
      ]);
      // The original map and the owner's annotations are untouched.
      expect(await getMap(db(), owner.id, map.id)).toEqual(map);
    });

    it("round-trips an Argdown export into a new map on another copy of the sample", async () => {
      const { owner, reader, map, graph } = await setting();
      const source = await exportText(owner.id, map.id, "argdown");
      const copy = await privateDocument(db(), reader.id);
      const before = await rowCounts();

      const imported = await importMap(db(), reader.id, copy.id, { format: "argdown", source });
      expect(imported.anchored).toBe(4);
      expect(await rowCounts()).toEqual({
        maps: before.maps + 1,
        versions: before.versions + 1,
        annotations: before.annotations + 4,
      });
      const ids = await anchoredCopy(reader.id, copy);
      // Argdown numbers ids anew: nodes n1… in order, arguments a1…, attacks x1….
      const renamed = new Map(graph.nodes.map((node, i) => [node.id, `n${i + 1}`]));
      const expected: MapGraph = {
        nodes: graph.nodes.map((node) => ({
          ...node,
          id: renamed.get(node.id)!,
          annotationId: ids.get(node.text) ?? null,
        })),
        arguments: [
          { id: "a1", conclusionId: "n1", premiseIds: ["n2", "n3"], scheme: null, answers: {} },
          { id: "a2", conclusionId: "n1", premiseIds: ["n4"], scheme: "sign", answers: { "0": "answered" } },
        ],
        attacks: [
          { id: "x1", attackerId: "n5", target: { nodeId: "n1" } },
          { id: "x2", attackerId: "n6", target: { argumentId: "a2" } },
        ],
      };
      // The title comes back from the front matter.
      expect(imported.map).toMatchObject({
        documentId: copy.id,
        title: map.title,
        visibility: "private",
        version: 1,
        owner: { id: reader.id, name: "Reader" },
        canEdit: true,
      });
      expect(imported.map.graph).toEqual(expected);
      expect(await getMap(db(), reader.id, imported.map.id)).toEqual(imported.map);
      expect(await storedVersions(db(), imported.map.id)).toEqual([
        { version: 1, title: map.title, graph: expected, authorId: reader.id, restoredFrom: null },
      ]);
    });

    it("titles an imported map: the title asked for, else the file's own, else the file name", async () => {
      const { owner, reader, map } = await setting();
      await db().argumentMap.update({ where: { id: map.id }, data: { title: "The summit argument" } });
      const copy = await privateDocument(db(), reader.id);
      const titleOf = async (input: Parameters<typeof importMap>[3]) =>
        (await importMap(db(), reader.id, copy.id, input)).map.title;
      for (const format of ["aif", "argdown"] as const) {
        const source = await exportText(owner.id, map.id, format);
        expect(await titleOf({ format, source, fileName: "the-summit-argument" })).toBe("The summit argument");
        expect(await titleOf({ format, source, title: "Mine", fileName: "x" })).toBe("Mine");
      }
      const plain = JSON.stringify({ nodes: [{ nodeID: "1", text: FREE, type: "I" }], edges: [], locutions: [] });
      expect(await titleOf({ format: "aif", source: plain, fileName: "from-aifdb" })).toBe("from-aifdb");
      expect(await titleOf({ format: "aif", source: plain })).toBe("Imported map");
    });

    it("keeps annotations the importer can see on the same document, and anchors anew those they cannot", async () => {
      const { sample, owner, reader, map, graph } = await setting();
      const source = await exportText(owner.id, map.id, "aif");

      // The owner, on the sample itself: their own annotations are kept, nothing is created.
      const before = await rowCounts();
      const own = await importMap(db(), owner.id, sample.id, { format: "aif", source });
      expect(own.anchored).toBe(5);
      expect(own.map.graph).toEqual(graph);
      expect(await rowCounts()).toEqual({ ...before, maps: before.maps + 1, versions: before.versions + 1 });

      // Another reader cannot see the owner's private annotations: they get their own.
      const theirs = await importMap(db(), reader.id, sample.id, { format: "aif", source });
      expect(theirs.anchored).toBe(4);
      const readers = (await annotationsOn(sample.id)).filter((row) => row.authorId === reader.id);
      expect(readers.map((row) => [row.kind, row.exact])).toEqual([
        ["evidence", EVIDENCE],
        ["premise", PREMISE_2],
        ["claim", CLAIM],
        ["premise", PREMISE_1],
      ]);
      const idOf = new Map(readers.map((row) => [row.exact, row.id]));
      expect(theirs.map.graph.nodes.map((node) => node.annotationId)).toEqual([
        idOf.get(CLAIM),
        idOf.get(PREMISE_1),
        idOf.get(PREMISE_2),
        idOf.get(EVIDENCE),
        null,
        null,
      ]);
    });

    it("imports plain AIF without Warrant's extras, keeping the dialogical layer aside for the AIF export", async () => {
      const { reader } = await setting();
      const copy = await privateDocument(db(), reader.id);
      const source = JSON.stringify({
        nodes: [
          { nodeID: "101", text: `Ana : ${PREMISE_1}`, type: "L", timestamp: "2024-05-01 09:30:00" },
          { nodeID: "102", text: PREMISE_1, type: "I", timestamp: "2024-05-01 09:30:00" },
          { nodeID: "103", text: "Asserting", type: "YA", timestamp: "2024-05-01 09:30:00" },
          { nodeID: "104", text: `  ${CLAIM}  `, type: "I", timestamp: "2024-05-01 09:30:00" },
          { nodeID: "105", text: "Argument From Expert Opinion", type: "RA", timestamp: "2024-05-01 09:30:00" },
          { nodeID: 106, text: FREE, type: "I", timestamp: "2024-05-01 09:30:00" },
          { nodeID: "107", text: "Default Conflict", type: "CA", timestamp: "2024-05-01 09:30:00" },
        ],
        edges: [
          { edgeID: "1", fromID: "101", toID: "103", formEdgeID: null },
          { edgeID: "2", fromID: "103", toID: "102", formEdgeID: null },
          { edgeID: "3", fromID: "102", toID: "105", formEdgeID: null },
          { edgeID: "4", fromID: "105", toID: "104", formEdgeID: null },
          { edgeID: "5", fromID: 106, toID: "107", formEdgeID: null },
          { edgeID: "6", fromID: "107", toID: "105", formEdgeID: null },
        ],
        locutions: [],
      });
      const before = await rowCounts();
      const imported = await importMap(db(), reader.id, copy.id, { format: "aif", source, title: "AIFdb" });
      expect(imported.anchored).toBe(2);
      expect(await rowCounts()).toEqual({
        maps: before.maps + 1,
        versions: before.versions + 1,
        annotations: before.annotations + 2,
      });
      // Plain statements have kind "statement", which is no annotation kind: their annotations are notes.
      const rows = await annotationsOn(copy.id);
      expect(rows).toEqual(
        [
          expectedAnnotation(reader.id, copy.plainText, "note", PREMISE_1),
          expectedAnnotation(reader.id, copy.plainText, "note", CLAIM),
        ].sort((a, b) => a.start - b.start),
      );
      const idOf = new Map(rows.map((row) => [row.exact, row.id]));
      expect({ ...imported.map.graph, aif: undefined }).toEqual({
        nodes: [
          { id: "n102", annotationId: idOf.get(PREMISE_1), kind: "statement", text: PREMISE_1, position: null },
          { id: "n104", annotationId: idOf.get(CLAIM), kind: "statement", text: CLAIM, position: null },
          { id: "n106", annotationId: null, kind: "statement", text: FREE, position: null },
        ],
        arguments: [{ id: "a105", conclusionId: "n104", premiseIds: ["n102"], scheme: "expert-opinion", answers: {} }],
        attacks: [{ id: "x107", attackerId: "n106", target: { argumentId: "a105" } }],
        aif: undefined,
      });
      expect(imported.map.title).toBe("AIFdb");
      expect(imported.report).toEqual({
        imported: { statements: 3, arguments: 1, attacks: 1, restatements: 0 },
        passThrough: { nodes: { L: 1, YA: 1 }, edges: 2, records: {} },
        warnings: [],
        format: "aif",
      });
      // The stored map writes the file back: every node and edge, with its id.
      const file = await exportMap(db(), reader.id, imported.map.id, "aif", ORIGIN);
      const written = JSON.parse(String(file.body)) as AifJson;
      const original = JSON.parse(source) as AifJson;
      const ids = (json: AifJson) => json.nodes.map((node) => `${node.type} ${node.nodeID}`).sort();
      expect(ids(written)).toEqual(ids(original));
      expect(written.edges).toHaveLength(original.edges.length);
    });

    it("imports AIF with an edge to a missing node, keeping the edge and warning of it", async () => {
      const { reader } = await setting();
      const copy = await privateDocument(db(), reader.id);
      const source = JSON.stringify({
        nodes: [
          { nodeID: "1", text: CLAIM, type: "I" },
          { nodeID: "2", text: "Default Inference", type: "RA" },
          { nodeID: "3", text: PREMISE_1, type: "I" },
        ],
        edges: [
          { edgeID: "1", fromID: "3", toID: "2" },
          { edgeID: "2", fromID: "2", toID: "99" },
        ],
      });
      const imported = await importMap(db(), reader.id, copy.id, { format: "aif", source });
      expect(imported.report.warnings).toEqual([
        "RA-node 2 has no conclusion a map can hold; it is kept in the file with its edges but not on the map",
        "edge 2 joins node 99, which does not exist; it is kept as it is",
      ]);
      expect(imported.map.graph.nodes.map((node) => node.text)).toEqual([CLAIM, PREMISE_1]);
      expect((await getMap(db(), reader.id, imported.map.id)).graph.aif?.edges).toHaveLength(2);
    });

    describe("refuses, saving nothing", () => {
      /** The request as the import route handles it: ZMapImport, then importMap. */
      async function importRequest(userId: string, documentId: string, body: unknown) {
        return importMap(db(), userId, documentId, ZMapImport.parse(body));
      }

      const jsonError = (text: string) => {
        try {
          JSON.parse(text);
        } catch (error) {
          return (error as SyntaxError).message;
        }
        throw new Error("expected malformed JSON");
      };

      const CASES: [string, "aif" | "argdown", string, string][] = [
        ["malformed JSON", "aif", '{"nodes": [', `The AIF file is not valid JSON: ${jsonError('{"nodes": [')}`],
        [
          "JSON that is not AIF",
          "aif",
          "[]",
          'This is not AIF: expected a JSON object with "nodes" and "edges" lists.',
        ],
        ["AIF without nodes", "aif", '{"vertices": [], "edges": []}', "nodes must be a list"],
        [
          "an unclosed Argdown title",
          "argdown",
          `[Claim]: ${CLAIM}\n\n[Unclosed: text`,
          'line 3: "[" opens a title that is never closed: end it with "]", or write "\\[" for the character itself',
        ],
      ];

      it.each(CASES)("%s", async (_what, format, source, message) => {
        const { sample, owner, reader } = await setting();
        const copy = await privateDocument(db(), reader.id);
        const before = await rowCounts();
        for (const [userId, documentId] of [
          [owner.id, sample.id],
          [reader.id, copy.id],
        ]) {
          const refused = await rejectionOf(importRequest(userId, documentId, { format, source }));
          expect(refused).toBeInstanceOf(InvalidInputError);
          expect(refused).toMatchObject({ field: "source", message });
        }
        expect(await rowCounts()).toEqual(before);
      });

      it("an unknown format or an empty file, before importMap is reached", async () => {
        const { sample, owner } = await setting();
        const before = await rowCounts();
        const cases: [unknown, { path: string[]; message: string }][] = [
          [
            { format: "pdf", source: "x" },
            { path: ["format"], message: "format must be aif or argdown" },
          ],
          [{ source: "x" }, { path: ["format"], message: "format must be aif or argdown" }],
          [
            { format: "aif", source: "" },
            { path: ["source"], message: "the file is empty" },
          ],
          [
            { format: "argdown", source: "" },
            { path: ["source"], message: "the file is empty" },
          ],
          [
            { format: "aif", source: "{}", title: "   " },
            { path: ["title"], message: "a map needs a title" },
          ],
          [
            { format: "aif", source: "{}", fileName: " " },
            { path: ["fileName"], message: "fileName must not be empty" },
          ],
          [
            { format: "aif", source: "{}", fileName: "x".repeat(256) },
            { path: ["fileName"], message: "fileName must be at most 255 characters" },
          ],
        ];
        for (const [body, issue] of cases) {
          const result = ZMapImport.safeParse(body);
          expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([issue]);
          await expect(importRequest(owner.id, sample.id, body)).rejects.toThrow();
        }
        expect(await rowCounts()).toEqual(before);
      });

      it("a document the caller cannot read, or that does not exist", async () => {
        const { owner, reader, map } = await setting();
        const source = await exportText(owner.id, map.id, "aif");
        const hidden = await privateDocument(db(), owner.id);
        const before = await rowCounts();
        for (const documentId of [hidden.id, MISSING_ID, "not-a-uuid"]) {
          for (const format of ["aif", "argdown"] as const) {
            // The document is checked first: even a file that would not parse gives NotFoundError.
            for (const body of [source, "[Unclosed: text"]) {
              const refused = await rejectionOf(importMap(db(), reader.id, documentId, { format, source: body }));
              expect(refused).toBeInstanceOf(NotFoundError);
              expect(refused).toMatchObject({ message: DOCUMENT_NOT_FOUND });
            }
          }
        }
        expect(await rowCounts()).toEqual(before);
      });
    });
  });
});
