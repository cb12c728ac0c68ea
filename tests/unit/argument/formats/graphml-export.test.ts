import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { GRAPHML_NAMESPACE, toGraphML } from "@/lib/argument/formats/graphml-export";
import { mapEdges } from "@/lib/argument/map-edges";
import type { MapGraph } from "@/lib/validation/argument-map";
import { ANN, LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

const { DOMParser } = new JSDOM().window;

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** A node's or edge's <data> values by key. */
const dataOf = (element: Element) =>
  Object.fromEntries([...element.getElementsByTagName("data")].map((d) => [d.getAttribute("key"), d.textContent]));

const LIBERTY_XML = () => toGraphML(LIBERTY_MAP, { title: 'Mill & "liberty" <draft>' });

/** The element `tag` of `document` whose id is `id`. */
const byId = (document: Document, tag: string, id: string) =>
  [...document.getElementsByTagName(tag)].find((element) => element.getAttribute("id") === id)!;

describe("toGraphML", () => {
  it("is well-formed GraphML in the GraphML namespace with a directed graph", () => {
    const xml = LIBERTY_XML();
    const document = parse(xml);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml')).toBe(true);
    const root = document.documentElement;
    expect([root.localName, root.namespaceURI]).toEqual(["graphml", GRAPHML_NAMESPACE]);
    const graphs = document.getElementsByTagNameNS(GRAPHML_NAMESPACE, "graph");
    expect(graphs).toHaveLength(1);
    expect([graphs[0].getAttribute("id"), graphs[0].getAttribute("edgedefault")]).toEqual(["map", "directed"]);
    expect(dataOf(graphs[0]).title).toBe('Mill & "liberty" <draft>');
  });

  it("declares a key for every attribute it writes", () => {
    const document = parse(LIBERTY_XML());
    const keys = [...document.getElementsByTagName("key")].map((key) =>
      ["id", "for", "attr.name", "attr.type"].map((name) => key.getAttribute(name)).join(" "),
    );
    expect(keys).toEqual([
      "title graph title string",
      "kind node kind string",
      "text node text string",
      "annotationId node annotationId string",
      "scheme node scheme string",
      "label node label string",
      "unstated node unstated boolean",
      "roles node roles string",
      "relation edge relation string",
      "leg edge leg string",
      "linked all linked boolean",
    ]);
    const defaults = [...document.getElementsByTagName("key")]
      .filter((key) => key.children.length > 0)
      .map((key) => [
        key.getAttribute("id"),
        [...key.children].map((child) => `${child.localName}=${child.textContent}`),
      ]);
    expect(defaults).toEqual([
      ["unstated", ["default=false"]],
      ["linked", ["default=false"]],
    ]);
    const declared = new Set(keys.map((key) => key.split(" ")[0]));
    const used = new Set([...document.getElementsByTagName("data")].map((d) => d.getAttribute("key")));
    expect([...used].filter((key) => !declared.has(key!))).toEqual([]);
  });

  it("writes a node per statement, with its whole text, and a node per argument junction", () => {
    const document = parse(LIBERTY_XML());
    const nodes = [...document.getElementsByTagName("node")];
    expect(nodes.map((node) => node.getAttribute("id"))).toEqual([
      ...LIBERTY_MAP.nodes.map((node) => node.id),
      "arg-linked",
      "arg-expert",
      "arg-speech",
      "arg-truth",
    ]);
    expect(dataOf(byId(document, "node", "families"))).toEqual({
      kind: "objection",
      text: 'Some "self-regarding" acts harm families & <dependants> too.',
      annotationId: ANN.families,
      label: "Objection",
    });
    for (const node of nodes)
      expect([...node.childNodes].map((child) => child.nodeName)).toEqual(Array(node.children.length).fill("data"));
    expect(dataOf(byId(document, "node", "own-good"))).toEqual({
      kind: "statement",
      text: "Coercion for a person's own good overrides their judgment.",
      label: "Statement",
    });
    expect(dataOf(byId(document, "node", "arg-expert"))).toEqual({
      kind: "inference",
      linked: "false",
      scheme: "expert-opinion",
    });
    expect(dataOf(byId(document, "node", "arg-linked"))).toEqual({ kind: "inference", linked: "true" });
  });

  it("writes the edges of mapEdges with relation, leg and linked flag", () => {
    const document = parse(LIBERTY_XML());
    const edges = [...document.getElementsByTagName("edge")];
    expect(edges.map((edge) => [edge.getAttribute("source"), edge.getAttribute("target")])).toEqual(
      mapEdges(LIBERTY_MAP).map((edge) => [edge.source, edge.target]),
    );
    expect(dataOf(byId(document, "edge", "attack:att-undercut"))).toEqual({
      relation: "undercuts",
      leg: "attack",
      linked: "false",
    });
    expect(dataOf(byId(document, "edge", "attack:att-rebut"))).toMatchObject({ relation: "attacks" });
    expect(dataOf(byId(document, "edge", "premise:arg-linked:judge"))).toEqual({
      relation: "supports",
      leg: "premise",
      linked: "true",
    });
    expect(byId(document, "edge", "attack:att-undercut").getAttribute("target")).toBe("arg-expert");
  });

  it("keeps line breaks and drops characters XML cannot hold", () => {
    const graph: MapGraph = {
      nodes: [
        { id: "x", annotationId: null, kind: "note", text: "line one\nline\ttwo \u0001\uFFFF end", position: null },
      ],
      arguments: [],
      attacks: [],
    };
    const text = dataOf(parse(toGraphML(graph, { title: "t" })).getElementsByTagName("node")[0]).text;
    expect(text).toBe("line one\nline\ttwo  end");
  });
});
