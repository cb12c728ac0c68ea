import { beforeAll, describe, expect, it } from "vitest";
import { W3C_SUITE } from "../../w3c/suite-location";
import { toW3CMapCollection, type W3CMapInput } from "@/lib/argument/formats/w3c-links-export";
import { toW3CCollection } from "@/lib/w3c/serialize";
import type { MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "@/tests/fixtures/argument/graph-parts";
import { ANN, LIBERTY_MAP, LIBERTY_VIEWS } from "@/tests/fixtures/argument/liberty-map";
import { JsonTestSuite, type AssertionOutcome } from "../../w3c/jsontest-harness";

const BASE = "https://warrant.example.org";
const MAP = `${BASE}/maps/map-1`;
const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const iri = (annotationId: string) => `${BASE}/api/annotations/${annotationId}`;

const INPUT: W3CMapInput = {
  graph: LIBERTY_MAP,
  title: "The harm principle",
  mapUrl: MAP,
  collectionUrl: `${BASE}/api/maps/map-1/export?format=w3c`,
  documentUrl: `${BASE}/documents/doc-1`,
  documentTitle: "On Liberty",
  baseUrl: BASE,
  annotations: LIBERTY_VIEWS,
  creator: { id: "user-ann", name: "Ann Lee" },
  savedAt: "2025-03-10T12:00:00+01:00",
  generatedAt: new Date("2025-04-01T00:00:00Z"),
};

const LINK = {
  "@context": CONTEXT,
  type: "Annotation",
  motivation: "linking",
  creator: { id: `${BASE}/users/user-ann`, type: "Person", name: "Ann Lee" },
  created: "2025-03-10T11:00:00.000Z",
};
const relation = (value: string) => ({ type: "TextualBody", purpose: "classifying", value });
const words = (value: string) => ({ type: "TextualBody", purpose: "describing", value, format: "text/plain" });

// Each test exports inside its own body (not once per file): a mutation
// tool switches a mutant on just before the tests run, after file loading.
const libertyItems = () => toW3CMapCollection(INPUT).first.items;

/** A map of free statements a–e ("A."–"E."), with the given arguments and attacks. */
const freeMap = (argumentsOf: MapGraph["arguments"], attacks: MapGraph["attacks"] = []): MapGraph => ({
  nodes: ["a", "b", "c", "d", "e"].map((id) => freeNode(id, "statement", `${id.toUpperCase()}.`)),
  arguments: argumentsOf,
  attacks,
});
const linksOf = (graph: MapGraph) =>
  toW3CMapCollection({ ...INPUT, graph, annotations: [] }).first.items.filter((item) => item.motivation === "linking");

describe("toW3CMapCollection", () => {
  it("starts with the map's annotations exactly as toW3CCollection writes them", () => {
    const items = libertyItems();
    const plain = toW3CCollection({ ...INPUT, documentTitle: "On Liberty", annotations: LIBERTY_VIEWS });
    expect(items.slice(0, LIBERTY_VIEWS.length)).toEqual(plain.first.items);
    expect(items.slice(0, LIBERTY_VIEWS.length).map((item) => item.id)).toEqual(LIBERTY_VIEWS.map((v) => iri(v.id)));
  });

  it("adds each free statement as an Annotation on the document", () => {
    const items = libertyItems();
    expect(items[LIBERTY_VIEWS.length]).toEqual({
      ...LINK,
      id: `${MAP}/statements/own-good`,
      motivation: "describing",
      body: [
        { type: "TextualBody", purpose: "classifying", value: "statement" },
        {
          type: "TextualBody",
          purpose: "describing",
          value: "Coercion for a person's own good overrides their judgment.",
          format: "text/plain",
        },
      ],
      target: INPUT.documentUrl,
    });
  });

  it("adds one linking Annotation per argument and per attack, its direction in words", () => {
    const items = libertyItems();
    expect(items.slice(LIBERTY_VIEWS.length + 1)).toEqual([
      {
        ...LINK,
        id: `${MAP}/arguments/arg-linked`,
        body: [
          relation("supports"),
          words(
            "“Each person is the best judge of their own interests.” and " +
              "“Coercion for a person's own good overrides their judgment.” together support " +
              "“Society may coerce an individual only to prevent harm to others.”.",
          ),
        ],
        target: [iri(ANN.judge), `${MAP}/statements/own-good`, iri(ANN.harm)],
      },
      {
        ...LINK,
        id: `${MAP}/arguments/arg-expert`,
        body: [
          relation("supports"),
          { type: "TextualBody", purpose: "tagging", value: "expert-opinion" },
          words(
            "“Mill, a leading authority on liberty, says power may only be used to prevent…” supports " +
              "“Society may coerce an individual only to prevent harm to others.”.",
          ),
        ],
        target: [iri(ANN.mill), iri(ANN.harm)],
      },
      {
        ...LINK,
        id: `${MAP}/arguments/arg-speech`,
        body: [
          relation("supports"),
          words("“Free discussion leads to truth.” supports “Truth emerges only where discussion is free.”."),
        ],
        target: [iri(ANN.speech), iri(ANN.truth)],
      },
      {
        ...LINK,
        id: `${MAP}/arguments/arg-truth`,
        body: [
          relation("supports"),
          words("“Truth emerges only where discussion is free.” supports “Free discussion leads to truth.”."),
        ],
        target: [iri(ANN.truth), iri(ANN.speech)],
      },
      {
        ...LINK,
        id: `${MAP}/attacks/att-rebut`,
        body: [
          relation("attacks"),
          words(
            '“Some "self-regarding" acts harm families & <dependants> too.” attacks ' +
              "“Society may coerce an individual only to prevent harm to others.”.",
          ),
        ],
        target: [iri(ANN.families), iri(ANN.harm)],
      },
      {
        ...LINK,
        id: `${MAP}/attacks/att-undercut`,
        body: [
          relation("undercuts"),
          words(
            "“Mill wrote as a philosopher, not as an expert in public health.” undercuts the inference from " +
              "“Mill, a leading authority on liberty, says power may only be used to prevent…” to " +
              "“Society may coerce an individual only to prevent harm to others.”.",
          ),
        ],
        target: [iri(ANN.philosopher), `${MAP}/arguments/arg-expert`],
      },
    ]);
  });

  it("labels and counts the whole collection", () => {
    const collection = toW3CMapCollection(INPUT);
    const items = collection.first.items;
    expect(collection).toMatchObject({
      "@context": CONTEXT,
      id: INPUT.collectionUrl,
      type: "AnnotationCollection",
      label: 'Argument map "The harm principle" on "On Liberty"',
      total: 16,
      generated: "2025-04-01T00:00:00.000Z",
      first: {
        id: `${INPUT.collectionUrl}&page=0`,
        type: "AnnotationPage",
        partOf: { id: INPUT.collectionUrl, total: 16 },
        startIndex: 0,
      },
    });
    expect(items).toHaveLength(16);
    expect(new Set(items.map((item) => item.id)).size).toBe(16);
  });

  it("treats a node whose annotation is deleted or not visible as a free statement, and leaves out other annotations", () => {
    const views = LIBERTY_VIEWS.filter((view) => view.id !== ANN.judge).map((view) =>
      view.id === ANN.philosopher ? { ...view, deleted: true, replies: [] } : view,
    );
    const stranger = { ...LIBERTY_VIEWS[0], id: "00000000-0000-4000-8000-0000000000ff" };
    const result = toW3CMapCollection({ ...INPUT, annotations: [...views, stranger] });
    const ids = result.first.items.map((item) => item.id);
    expect(ids).not.toContain(iri(ANN.judge));
    expect(ids).not.toContain(iri(ANN.philosopher));
    expect(ids).not.toContain(iri(stranger.id));
    const linked = result.first.items.find((item) => item.id === `${MAP}/arguments/arg-linked`)!;
    expect(linked.target).toEqual([`${MAP}/statements/judge`, `${MAP}/statements/own-good`, iri(ANN.harm)]);
    const statements = result.first.items.filter((item) => item.motivation === "describing");
    expect(statements.map((item) => [item.id, item.body!.map((body) => body.value)])).toEqual([
      [`${MAP}/statements/judge`, ["premise", "Each person is the best judge of their own interests."]],
      [`${MAP}/statements/own-good`, ["statement", "Coercion for a person's own good overrides their judgment."]],
      [
        `${MAP}/statements/philosopher`,
        ["objection", "Mill wrote as a philosopher, not as an expert in public health."],
      ],
    ]);
    const undercut = result.first.items.find((item) => item.id === `${MAP}/attacks/att-undercut`)!;
    expect(undercut.target).toEqual([`${MAP}/statements/philosopher`, `${MAP}/arguments/arg-expert`]);
  });

  it("drops replies, and without a map IRI, creator or save time derives or omits them", () => {
    const withReply = LIBERTY_VIEWS.map((view, i) =>
      i === 0
        ? { ...view, replies: [{ id: "r1", author: view.author, body: "Hm.", createdAt: view.createdAt }] }
        : view,
    );
    const { mapUrl: _m, creator: _c, savedAt: _s, documentTitle: _d, ...rest } = INPUT;
    const result = toW3CMapCollection({ ...rest, annotations: withReply });
    expect(result.total).toBe(16);
    expect(result.label).toBe('Argument map "The harm principle"');
    const link = result.first.items.at(-1)!;
    expect(link.id).toBe(`${BASE}/api/maps/map-1/export/attacks/att-undercut`);
    expect(link).not.toHaveProperty("creator");
    expect(link).not.toHaveProperty("created");
  });
});

describe("toW3CMapCollection on maps mid-edit and unusual IRIs", () => {
  const words = (link: { body?: { purpose: string; value: string }[] }) =>
    link.body!.filter((body) => body.purpose === "describing").map((body) => body.value);

  it("lists three or more premises as “A”, “B” and “C”, in the sentence of the link and of an undercut", () => {
    const graph = freeMap(
      [support("abc", ["a", "b", "c"], "d")],
      [{ id: "u", attackerId: "e", target: { argumentId: "abc" } }],
    );
    const [argument, undercut] = linksOf(graph);
    expect(words(argument)).toEqual(["“A.”, “B.” and “C.” together support “D.”."]);
    expect(argument.target).toEqual(["a", "b", "c", "d"].map((id) => `${MAP}/statements/${id}`));
    expect(words(undercut)).toEqual(["“E.” undercuts the inference from “A.”, “B.” and “C.” to “D.”."]);
    expect(undercut.target).toEqual([`${MAP}/statements/e`, `${MAP}/arguments/abc`]);
  });

  it("tags an argument with its scheme, even one not in the catalogue, and an argument without one not at all", () => {
    const [own, none] = linksOf(freeMap([support("own", ["a"], "b", "my-scheme"), support("none", ["c"], "b")]));
    expect(own.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "supports" },
      { type: "TextualBody", purpose: "tagging", value: "my-scheme" },
      { type: "TextualBody", purpose: "describing", value: "“A.” supports “B.”.", format: "text/plain" },
    ]);
    expect(none.body!.map((body) => body.purpose)).toEqual(["classifying", "describing"]);
  });

  it("leaves out an argument left without premises, attacks whose ends are missing, and undercuts of such arguments", () => {
    const graph = freeMap(
      [support("empty", ["gone", "b"], "b"), support("kept", ["a"], "b")],
      [
        { id: "no-attacker", attackerId: "gone", target: { nodeId: "b" } },
        { id: "no-target", attackerId: "c", target: { nodeId: "gone" } },
        { id: "no-inference", attackerId: "c", target: { argumentId: "empty" } },
        { id: "no-argument", attackerId: "c", target: { argumentId: "gone" } },
        { id: "rebut", attackerId: "c", target: { nodeId: "b" } },
      ],
    );
    const links = linksOf(graph);
    expect(links.map((link) => link.id)).toEqual([`${MAP}/arguments/kept`, `${MAP}/attacks/rebut`]);
    expect(links[1]).toMatchObject({
      body: [
        { purpose: "classifying", value: "attacks" },
        { purpose: "describing", value: "“C.” attacks “B.”.", format: "text/plain" },
      ],
      target: [`${MAP}/statements/c`, `${MAP}/statements/b`],
    });
  });

  it("gives attacks that share an id distinct IRIs, the later ones suffixed with their position", () => {
    const graph = freeMap(
      [],
      [
        { id: "x", attackerId: "a", target: { nodeId: "b" } },
        { id: "y", attackerId: "a", target: { nodeId: "c" } },
        { id: "x", attackerId: "d", target: { nodeId: "e" } },
      ],
    );
    expect(linksOf(graph).map((link) => link.id)).toEqual([
      `${MAP}/attacks/x`,
      `${MAP}/attacks/y`,
      `${MAP}/attacks/x~2`,
    ]);
  });

  it("strips every trailing slash from the map and base IRIs", () => {
    const result = toW3CMapCollection({ ...INPUT, mapUrl: `${MAP}//`, baseUrl: `${BASE}//` });
    const ids = result.first.items.map((item) => item.id);
    expect(ids).toContain(`${MAP}/statements/own-good`);
    expect(ids).toContain(`${MAP}/arguments/arg-linked`);
    expect(ids).toContain(iri(ANN.harm));
    expect(result.first.items.at(-1)).toMatchObject({ creator: { id: `${BASE}/users/user-ann` } });
  });

  it("derives the map IRI from the collection's without its query or fragment", () => {
    const { mapUrl: _m, ...rest } = INPUT;
    const at = (collectionUrl: string) => toW3CMapCollection({ ...rest, collectionUrl }).first.items.at(-1)!.id;
    expect(at(`${MAP}/export/?format=w3c#top`)).toBe(`${MAP}/export/attacks/att-undercut`);
    expect(at(`${MAP}#top?x`)).toBe(`${MAP}/attacks/att-undercut`);
    expect(at(MAP)).toBe(`${MAP}/attacks/att-undercut`);
  });

  it("dates the links when saved at a Date as well as at a string", () => {
    const result = toW3CMapCollection({ ...INPUT, savedAt: new Date("2025-03-10T11:00:00Z") });
    expect(result.first.items.at(-1)).toMatchObject({ created: "2025-03-10T11:00:00.000Z" });
  });
});

// The Working Group's suite, run as tests/unit/w3c/conformance.test.ts runs it.

describe("toW3CMapCollection against the W3C Web Annotation suite (MUST assertions)", () => {
  let suite: JsonTestSuite;
  const collection = toW3CMapCollection(INPUT);
  const failures = (outcomes: AssertionOutcome[]) =>
    outcomes.filter((outcome) => outcome.status !== "pass").map(({ file, message }) => ({ file, message }));

  beforeAll(() => {
    suite = new JsonTestSuite(W3C_SUITE);
  });

  it.each(collection.first.items.map((item) => [item.id, item] as const))(
    "%s passes annotationMusts.test",
    (_id, item) => {
      const outcomes = suite.runTestFile("annotations/annotationMusts.test", item);
      expect(failures(outcomes)).toEqual([]);
      expect(outcomes).toHaveLength(54);
    },
  );

  it("gives every link a single motivation from the model's list (a SHOULD)", () => {
    const single = { assertions: ["3.3.5-annotationSingleMotivationImplemented.json"] };
    const links = collection.first.items.filter((item) => item.motivation === "linking");
    expect(links).toHaveLength(6);
    const statement = collection.first.items.find((item) => item.motivation === "describing")!;
    expect(suite.runTest(single, "annotations", statement)[0].status).toBe("pass");
    for (const link of links) expect(suite.runTest(single, "annotations", link)[0].status).toBe("pass");
  });

  it("the collection passes collectionMusts.test and, with its page, pageMusts.test", () => {
    expect(failures(suite.runTestFile("collections/collectionMusts.test", collection))).toEqual([]);
    expect(failures(suite.runTestFile("collections/pages/pageMusts.test", collection))).toEqual([]);
    expect(failures(suite.runTestFile("collections/pages/pageMusts.test", collection.first))).toEqual([]);
  });

  it("can fail: a TextualBody with an id and a purpose, as once tried for free statements, breaks a MUST", () => {
    const link = collection.first.items.at(-1)!;
    const broken = {
      ...link,
      body: [...link.body!, { id: `${MAP}/statements/x`, type: "TextualBody", purpose: "describing", value: "X" }],
    };
    const failed = suite
      .runTestFile("annotations/annotationMusts.test", broken)
      .filter((outcome) => outcome.status === "fail")
      .map((outcome) => outcome.file);
    expect(failed).toEqual(["annotations/bodiesTargets/3.3.5-bodyEWRNoPurpose.json"]);
  });
});
