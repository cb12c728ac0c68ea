import type { MapGraph } from "@/lib/validation/argument-map";
import { AIF_DEFAULT_CONFLICT, type AifDocument, type AifEdge, type AifNode } from "./aif-document";
import { schemeLabel } from "./aif-scheme-label";

export type AifExportOptions = {
  /** Kept in the document's own `warrant.title`; AIF has no place for one. */
  title?: string;
  /** Written on every node; defaults to now. */
  timestamp?: Date;
};

/** `date` as AIFdb writes timestamps (a MySQL DATETIME): "YYYY-MM-DD HH:mm:ss", here in UTC. */
function aifTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/**
 * `graph` (which must satisfy ZMapGraph) as an AIFdb JSON document:
 * - each statement is an I-node whose text is the statement's text;
 * - each support argument is one RA-node, with an edge from every premise
 *   into it and one from it to the conclusion, so linked premises share an
 *   RA and convergent reasons have one RA each; its text is the scheme's
 *   name, or "Default Inference" when the argument has none;
 * - each attack is a CA-node "Default Conflict", attacker → CA → the
 *   attacked I-node (rebuttal) or RA-node (undercut).
 * Node ids count up from "1" in that order (statements, arguments, attacks,
 * each in graph order), edge ids from "1", both as decimal strings like
 * AIFdb's. Every node carries Warrant's extras in `warrant` (see
 * aif-document.ts) so fromAif gives `graph` back exactly.
 */
export function toAif(graph: MapGraph, options: AifExportOptions = {}): AifDocument {
  const timestamp = aifTimestamp(options.timestamp ?? new Date());
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  // Map ids (nodes and arguments share one namespace) → AIF node ids.
  const aifIds = new Map<string, string>();
  const aifIdOf = (localId: string): string => {
    const id = aifIds.get(localId);
    if (id === undefined) throw new Error(`toAif: the graph refers to ${localId}, which it does not contain`);
    return id;
  };
  const nextNodeId = () => String(nodes.length + 1);
  const edge = (fromID: string, toID: string) =>
    edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });

  for (const node of graph.nodes) {
    const nodeID = nextNodeId();
    aifIds.set(node.id, nodeID);
    // Copies, so changing the document never changes the graph.
    const position = node.position && { ...node.position };
    const warrant = { localId: node.id, kind: node.kind, annotationId: node.annotationId, position };
    nodes.push({ nodeID, text: node.text, type: "I", timestamp, warrant });
  }
  for (const argument of graph.arguments) {
    const nodeID = nextNodeId();
    aifIds.set(argument.id, nodeID);
    const { scheme } = argument;
    const warrant = { localId: argument.id, scheme, answers: { ...argument.answers } };
    nodes.push({ nodeID, text: schemeLabel(scheme), type: "RA", timestamp, warrant });
    for (const premiseId of argument.premiseIds) edge(aifIdOf(premiseId), nodeID);
    edge(nodeID, aifIdOf(argument.conclusionId));
  }
  for (const attack of graph.attacks) {
    const nodeID = nextNodeId();
    nodes.push({ nodeID, text: AIF_DEFAULT_CONFLICT, type: "CA", timestamp, warrant: { localId: attack.id } });
    edge(aifIdOf(attack.attackerId), nodeID);
    edge(nodeID, aifIdOf("nodeId" in attack.target ? attack.target.nodeId : attack.target.argumentId));
  }
  const document: AifDocument = { nodes, edges, locutions: [] };
  if (options.title !== undefined) document.warrant = { title: options.title };
  return document;
}
