import { beforeAll, describe, expect, it } from "vitest";
import { W3C_SUITE } from "../../w3c/suite-location";
import { toDot } from "@/lib/argument/formats/dot-export";
import { toGraphML } from "@/lib/argument/formats/graphml-export";
import { toMarkdownOutline } from "@/lib/argument/formats/markdown-export";
import { toSvg } from "@/lib/argument/formats/svg-export";
import { toW3CMapCollection, UNSTATED_TAG } from "@/lib/argument/formats/w3c-links-export";
import { layoutMap } from "@/lib/argument/layout-map";
import { RELATION_COLOR } from "@/lib/argument/map-style";
import { EVERY_PART_MAP as MAP } from "@/tests/fixtures/argument/every-part-map";
import { JsonTestSuite } from "../../w3c/jsontest-harness";

// The exports that are not read back (W3C, Markdown, GraphML, DOT, SVG)
// say every part of the map: the unstated premise (labelled and dashed as
// on screen), the picked scheme roles, the statement supporting a whole
// argument and the restatement.

const w3c = () =>
  toW3CMapCollection({
    graph: MAP,
    title: "Coffee",
    mapUrl: "https://w.example/maps/1",
    collectionUrl: "https://w.example/api/maps/1/export?format=w3c",
    documentUrl: "https://w.example/documents/d",
    baseUrl: "https://w.example",
    annotations: [],
  });
const statementIri = (id: string) => `https://w.example/maps/1/statements/${id}`;

describe("W3C: every part of the map", () => {
  it("links a statement supporting a whole argument to the argument's own link Annotation, in words too", () => {
    const item = w3c().first.items.find((i) => i.id === "https://w.example/maps/1/argument-supports/s1")!;
    expect(item).toMatchObject({
      motivation: "linking",
      target: [statementIri("b"), "https://w.example/maps/1/arguments/a1"],
    });
    expect(item.body!.map((body) => [body.purpose, body.value])).toEqual([
      ["classifying", "supports"],
      [
        "describing",
        "“Ames chairs the national nutrition board.” supports the argument from “Dr Ames says coffee is safe in moderation.” " +
          "and “Dr Ames is an expert on nutrition.” to “Coffee is safe in moderation.”.",
      ],
    ]);
  });

  it("tags the unstated premise and says which statement plays which of the scheme's premises", () => {
    const items = w3c().first.items;
    const unstated = items.find((i) => i.id === statementIri("u"))!;
    expect(unstated.body).toContainEqual({ type: "TextualBody", purpose: "tagging", value: UNSTATED_TAG });
    expect(items.find((i) => i.id === statementIri("p"))!.body!.map((b) => b.purpose)).not.toContain("tagging");
    const argument = items.find((i) => i.id === "https://w.example/maps/1/arguments/a1")!;
    expect(argument.body!.at(-1)).toEqual({
      type: "TextualBody",
      purpose: "describing",
      format: "text/plain",
      value:
        "In Argument from Expert Opinion, “Dr Ames is an expert on nutrition.” is the premise " +
        "“Source E is an expert in subject domain S containing proposition A.”; “Dr Ames says coffee is safe in " +
        "moderation.” is the premise “E asserts that proposition A is true (false).”.",
    });
  });

  describe("against the W3C Web Annotation suite", () => {
    let suite: JsonTestSuite;
    beforeAll(() => {
      suite = new JsonTestSuite(W3C_SUITE);
    });
    it("every item passes annotationMusts.test, the collection collectionMusts.test", () => {
      const collection = w3c();
      for (const item of collection.first.items) {
        const failed = suite.runTestFile("annotations/annotationMusts.test", item).filter((o) => o.status !== "pass");
        expect(failed.map((o) => [item.id, o.file])).toEqual([]);
      }
      expect(
        suite.runTestFile("collections/collectionMusts.test", collection).filter((o) => o.status !== "pass"),
      ).toEqual([]);
    });
  });
});

describe("Markdown: every part of the map", () => {
  it("lists the support of the whole argument under it, marks the unstated premise, and lists restatements", () => {
    const markdown = toMarkdownOutline(MAP, { title: "Coffee", quotes: new Map() });
    expect(markdown).toBe(
      [
        "# Coffee",
        "",
        "## Coffee is safe in moderation.",
        "",
        "+ together: _(Argument from Expert Opinion)_",
        "  + Dr Ames says coffee is safe in moderation.",
        "  + Dr Ames is an expert on nutrition. _(unstated premise)_",
        "  + supports the inference: Ames chairs the national nutrition board.",
        "  - undercuts the inference: Ames is paid by a coffee chain.",
        "- Coffee raises blood pressure.",
        "",
        "## Moderate coffee drinking does no harm.",
        "",
        "## Restatements",
        "",
        "- “Moderate coffee drinking does no harm.” restates “Coffee is safe in moderation.”.",
        "",
      ].join("\n"),
    );
  });

  it("puts the support of a one-premise argument under that premise, like an undercut", () => {
    const one = { ...MAP, arguments: [{ ...MAP.arguments[0], premiseIds: ["p"], roles: {} }], restatements: [] };
    const markdown = toMarkdownOutline(one, { title: "Coffee", quotes: new Map() });
    expect(markdown).toContain(
      "+ Dr Ames says coffee is safe in moderation. _(Argument from Expert Opinion)_\n" +
        "  + supports the inference: Ames chairs the national nutrition board.\n" +
        "  - undercuts the inference: Ames is paid by a coffee chain.\n",
    );
  });
});

describe("GraphML and DOT: every part of the map", () => {
  it("GraphML: the node's label as on the map, unstated true, the picked roles, a backing edge", () => {
    const xml = toGraphML(MAP, { title: "Coffee" });
    expect(xml).toContain(
      '<node id="u"><data key="kind">statement</data><data key="text">Dr Ames is an expert on nutrition.</data>' +
        '<data key="label">Unstated premise</data><data key="unstated">true</data></node>',
    );
    expect(xml).toContain('<data key="roles">{&quot;0&quot;:&quot;u&quot;,&quot;1&quot;:&quot;p&quot;}</data>');
    expect(xml).toContain(
      '<edge id="backing:s1" source="b" target="a1"><data key="relation">supports</data><data key="leg">backing</data>',
    );
    expect(xml).toContain('<edge id="restates:m1" source="c" target="r">');
  });

  it("DOT: the unstated premise dashed and labelled so; the backing and restates edges drawn", () => {
    const dot = toDot(MAP, { title: "Coffee" });
    expect(dot).toMatch(
      /^ {2}"u" \[label="UNSTATED PREMISE\\n[^"]*", fillcolor="#ffffff", style="rounded,filled,dashed"\];$/m,
    );
    expect(dot).not.toMatch(/^ {2}"p" .*dashed/m);
    expect(dot).toContain(`"b" -> "a1" [color="${RELATION_COLOR.supports}"];`);
    expect(dot).toContain(`"c" -> "r" [color="${RELATION_COLOR.restates}", style=dashed, label="restates"`);
  });
});

describe("SVG (and so PNG): every part of the map", () => {
  it("draws the unstated premise dashed and labelled, the backing and the restatement", async () => {
    const svg = toSvg(MAP, await layoutMap(MAP), { title: "Coffee" });
    expect(svg).toMatch(/stroke-dasharray="5 3"\/>\n<text[^>]*><tspan[^>]*>UNSTATED PREMISE<\/tspan>/);
    expect(svg.match(/stroke-dasharray="5 3"/g)).toHaveLength(1);
    expect(svg).toMatch(/>restates<\/text>/);
    // Premise legs carry no label: two labelled supports, the conclusion leg and the backing.
    expect(svg.match(/>supports<\/text>/g)).toHaveLength(2);
  });
});
