import type { MapGraph } from "@/lib/validation/argument-map";
import { escapeXml } from "./xml-escape";
import { mapEdges, mapJunctions } from "../map-edges";
import { nodeLabel } from "../node-label";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

/**
 * The GraphML attributes written, as `<key>` declarations: [id, for, name,
 * type]. Key ids are the attribute names, so a reader of the raw XML needs
 * no lookup.
 */
const KEYS = [
  ["title", "graph", "title", "string"],
  ["kind", "node", "kind", "string"],
  ["text", "node", "text", "string"],
  ["annotationId", "node", "annotationId", "string"],
  ["scheme", "node", "scheme", "string"],
  ["label", "node", "label", "string"],
  ["unstated", "node", "unstated", "boolean"],
  ["roles", "node", "roles", "string"],
  ["relation", "edge", "relation", "string"],
  ["leg", "edge", "leg", "string"],
  ["linked", "all", "linked", "boolean"],
] as const;

type KeyId = (typeof KEYS)[number][0];

const data = (key: KeyId, value: string) => `<data key="${key}">${escapeXml(value)}</data>`;

/**
 * `graph` as a GraphML document (UTF-8, namespace GRAPHML_NAMESPACE), for
 * yEd, Gephi, Cytoscape, NetworkX and the like. One directed `<graph>`:
 *
 * - a node per statement, with data `kind` (claim, premise, …, statement),
 *   `text` (whole, not shortened), `annotationId` (only when the
 *   statement is an annotation), `label` (what the map calls it: "Claim",
 *   "Unstated premise", …; nodeLabel) and `unstated` (true only on a
 *   premise the reader added as unstated);
 * - a node per argument junction (id = the argument's id) with `kind`
 *   "inference", `linked` (several premises together), `scheme` (the
 *   scheme id, when named) and `roles` (the reader's picks as JSON, scheme
 *   premise index → node id, when any) — so undercuts and supports of the
 *   whole argument have a node to point at;
 * - an edge per line of mapEdges (same ids, sources and targets), with
 *   `relation` (supports | attacks | undercuts | restates), `leg` (premise |
 *   conclusion | attack | restatement | backing: a statement supporting a
 *   whole argument, into its junction) and `linked`.
 *
 * Text is escaped with escapeXml (characters XML cannot hold are dropped).
 * Pure: the same graph and title give the same string.
 */
export function toGraphML(graph: MapGraph, options: { title: string }): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
      ` xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
  ];
  for (const [id, domain, name, type] of KEYS) {
    const open = `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"`;
    out.push(type === "boolean" ? `${open}><default>false</default></key>` : `${open}/>`);
  }
  out.push('  <graph id="map" edgedefault="directed">', `    ${data("title", options.title)}`);
  for (const node of graph.nodes) {
    const annotation = node.annotationId === null ? "" : data("annotationId", node.annotationId);
    const label = data("label", nodeLabel(node));
    const unstated = node.unstated ? data("unstated", "true") : "";
    out.push(
      `    <node id="${escapeXml(node.id)}">${data("kind", node.kind)}${data("text", node.text)}${annotation}${label}${unstated}</node>`,
    );
  }
  for (const { id, argument, linked } of mapJunctions(graph)) {
    const scheme = argument.scheme === null ? "" : data("scheme", argument.scheme);
    const picked = Object.keys(argument.roles ?? {}).length > 0;
    const roles = picked ? data("roles", JSON.stringify(argument.roles)) : "";
    out.push(
      `    <node id="${escapeXml(id)}">${data("kind", "inference")}${data("linked", String(linked))}${scheme}${roles}</node>`,
    );
  }
  for (const edge of mapEdges(graph)) {
    const ends = `id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    const fields = data("relation", edge.relation) + data("leg", edge.leg) + data("linked", String(edge.linked));
    out.push(`    <edge ${ends}>${fields}</edge>`);
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
