import type { z } from "zod";
import {
  MAX_STATEMENT_LENGTH,
  ZMapGraph,
  type MapArgument,
  type MapAttack,
  type MapGraph,
  type MapNode,
} from "@/lib/validation/argument-map";
import { ZAifConflictExtra, ZAifInferenceExtra, ZAifStatementExtra } from "./aif-document";
import { AifImportError } from "./aif-import-error";
import { readAif } from "./aif-read";
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
 * The map an AIF document describes. `json` is parsed JSON or the JSON text.
 * I-nodes become statements, RA-nodes support arguments (premises in edge
 * order), CA-nodes attacks: on a statement when they point at an I-node, an
 * undercut when they point at an RA-node. A CA with several attackers
 * becomes one attack per attacker (a map has no linked attacks). Nodes keep
 * AIF's order.
 *
 * Nodes written by toAif carry a `warrant` extra, which restores ids, kinds,
 * annotation links, positions, scheme ids and critical-question answers
 * exactly. Without it: kind "statement", no annotation, no position; the
 * scheme is read from the RA's `scheme` property or text (schemeFromLabel:
 * "Default Inference" → none); no answers; ids "n"/"a"/"x" + the AIF id.
 *
 * Throws AifImportError for everything readAif rejects, an I-node with no
 * text or more than 5,000 characters, or a `warrant` extra of the wrong shape.
 * The result satisfies ZMapGraph (and is its parsed output: texts trimmed).
 */
export function fromAif(json: unknown): MapGraph {
  const { statements, inferences, conflicts } = readAif(typeof json === "string" ? parseJson(json) : json);
  const ids = idAllocator();
  const localIds = new Map<string, string>();
  const localIdOf = (aifId: string) => localIds.get(aifId)!;
  const statementExtras = statements.map((s) => extraOf(ZAifStatementExtra, s.extra, `I-node ${s.nodeID}`));
  const inferenceExtras = inferences.map((r) => extraOf(ZAifInferenceExtra, r.extra, `RA-node ${r.nodeID}`));
  const conflictExtras = conflicts.map((c) => extraOf(ZAifConflictExtra, c.extra, `CA-node ${c.nodeID}`));
  // Extras claim their ids first, so an id made up for a plain node never takes one.
  const claimed = [statementExtras, inferenceExtras, conflictExtras].map((extras) =>
    extras.map((extra) => ids.claim(extra?.localId)),
  );

  const nodes = statements.map((statement, i): MapNode => {
    const text = statement.text.trim();
    if (text === "") throw new AifImportError(`I-node ${statement.nodeID} has no text`);
    if (text.length > MAX_STATEMENT_LENGTH)
      throw new AifImportError(`I-node ${statement.nodeID} is longer than ${MAX_STATEMENT_LENGTH} characters`);
    const id = claimed[0][i] ?? ids.fresh("n", statement.nodeID);
    localIds.set(statement.nodeID, id);
    const extra = statementExtras[i];
    return {
      id,
      annotationId: extra?.annotationId ?? null,
      kind: extra?.kind ?? "statement",
      text,
      position: extra?.position ?? null,
    };
  });
  const args = inferences.map((inference, i): MapArgument => {
    const id = claimed[1][i] ?? ids.fresh("a", inference.nodeID);
    localIds.set(inference.nodeID, id);
    const extra = inferenceExtras[i];
    return {
      id,
      conclusionId: localIdOf(inference.conclusionId),
      premiseIds: inference.premiseIds.map(localIdOf),
      scheme: extra ? extra.scheme : schemeFromLabel(inference.scheme || inference.text),
      answers: extra?.answers ?? {},
    };
  });
  const attacks = conflicts.flatMap((conflict, i) =>
    conflict.attackerIds.map((attackerId, n): MapAttack => {
      const target = localIdOf(conflict.target.nodeID);
      return {
        id: (n === 0 ? claimed[2][i] : undefined) ?? ids.fresh("x", conflict.nodeID),
        attackerId: localIdOf(attackerId),
        target: conflict.target.type === "I" ? { nodeId: target } : { argumentId: target },
      };
    }),
  );

  const result = ZMapGraph.safeParse({ nodes, arguments: args, attacks });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new AifImportError(`The map in this AIF is not valid: ${issue.path.join(".")}: ${issue.message}`);
}
