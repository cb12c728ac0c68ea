import { z } from "zod";
import { AIF_DIALOGICAL_TYPES } from "./aif-document";
import { AifImportError } from "./aif-import-error";

// The first half of fromAif: checks the JSON against AIF's shape and
// structure and hands back the argumentative layer, still in AIF's terms.

const ZAifId = z.union([z.string().min(1), z.number()], "must be a string or a number").transform(String);

const ZAifJson = z.object(
  {
    nodes: z.array(
      z.object({
        nodeID: ZAifId,
        text: z.string("must be a string"),
        type: z.string("must be a string"),
        // AIFdb names a fulfilled scheme here too; OVA sometimes only here.
        scheme: z.string().optional().catch(undefined),
        warrant: z.unknown().optional(),
      }),
      "must be a list",
    ),
    edges: z.array(z.object({ edgeID: ZAifId, fromID: ZAifId, toID: ZAifId }), "must be a list"),
  },
  'This is not AIF: expected a JSON object with "nodes" and "edges" lists.',
);

type AifJsonNode = z.infer<typeof ZAifJson>["nodes"][number];

/** An I-node: `extra` is its unchecked `warrant` property. */
export type AifStatement = { nodeID: string; text: string; extra: unknown };
/** An RA-node with its premises (AIF ids, in edge order, without repeats) and its one conclusion. */
export type AifInference = AifStatement & { scheme?: string; premiseIds: string[]; conclusionId: string };
/** A CA-node with its attackers (AIF ids) and its one target, an I-node or an RA-node. */
export type AifConflict = AifStatement & { attackerIds: string[]; target: { type: "I" | "RA"; nodeID: string } };
export type AifArgumentation = { statements: AifStatement[]; inferences: AifInference[]; conflicts: AifConflict[] };

const ARGUMENTATIVE = new Set(["I", "RA", "CA"]);
const DIALOGICAL = new Set<string>(AIF_DIALOGICAL_TYPES);

/** OVA saves `{ "AIF": {...}, "OVA": {...} }`, xAIF `{ "aif": {...} }`; AIFdb the bare object. */
function unwrap(json: unknown): unknown {
  if (typeof json !== "object" || json === null || "nodes" in json) return json;
  const wrapped = (json as Record<string, unknown>).AIF ?? (json as Record<string, unknown>).aif;
  return wrapped ?? json;
}

function parseShape(json: unknown): z.infer<typeof ZAifJson> {
  const result = ZAifJson.safeParse(unwrap(json));
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (issue.path.length === 0) throw new AifImportError(issue.message);
  const path = issue.path.map((key, i) =>
    typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
  );
  throw new AifImportError(`${path.join("")} ${issue.message}`);
}

const uniquePush = (list: string[], id: string) => {
  if (!list.includes(id)) list.push(id);
};

/**
 * The I-, RA- and CA-nodes of an AIF document and how its edges join them.
 * `json` is parsed JSON (AIFdb's object, or OVA's/xAIF's wrapper around it).
 * L-, TA-, YA-, MA- and PA-nodes and every edge touching one are skipped.
 * Throws AifImportError for a malformed shape, a repeated node id, an edge
 * to or from a missing node, an unknown node type, an edge Warrant has no
 * link for (e.g. I → I), an RA without premise or without exactly one
 * conclusion, or a CA without attacker or without exactly one target.
 */
export function readAif(json: unknown): AifArgumentation {
  const document = parseShape(json);
  const byId = new Map<string, AifJsonNode>();
  const premises = new Map<string, string[]>();
  const conclusions = new Map<string, string[]>();
  const attackers = new Map<string, string[]>();
  const targets = new Map<string, AifConflict["target"][]>();
  for (const node of document.nodes) {
    if (byId.has(node.nodeID)) throw new AifImportError(`node ${node.nodeID} appears twice`);
    if (!ARGUMENTATIVE.has(node.type) && !DIALOGICAL.has(node.type)) {
      throw new AifImportError(
        `node ${node.nodeID} has type "${node.type}", which is not an AIF node type ` +
          "(I, RA or CA; the dialogical L, TA, YA, MA and PA are read and skipped)",
      );
    }
    byId.set(node.nodeID, node);
    // Stryker disable next-line ConditionalExpression: lists kept for other types too are never read (edges and results look up RA ids only)
    if (node.type === "RA") {
      premises.set(node.nodeID, []);
      conclusions.set(node.nodeID, []);
    }
    // Stryker disable next-line ConditionalExpression: lists kept for other types too are never read (edges and results look up CA ids only)
    if (node.type === "CA") {
      attackers.set(node.nodeID, []);
      targets.set(node.nodeID, []);
    }
  }
  for (const { edgeID, fromID, toID } of document.edges) {
    const from = byId.get(fromID);
    const to = byId.get(toID);
    if (!from) throw new AifImportError(`edge ${edgeID} starts at node ${fromID}, which does not exist`);
    if (!to) throw new AifImportError(`edge ${edgeID} points at node ${toID}, which does not exist`);
    if (DIALOGICAL.has(from.type) || DIALOGICAL.has(to.type)) continue;
    const link = `${from.type}→${to.type}`;
    if (link === "I→RA") uniquePush(premises.get(toID)!, fromID);
    else if (link === "RA→I") uniquePush(conclusions.get(fromID)!, toID);
    else if (link === "I→CA") uniquePush(attackers.get(toID)!, fromID);
    else if (link === "CA→I" || link === "CA→RA") {
      const list = targets.get(fromID)!;
      if (!list.some((target) => target.nodeID === toID)) list.push({ type: to.type as "I" | "RA", nodeID: toID });
    } else {
      throw new AifImportError(
        `edge ${edgeID} runs from ${from.type}-node ${fromID} to ${to.type}-node ${toID}, ` +
          "which a Warrant map cannot hold (statements meet only through RA- and CA-nodes, which attack only I- and RA-nodes)",
      );
    }
  }

  const result: AifArgumentation = { statements: [], inferences: [], conflicts: [] };
  for (const node of byId.values()) {
    const { nodeID, text, warrant: extra } = node;
    if (node.type === "I") result.statements.push({ nodeID, text, extra });
    if (node.type === "RA") {
      const [conclusionId, ...more] = conclusions.get(nodeID)!;
      const premiseIds = premises.get(nodeID)!;
      if (premiseIds.length === 0)
        throw new AifImportError(`RA-node ${nodeID} has no premise: no edge runs into it from an I-node`);
      if (conclusionId === undefined)
        throw new AifImportError(`RA-node ${nodeID} has no conclusion: no edge runs from it to an I-node`);
      if (more.length > 0) {
        const list = [conclusionId, ...more].join(", ");
        throw new AifImportError(`RA-node ${nodeID} concludes several I-nodes (${list}); an RA-node concludes one`);
      }
      if (premiseIds.includes(conclusionId))
        throw new AifImportError(`RA-node ${nodeID} has I-node ${conclusionId} as both premise and conclusion`);
      result.inferences.push({ nodeID, text, extra, scheme: node.scheme, premiseIds, conclusionId });
    }
    if (node.type === "CA") {
      const [target, ...more] = targets.get(nodeID)!;
      const attackerIds = attackers.get(nodeID)!;
      if (attackerIds.length === 0)
        throw new AifImportError(`CA-node ${nodeID} has no attacker: no edge runs into it from an I-node`);
      if (target === undefined)
        throw new AifImportError(`CA-node ${nodeID} has no target: no edge runs from it to an I-node or RA-node`);
      if (more.length > 0) {
        const list = [target, ...more].map((t) => t.nodeID).join(", ");
        throw new AifImportError(`CA-node ${nodeID} attacks several nodes (${list}); a CA-node attacks one`);
      }
      result.conflicts.push({ nodeID, text, extra, attackerIds, target });
    }
  }
  return result;
}
