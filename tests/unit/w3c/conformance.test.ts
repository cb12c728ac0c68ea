import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { W3C_SUITE } from "./suite-location";
import { toW3CCollection } from "@/lib/w3c/serialize";
import { EXPORT_INPUT, VIEWS } from "./fixture";
import { JsonTestSuite, type AssertionOutcome } from "./jsontest-harness";

// The Web Annotation Working Group's own conformance suite (see SOURCE.md
// there), run with jsontest-harness.ts, which documents the semantics of the
// .test files. In CI the repository sits next to a copy of shared/.

const ANNOTATION_MUSTS = "annotations/annotationMusts.test";
const COLLECTION_MUSTS = "collections/collectionMusts.test";
const PAGE_MUSTS = "collections/pages/pageMusts.test";

/** How many assertions each file lists, read from the file itself. */
function assertionCount(testFile: string): number {
  return (JSON.parse(fs.readFileSync(path.join(W3C_SUITE, testFile), "utf8")) as { assertions: unknown[] }).assertions
    .length;
}

function failures(outcomes: AssertionOutcome[]) {
  return outcomes.filter((outcome) => outcome.status !== "pass").map(({ file, message }) => ({ file, message }));
}

describe("the W3C Web Annotation conformance suite (MUST assertions)", () => {
  let suite: JsonTestSuite;
  const collection = toW3CCollection({ ...EXPORT_INPUT, annotations: VIEWS, generatedAt: new Date(0) });
  const items = collection.first.items;

  beforeAll(() => {
    suite = new JsonTestSuite(W3C_SUITE);
  });

  it("declares only MUST assertions in the three *Musts files (54 + 10 + 15)", () => {
    expect([ANNOTATION_MUSTS, COLLECTION_MUSTS, PAGE_MUSTS].map(assertionCount)).toEqual([54, 10, 15]);
    const outcomes = [
      ...suite.runTestFile(ANNOTATION_MUSTS, items[0]),
      ...suite.runTestFile(COLLECTION_MUSTS, collection),
      ...suite.runTestFile(PAGE_MUSTS, collection),
    ];
    expect(new Set(outcomes.map((outcome) => outcome.assertionType))).toEqual(new Set(["must"]));
  });

  it("exports five items to check: two annotations, a placeholder and two replies", () => {
    expect(items.map((item) => item.type)).toEqual([
      "Annotation",
      "Annotation",
      "Annotation",
      ["Annotation", "as:Tombstone"],
      "Annotation",
    ]);
  });

  it.each(items.map((item, index) => [index, item.id, item] as const))(
    "item %i (%s) passes every assertion of annotationMusts.test",
    (_index, _id, item) => {
      const outcomes = suite.runTestFile(ANNOTATION_MUSTS, item);
      expect(failures(outcomes)).toEqual([]);
      expect(outcomes).toHaveLength(assertionCount(ANNOTATION_MUSTS));
    },
  );

  // Not a MUST: the model says an Annotation SHOULD have exactly one
  // motivation, which is why the export never writes a list of them. The
  // placeholder has none (the model allows that).
  it("gives every item but the placeholder a single motivation from the model's list (a SHOULD)", () => {
    const single = { assertions: ["3.3.5-annotationSingleMotivationImplemented.json"] };
    const statuses = items.map((item) => suite.runTest(single, "annotations", item)[0].status);
    expect(statuses).toEqual(["pass", "pass", "pass", "fail", "pass"]);
  });

  it("the collection passes every assertion of collectionMusts.test", () => {
    const outcomes = suite.runTestFile(COLLECTION_MUSTS, collection);
    expect(failures(outcomes)).toEqual([]);
    expect(outcomes).toHaveLength(assertionCount(COLLECTION_MUSTS));
  });

  // pageMusts.test takes "a single Annotation Page or an Annotation
  // Collection with an embedded Page": the embedded page is checked both ways.
  it.each([
    ["the collection with its embedded page", () => collection],
    ["the embedded page on its own", () => collection.first],
  ])("%s passes every assertion of pageMusts.test", (_name, content) => {
    const outcomes = suite.runTestFile(PAGE_MUSTS, content());
    expect(failures(outcomes)).toEqual([]);
    expect(outcomes).toHaveLength(assertionCount(PAGE_MUSTS));
  });
});

describe("the conformance harness can fail", () => {
  let suite: JsonTestSuite;
  const collection = toW3CCollection({ ...EXPORT_INPUT, annotations: VIEWS });
  const failedFiles = (outcomes: AssertionOutcome[]) =>
    outcomes.filter((outcome) => outcome.status === "fail").map((outcome) => outcome.file);

  beforeAll(() => {
    suite = new JsonTestSuite(W3C_SUITE);
  });

  it("reports the two MUSTs a broken annotation breaks: no @context, type not Annotation", () => {
    const { "@context": _context, ...broken } = { ...collection.first.items[0], type: "Note" };
    const outcomes = suite.runTestFile(ANNOTATION_MUSTS, broken);
    expect(failedFiles(outcomes)).toEqual([
      "annotations/3.1-annotationContextValidated.json",
      "annotations/3.1-annotationTypeValidated.json",
    ]);
    expect(outcomes.find((outcome) => outcome.status === "fail")?.message).toMatch(
      /^ERROR: Annotation is missing @context key .*must have required property '@context'/,
    );
  });

  it("reports broken collection and page keys", () => {
    const broken = { ...collection, type: "Collection", total: -1, first: { ...collection.first, items: "none" } };
    expect(failedFiles(suite.runTestFile(COLLECTION_MUSTS, broken))).toEqual([
      "collections/5.1-collectionTypeValidated.json",
      "collections/5.1-collectionTotalValidated.json",
    ]);
    expect(failedFiles(suite.runTestFile(PAGE_MUSTS, broken.first))).toEqual([
      "collections/pages/5.2-pageItemsValidated.json",
    ]);
  });

  it("agrees with the Working Group's own samples", () => {
    const samples = (folder: string) =>
      fs
        .readdirSync(path.join(W3C_SUITE, "tools/samples", folder))
        .filter((name) => name.startsWith("anno"))
        .sort()
        .map((name) => ({ name, text: fs.readFileSync(path.join(W3C_SUITE, "tools/samples", folder, name), "utf8") }));
    const parsed = (text: string): { ok: true; json: unknown } | { ok: false } => {
      try {
        return { ok: true, json: JSON.parse(text) };
      } catch {
        return { ok: false };
      }
    };

    // Correct samples pass every MUST, except three whose targets are
    // Composite / List / Independents, which 3.2-targetObjectsRecognized
    // does not recognise (the suite's own disagreement, not the harness's).
    const correct = samples("correct").map(({ name, text }) => {
      const sample = parsed(text);
      if (!sample.ok) throw new Error(`${name} is not JSON`);
      return { name, failed: failedFiles(suite.runTestFile(ANNOTATION_MUSTS, sample.json)) };
    });
    expect(correct.length).toBeGreaterThan(30);
    expect(correct.filter((sample) => sample.failed.length > 0)).toEqual(
      ["anno11.json", "anno12.json", "anno13.json"].map((name) => ({
        name,
        failed: ["annotations/3.2-targetObjectsRecognized.json"],
      })),
    );

    // Every incorrect sample fails at least one MUST; those that are not
    // even JSON fail as JSONtest.js fails them, before any assertion runs.
    const incorrect = samples("incorrect").map(({ name, text }) => {
      const sample = parsed(text);
      return { name, failed: sample.ok ? failedFiles(suite.runTestFile(ANNOTATION_MUSTS, sample.json)).length : 1 };
    });
    expect(incorrect.length).toBeGreaterThan(30);
    expect(incorrect.filter((sample) => sample.failed === 0)).toEqual([]);
  });
});
