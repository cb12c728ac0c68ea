import type { AifRawEdge, AifRawId, AifRawNode } from "@/lib/validation/aif-pass-through";
import type { MapAttack, MapGraph } from "@/lib/validation/argument-map";
import {
  AIF_DEFAULT_CONFLICT,
  AIF_DEFAULT_REPHRASE,
  type AifDocument,
  type AifEdge,
  type AifNode,
} from "./aif-document";
import { schemeFromLabel, schemeLabel } from "./aif-scheme-label";

export type AifExportOptions = {
  /** Kept in the document's own `warrant.title`; AIF has no place for one. */
  title?: string;
  /** Written on every node the map made; defaults to now. */
  timestamp?: Date;
};

/** `date` as AIFdb writes timestamps (a MySQL DATETIME): "YYYY-MM-DD HH:mm:ss", here in UTC. */
function aifTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/**
 * Hands out ids no kept record uses, counting up from 1: decimal strings
 * like AIFdb's, or numbers when the imported file used numbers.
 */
function idCounter(reserved: AifRawId[]) {
  const taken = new Set(reserved.map(String));
  const numbers = reserved.length > 0 && reserved.every((id) => typeof id === "number");
  let next = 1;
  return (): AifRawId => {
    while (taken.has(String(next))) next++;
    taken.add(String(next));
    return numbers ? next++ : String(next++);
  };
}

/**
 * The reader's role picks with each premise named by its I-node's AIF id;
 * a pick naming a statement the map no longer has is stale (ignored on the
 * map, see scheme-roles.ts) and left out.
 */
function rolesByAifId(roles: Record<string, string>, aifIds: ReadonlyMap<string, AifRawId>) {
  return Object.fromEntries(
    Object.entries(roles).flatMap(([index, nodeId]) => {
      const aifId = aifIds.get(nodeId);
      return aifId === undefined ? [] : [[index, aifId]];
    }),
  );
}

/**
 * `graph` (which must satisfy ZMapGraph) as an AIFdb JSON document:
 * - each statement is an I-node whose text is the statement's text;
 * - each support argument is one RA-node, with an edge from every premise
 *   into it and one from it to the conclusion, so linked premises share an
 *   RA and convergent reasons have one RA each; its text is the scheme's
 *   name, or "Default Inference" when the argument has none;
 * - each attack is a CA-node "Default Conflict", attacker → CA → the
 *   attacked I-node (rebuttal) or RA-node (undercut);
 * - each restatement is an MA-node "Default Rephrase", restated I → MA →
 *   restating I;
 * - each support of a whole argument (argumentSupports) is an RA-node
 *   "Default Inference" whose conclusion is that argument's RA-node:
 *   statement I → RA → RA (AIF lets an S-node's conclusion be an S-node).
 * A premise added as unstated carries `unstated: true` in its `warrant`,
 * and an argument's picked scheme roles go in its RA's `warrant.roles`
 * (by the premises' AIF ids).
 * Node ids count up from "1" in that order (statements, arguments, attacks, restatements, argument supports,
 * each in graph order), edge ids from "1", both as decimal strings like
 * AIFdb's. Every node carries Warrant's extras in `warrant` (see
 * aif-document.ts) so fromAif gives `graph` back exactly.
 *
 * A map imported from AIF (with an `aif` pass-through) is written back as
 * that file: its nodes keep their records and ids (the map's text replacing
 * theirs where it changed), attacks split from one CA are one CA again, the
 * file's edges keep theirs, the nodes and edges the map did not model come
 * after unchanged (an edge to a node the map has since lost is left out),
 * and so do the file's other keys. New nodes and edges get ids the file
 * does not use.
 */
export function toAif(graph: MapGraph, options: AifExportOptions = {}): AifDocument {
  const timestamp = aifTimestamp(options.timestamp ?? new Date());
  const kept = graph.aif;
  const records = kept?.modelledNodes ?? {};
  const nodes: AifDocument["nodes"] = [];
  const edges: AifDocument["edges"] = [];
  const keptNodes = kept?.nodes ?? [];
  const nextNodeId = idCounter([...keptNodes, ...Object.values(records)].map((node) => node.nodeID));
  const keptEdges = [...(kept?.edges ?? []), ...(kept?.modelledEdges ?? [])];
  const nextEdgeId = idCounter(keptEdges.flatMap((edge) => (edge.edgeID === undefined ? [] : [edge.edgeID])));
  // The file's edges between modelled nodes, by "from→to", to be written back as they were.
  const fileEdges = new Map<string, AifRawEdge[]>();
  for (const edge of kept?.modelledEdges ?? []) {
    const pair = `${edge.fromID}→${edge.toID}`;
    fileEdges.set(pair, [...(fileEdges.get(pair) ?? []), edge]);
  }
  const written = new Set<string>();
  // Map ids (nodes, arguments and attacks share one namespace) → AIF node ids.
  const aifIds = new Map<string, AifRawId>();
  const aifIdOf = (localId: string): AifRawId => {
    const id = aifIds.get(localId);
    if (id === undefined) throw new Error(`toAif: the graph refers to ${localId}, which it does not contain`);
    return id;
  };
  /** The file's record for `localId` while its id is free, else undefined. */
  const recordOf = (localId: string): AifRawNode | undefined => {
    const record = records[localId];
    return record && !written.has(String(record.nodeID)) ? record : undefined;
  };
  const add = (localId: string, node: AifNode | AifRawNode) => {
    written.add(String(node.nodeID));
    aifIds.set(localId, node.nodeID);
    nodes.push(node);
  };
  const edge = (fromID: AifRawId, toID: AifRawId) => {
    const pair = `${fromID}→${toID}`;
    const fromFile = fileEdges.get(pair)?.shift();
    edges.push(fromFile ?? ({ edgeID: nextEdgeId(), fromID, toID, formEdgeID: null } satisfies AifEdge));
  };

  for (const node of graph.nodes) {
    // Copies, so changing the document never changes the graph.
    const position = node.position && { ...node.position };
    const warrant = {
      localId: node.id,
      kind: node.kind,
      annotationId: node.annotationId,
      position,
      ...(node.unstated && { unstated: true as const }),
    };
    const record = recordOf(node.id);
    if (record) {
      const text = typeof record.text === "string" && record.text.trim() === node.text ? record.text : node.text;
      add(node.id, { ...record, text, type: "I", warrant });
    } else add(node.id, { nodeID: nextNodeId(), text: node.text, type: "I", timestamp, warrant });
  }
  for (const argument of graph.arguments) {
    const { scheme } = argument;
    const warrant = {
      localId: argument.id,
      scheme,
      answers: { ...argument.answers },
      ...(argument.roles && { roles: rolesByAifId(argument.roles, aifIds) }),
    };
    const record = recordOf(argument.id);
    if (record) {
      const said = typeof record.scheme === "string" && record.scheme ? record.scheme : String(record.text);
      const text = schemeFromLabel(said) === scheme ? String(record.text) : schemeLabel(scheme);
      add(argument.id, { ...record, text, type: "RA", warrant });
    } else add(argument.id, { nodeID: nextNodeId(), text: schemeLabel(scheme), type: "RA", timestamp, warrant });
    for (const premiseId of argument.premiseIds) edge(aifIdOf(premiseId), aifIdOf(argument.id));
    edge(aifIdOf(argument.id), aifIdOf(argument.conclusionId));
  }
  // A CA with several attackers was read as one attack each: the attacks that share its record and target are one CA again.
  const conflicts = new Map<string, AifRawId>();
  const targetOf = (attack: MapAttack) => ("nodeId" in attack.target ? attack.target.nodeId : attack.target.argumentId);
  for (const attack of graph.attacks) {
    const target = aifIdOf(targetOf(attack));
    const sharedRecord = records[attack.id];
    const shared = sharedRecord && conflicts.get(`${sharedRecord.nodeID}→${target}`);
    if (shared !== undefined) {
      aifIds.set(attack.id, shared);
      edge(aifIdOf(attack.attackerId), shared);
      continue;
    }
    const record = recordOf(attack.id);
    const warrant = { localId: attack.id };
    if (record) add(attack.id, { ...record, type: "CA", warrant });
    else add(attack.id, { nodeID: nextNodeId(), text: AIF_DEFAULT_CONFLICT, type: "CA", timestamp, warrant });
    if (record) conflicts.set(`${record.nodeID}→${target}`, record.nodeID);
    edge(aifIdOf(attack.attackerId), aifIdOf(attack.id));
    edge(aifIdOf(attack.id), target);
  }
  for (const restatement of graph.restatements ?? []) {
    const record = recordOf(restatement.id);
    const warrant = { localId: restatement.id };
    if (record) add(restatement.id, { ...record, type: "MA", warrant });
    else add(restatement.id, { nodeID: nextNodeId(), text: AIF_DEFAULT_REPHRASE, type: "MA", timestamp, warrant });
    edge(aifIdOf(restatement.fromId), aifIdOf(restatement.id));
    edge(aifIdOf(restatement.id), aifIdOf(restatement.toId));
  }

  // A statement backing a whole argument: I → RA → the argument's RA, after everything else so older files keep their ids.
  for (const support of graph.argumentSupports ?? []) {
    const record = recordOf(support.id);
    const warrant = { localId: support.id };
    if (record) add(support.id, { ...record, type: "RA", warrant });
    else add(support.id, { nodeID: nextNodeId(), text: schemeLabel(null), type: "RA", timestamp, warrant });
    edge(aifIdOf(support.premiseId), aifIdOf(support.id));
    edge(aifIdOf(support.id), aifIdOf(support.argumentId));
  }

  nodes.push(...keptNodes);
  // A kept edge to or from a node the map has since lost goes with it.
  const lost = new Set(
    Object.values(records)
      .map((record) => String(record.nodeID))
      .filter((id) => !written.has(id)),
  );
  edges.push(...(kept?.edges ?? []).filter((e) => !lost.has(String(e.fromID)) && !lost.has(String(e.toID))));
  const document: AifDocument = { nodes, edges, locutions: [], ...kept?.rest };
  if (options.title !== undefined) document.warrant = { title: options.title };
  return document;
}

/**
 * The AIF file for `graph`: toAif's document, inside the wrapper it was
 * imported in (xAIF's `{ "AIF": …, "text": … }`, OVA's `{ "AIF": …, "OVA": … }`)
 * when it had one; the title then sits on the wrapper, where fromAif's
 * aifTitle looks for it.
 */
export function toAifFile(graph: MapGraph, options: AifExportOptions = {}): Record<string, unknown> {
  const wrapper = graph.aif?.wrapper;
  if (!wrapper) return toAif(graph, options);
  const { warrant, ...document } = toAif(graph, options);
  return { [wrapper.key]: document, ...wrapper.rest, ...(warrant && { warrant }) };
}
