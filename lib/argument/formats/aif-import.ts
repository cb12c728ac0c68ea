import type { z } from "zod";
import {
  ZMapGraph,
  type MapArgument,
  type MapArgumentSupport,
  type MapAttack,
  type MapGraph,
  type MapNode,
  type MapRestatement,
} from "@/lib/validation/argument-map";
import type { AifPassThrough } from "@/lib/validation/aif-pass-through";
import {
  ZAifBackingExtra,
  ZAifConflictExtra,
  ZAifInferenceExtra,
  ZAifRephraseExtra,
  ZAifStatementExtra,
} from "./aif-document";
import { AifImportError } from "./aif-import-error";
import { aifImportReport, type AifImportReport } from "./aif-import-report";
import { readAif, type AifKept } from "./aif-read";
import { schemeFromLabel } from "./aif-scheme-label";

/** The node's `warrant` property checked against `schema`, or undefined when it has none. */
function extraOf<Schema extends z.ZodType>(schema: Schema, extra: unknown, node: string): z.output<Schema> | undefined {
  if (extra === undefined || extra === null) return undefined;
  const result = schema.safeParse(extra);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
  throw new AifImportError(`${node} has a "warrant" property Warrant cannot read (${where}${issue.message})`);
}

/**
 * Hands out map ids: an id from a `warrant` extra when no earlier node
 * claimed it, otherwise `prefix` + the AIF node id when that is a valid
 * local id, made unique with "-2", "-3"…
 */
function idAllocator() {
  const used = new Set<string>();
  return {
    claim(id: string | undefined): string | undefined {
      if (id === undefined || used.has(id)) return undefined;
      used.add(id);
      return id;
    },
    fresh(prefix: string, aifId: string): string {
      const base = /^[A-Za-z0-9_-]{1,56}$/.test(aifId) ? prefix + aifId : `${prefix}${used.size + 1}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
  };
}

/** Role picks read back: each premise's AIF id as the map's node id; a pick naming no statement of the map is dropped. */
function rolesByLocalId(roles: Record<string, string | number>, localIds: ReadonlyMap<string, string>) {
  return Object.fromEntries(
    Object.entries(roles).flatMap(([index, aifId]) => {
      const nodeId = localIds.get(String(aifId));
      return nodeId === undefined ? [] : [[index, nodeId]];
    }),
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AifImportError(`This is not JSON: ${(error as Error).message}`);
  }
}

/** The title toAif keeps in the document's `warrant.title`, or null (plain AIF has none). */
export function aifTitle(json: unknown): string | null {
  const title = (json as { warrant?: { title?: unknown } } | null)?.warrant?.title;
  return typeof title === "string" && title.trim() ? title.trim() : null;
}

/**
 * Whether toAif, writing the map afresh, numbers its nodes and edges as
 * these records are: "1", "2"… in the map's order. Only then may the
 * records go; a file from AIFdb, say, that was exported and imported again
 * keeps its own ids ("120763"…) only through them.
 */
function freshlyNumbered(kept: AifKept, recordsByLocalId: Map<string, string>): boolean {
  // Attacks split from one CA share its record: it was written once.
  const nodeIds = [...new Set(recordsByLocalId.values())].map((aifId) => kept.modelledNodes.get(aifId)!.nodeID);
  const counts = (ids: unknown[]) => ids.every((id, i) => id === String(i + 1));
  return counts(nodeIds) && counts(kept.modelledEdges.map((edge) => edge.edgeID));
}

/**
 * The pass-through to keep with the map, or undefined when there is
 * nothing a plain export would not write again: a file Warrant exported
 * itself (every node carries its extras, numbered as a fresh export
 * numbers them, no other records) is read back as exactly the map it
 * came from.
 */
function passThroughOf(kept: AifKept, recordsByLocalId: Map<string, string>, allExtras: boolean) {
  const rest = Object.entries(kept.rest).filter(
    ([key, value]) => !(key === "locutions" && Array.isArray(value) && value.length === 0),
  );
  const onlyOwn = kept.nodes.length === 0 && kept.edges.length === 0 && rest.length === 0 && kept.wrapper === null;
  if (allExtras && onlyOwn && freshlyNumbered(kept, recordsByLocalId)) return undefined;
  const modelledNodes: AifPassThrough["modelledNodes"] = {};
  for (const [localId, aifId] of recordsByLocalId) modelledNodes[localId] = kept.modelledNodes.get(aifId)!;
  const { nodes, edges, modelledEdges, wrapper } = kept;
  return { nodes, edges, modelledNodes, modelledEdges, rest: kept.rest, wrapper } satisfies AifPassThrough;
}

/**
 * The map an AIF document describes, with what was kept and the warnings
 * (importAif's report); fromAif's rules.
 */
export function importAif(json: unknown): { graph: MapGraph; report: AifImportReport } {
  const reading = readAif(typeof json === "string" ? parseJson(json) : json);
  const graph = graphOf(reading);
  return { graph, report: aifImportReport(graph, reading) };
}

/**
 * The map an AIF document describes. `json` is parsed JSON or the JSON text.
 * I-nodes become statements, RA-nodes support arguments (premises in edge
 * order), CA-nodes attacks: on a statement when they point at an I-node, an
 * undercut when they point at an RA-node, MA-nodes between two I-nodes
 * restatements ("r" + the AIF id), an RA-node whose one premise concludes
 * another RA-node a support of that whole argument ("s" + the AIF id). A CA with several attackers
 * becomes one attack per attacker (a map has no linked attacks). Nodes keep
 * AIF's order.
 *
 * Nodes written by toAif carry a `warrant` extra, which restores ids, kinds,
 * annotation links, positions, scheme ids, critical-question answers,
 * role picks and unstated premises exactly. Without it: kind "statement", no annotation, no position; the
 * scheme is read from the RA's `scheme` property or text (schemeFromLabel:
 * "Default Inference" → none); no answers; ids "n"/"a"/"x"/"r" + the AIF id.
 *
 * What a map cannot hold (dialogical nodes, unknown types,
 * RA- and CA-nodes lacking a premise, conclusion, attacker or target a map
 * can draw, I-nodes without text or over 5,000 characters, repeated edges,
 * locutions, participants, fulfilments, other keys, xAIF's wrapper) goes
 * into the graph's `aif` pass-through, which toAif writes back.
 *
 * Throws AifImportError for everything readAif rejects, a `warrant` extra
 * of the wrong shape, or a map over a map's bounds (e.g. 21 premises).
 * The result satisfies ZMapGraph (and is its parsed output: texts trimmed).
 */
export function fromAif(json: unknown): MapGraph {
  return importAif(json).graph;
}

function graphOf({
  statements,
  inferences,
  conflicts,
  rephrases,
  backings,
  kept,
}: ReturnType<typeof readAif>): MapGraph {
  const ids = idAllocator();
  const localIds = new Map<string, string>();
  const localIdOf = (aifId: string) => localIds.get(aifId)!;
  // Map id → the AIF id of the node it came from, so the export writes that node's record back.
  const records = new Map<string, string>();
  const statementExtras = statements.map((s) => extraOf(ZAifStatementExtra, s.extra, `I-node ${s.nodeID}`));
  const inferenceExtras = inferences.map((r) => extraOf(ZAifInferenceExtra, r.extra, `RA-node ${r.nodeID}`));
  const conflictExtras = conflicts.map((c) => extraOf(ZAifConflictExtra, c.extra, `CA-node ${c.nodeID}`));
  const rephraseExtras = rephrases.map((m) => extraOf(ZAifRephraseExtra, m.extra, `MA-node ${m.nodeID}`));
  const backingExtras = backings.map((b) => extraOf(ZAifBackingExtra, b.extra, `RA-node ${b.nodeID}`));
  // Extras claim their ids first, so an id made up for a plain node never takes one.
  const claimed = [statementExtras, inferenceExtras, conflictExtras, rephraseExtras, backingExtras].map((extras) =>
    extras.map((extra) => ids.claim(extra?.localId)),
  );

  const nodes = statements.map((statement, i): MapNode => {
    // readAif kept aside I-nodes without text or over MAX_STATEMENT_LENGTH.
    const text = statement.text.trim();
    const id = claimed[0][i] ?? ids.fresh("n", statement.nodeID);
    localIds.set(statement.nodeID, id);
    records.set(id, statement.nodeID);
    const extra = statementExtras[i];
    return {
      id,
      annotationId: extra?.annotationId ?? null,
      kind: extra?.kind ?? "statement",
      text,
      position: extra?.position ?? null,
      ...(extra?.unstated && { unstated: true as const }),
    };
  });
  const args = inferences.map((inference, i): MapArgument => {
    const id = claimed[1][i] ?? ids.fresh("a", inference.nodeID);
    localIds.set(inference.nodeID, id);
    records.set(id, inference.nodeID);
    const extra = inferenceExtras[i];
    return {
      id,
      conclusionId: localIdOf(inference.conclusionId),
      premiseIds: inference.premiseIds.map(localIdOf),
      scheme: extra ? extra.scheme : schemeFromLabel(inference.scheme || inference.text),
      answers: extra?.answers ?? {},
      ...(extra?.roles && { roles: rolesByLocalId(extra.roles, localIds) }),
    };
  });
  const attacks = conflicts.flatMap((conflict, i) =>
    conflict.attackerIds.map((attackerId, n): MapAttack => {
      const target = localIdOf(conflict.target.nodeID);
      const id = (n === 0 ? claimed[2][i] : undefined) ?? ids.fresh("x", conflict.nodeID);
      records.set(id, conflict.nodeID);
      return {
        id,
        attackerId: localIdOf(attackerId),
        target: conflict.target.type === "I" ? { nodeId: target } : { argumentId: target },
      };
    }),
  );

  const restatements = rephrases.map((rephrase, i): MapRestatement => {
    const id = claimed[3][i] ?? ids.fresh("r", rephrase.nodeID);
    records.set(id, rephrase.nodeID);
    return { id, fromId: localIdOf(rephrase.fromId), toId: localIdOf(rephrase.toId) };
  });

  const argumentSupports = backings.map((backing, i): MapArgumentSupport => {
    const id = claimed[4][i] ?? ids.fresh("s", backing.nodeID);
    records.set(id, backing.nodeID);
    return { id, premiseId: localIdOf(backing.premiseId), argumentId: localIdOf(backing.inferenceId) };
  });

  const allExtras = [statementExtras, inferenceExtras, conflictExtras, rephraseExtras, backingExtras].every((extras) =>
    extras.every(Boolean),
  );
  const aif = passThroughOf(kept, records, allExtras);
  const result = ZMapGraph.safeParse({
    nodes,
    arguments: args,
    attacks,
    ...(restatements.length > 0 && { restatements }),
    ...(argumentSupports.length > 0 && { argumentSupports }),
    ...(aif && { aif }),
  });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new AifImportError(`The map in this AIF is not valid: ${issue.path.join(".")}: ${issue.message}`);
}
