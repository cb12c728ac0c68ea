import { z } from "zod";
import type { AifPassThrough, AifRawEdge, AifRawNode } from "@/lib/validation/aif-pass-through";
import { MAX_STATEMENT_LENGTH as MAX_TEXT } from "@/lib/validation/argument-map";
import { AifImportError } from "./aif-import-error";

// The first half of fromAif: checks the JSON against AIF's shape and sorts
// its nodes and edges into the argumentative layer a map models (still in
// AIF's terms) and everything else, which is kept to be written back.
// Real corpora are untidy (repeated records, an RA left without its
// conclusion, a CA attacked by an argument rather than a statement), so
// what a map cannot hold is kept aside with a warning rather than refused.

/** A JSON value: readAif's input is parsed JSON, so what it keeps is too. */
type Json = z.infer<ReturnType<typeof z.json>>;

const ZAifId = z.union([z.string().min(1), z.number()], "must be a string or a number");

const ZAifJson = z.object(
  {
    nodes: z.array(
      z.looseObject({
        nodeID: ZAifId,
        text: z.string("must be a string"),
        type: z.string("must be a string"),
        // AIFdb names a fulfilled scheme here too; OVA sometimes only here.
        scheme: z.string().optional().catch(undefined),
        warrant: z.unknown().optional(),
      }),
      "must be a list",
    ),
    // A segmenter's first output (nodes found, none joined yet) has no edges at all.
    edges: z.array(z.looseObject({ edgeID: ZAifId, fromID: ZAifId, toID: ZAifId }), "must be a list").default([]),
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
/** An MA-node: `toId` rephrases `fromId` (AIF ids of I-nodes), I → MA → I. */
export type AifRephrase = AifStatement & { fromId: string; toId: string };
/** An RA-node whose one premise supports a whole inference: premise I → RA → the inference's RA (AIF ids). */
export type AifBacking = AifStatement & { premiseId: string; inferenceId: string };
/** What the map does not model, and the file's own records of what it does, by AIF id (as text). */
export type AifKept = Omit<AifPassThrough, "modelledNodes"> & { modelledNodes: Map<string, AifRawNode> };
export type AifArgumentation = {
  statements: AifStatement[];
  inferences: AifInference[];
  conflicts: AifConflict[];
  rephrases: AifRephrase[];
  backings: AifBacking[];
  kept: AifKept;
  warnings: string[];
};

/** Links a map draws, as "from type→to type". */
const LINKS = new Set(["I→RA", "RA→I", "I→CA", "CA→I", "CA→RA", "I→MA", "MA→I", "RA→RA"]);
/** Warnings listed one by one; a file with more gets a count of the rest. */
const MAX_WARNINGS = 200;

/** OVA saves `{ "AIF": {...}, "OVA": {...} }`, xAIF `{ "AIF": {...}, "text": ... }` or `{ "aif": ... }`; AIFdb the bare object. */
function unwrap(json: unknown): { document: unknown; wrapper: AifPassThrough["wrapper"] } {
  if (typeof json !== "object" || json === null || Array.isArray(json) || "nodes" in json) {
    return { document: json, wrapper: null };
  }
  const record = json as Record<string, Json>;
  const key = "AIF" in record ? "AIF" : "aif" in record ? "aif" : null;
  if (key === null) return { document: json, wrapper: null };
  // `warrant` holds the title Warrant's own export adds; it is read, not kept.
  const { [key]: document, warrant: _title, ...rest } = record;
  return { document, wrapper: { key, rest } };
}

function parseShape(json: unknown): z.infer<typeof ZAifJson> {
  const result = ZAifJson.safeParse(json);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (issue.path.length === 0) throw new AifImportError(issue.message);
  const path = issue.path.map((key, i) =>
    typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
  );
  throw new AifImportError(`${path.join("")} ${issue.message}`);
}

/** Same JSON value, keys in any order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * The node records by id, checked (`byId`) and as they came (`raw`): a
 * repeat identical to the first is merged into it; one that differs is
 * dropped, with a warning.
 */
function uniqueNodes(nodes: AifJsonNode[], raw: AifRawNode[], warn: (message: string) => void) {
  const byId = new Map<string, AifJsonNode>();
  const rawById = new Map<string, AifRawNode>();
  nodes.forEach((node, i) => {
    const id = String(node.nodeID);
    const first = rawById.get(id);
    if (first === undefined) {
      byId.set(id, node);
      rawById.set(id, raw[i]);
    } else if (!sameJson(first, raw[i])) warn(`node ${id} appears twice with different contents; the first is kept`);
  });
  return { byId, rawById };
}

/**
 * Which RA-, CA-, MA- and I-nodes the map can model: an I-node with text of
 * at most 5,000 characters; an RA with at least one modelled premise and
 * exactly one modelled conclusion that is not also a premise; a CA with at
 * least one modelled I-node attacking it and exactly one modelled target;
 * an MA from exactly one modelled I-node to exactly one other (the YA that
 * anchors it in the dialogue is no I-node, so it does not count).
 * An RA that concludes no I-node but exactly one other RA is a *backing*
 * (a statement supporting a whole argument): it needs exactly one premise,
 * and the RA it concludes must be an inference, not a backing: a map's
 * supports of arguments are not attacked or backed in turn, so a CA or a
 * backing aimed at a backing is kept aside. An RA that concludes an I-node
 * is an inference; its edges to other RAs are then kept aside.
 * Dropping one node can strand another (a CA on an RA kept aside), so this
 * runs until nothing changes. Returns the modelled nodes and the backings among them.
 */
function modelledNodes(byId: Map<string, AifJsonNode>, edges: AifRawEdge[], warn: (message: string) => void) {
  const modelled = new Set<string>();
  for (const [id, node] of byId) {
    if (node.type === "I") {
      const text = node.text.trim();
      if (text === "") warn(`I-node ${id} has no text; it is kept in the file but not on the map`);
      else if (text.length > MAX_TEXT)
        warn(`I-node ${id} is longer than ${MAX_TEXT} characters; it is kept in the file but not on the map`);
      else modelled.add(id);
    } else if (node.type === "RA" || node.type === "CA" || node.type === "MA") modelled.add(id);
  }
  const typeOf = (id: string) => byId.get(id)?.type;
  let backings = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    const into = new Map<string, Set<string>>();
    const outOf = new Map<string, Set<string>>();
    for (const edge of edges) {
      const [from, to] = [String(edge.fromID), String(edge.toID)];
      if (!modelled.has(from) || !modelled.has(to) || !LINKS.has(`${typeOf(from)}→${typeOf(to)}`)) continue;
      if (!into.has(to)) into.set(to, new Set());
      if (!outOf.has(from)) outOf.set(from, new Set());
      into.get(to)!.add(from);
      outOf.get(from)!.add(to);
    }
    // An RA's premises are I-nodes (a CA or RA aimed at it is no premise); an RA concluding an I-node is no backing.
    const sourcesOf = (id: string) =>
      [...(into.get(id) ?? [])].filter((from) => typeOf(id) !== "RA" || typeOf(from) === "I");
    const targetsOf = (id: string) => {
      const all = [...(outOf.get(id) ?? [])];
      const statements = all.filter((to) => typeOf(to) === "I");
      return typeOf(id) === "RA" && statements.length > 0 ? statements : all;
    };
    backings = new Set(
      [...modelled].filter((id) => typeOf(id) === "RA" && targetsOf(id).some((to) => typeOf(to) === "RA")),
    );
    for (const id of modelled) {
      const type = typeOf(id);
      if (type === "I") continue;
      const sources = sourcesOf(id);
      const targets = targetsOf(id);
      const backing = backings.has(id) ? backingProblem(id, sources, targets, backings) : null;
      const aimedAtBacking = type === "CA" && targets.length === 1 && backings.has(targets[0]);
      const shape =
        type === "MA"
          ? sources.length !== 1 || targets.length !== 1
            ? "does not join exactly one statement to exactly one other"
            : sources[0] === targets[0]
              ? `has node ${targets[0]} on both ends`
              : null
          : type === "RA"
            ? sources.length === 0
              ? "has no premise a map can hold"
              : targets.length !== 1
                ? targets.length === 0
                  ? "has no conclusion a map can hold"
                  : `concludes several nodes (${targets.join(", ")})`
                : sources.includes(targets[0])
                  ? `has node ${targets[0]} as both premise and conclusion`
                  : null
            : sources.length === 0
              ? "has no statement attacking it (what attacks it is not an I-node a map can hold)"
              : targets.length !== 1
                ? targets.length === 0
                  ? "has no target a map can hold"
                  : `attacks several nodes (${targets.join(", ")})`
                : null;
      const problem = shape ?? backing ?? (aimedAtBacking ? `attacks a support of an argument (${targets[0]})` : null);
      if (problem === null) continue;
      // An MA touching no statement is dialogue bookkeeping (a rephrase between locutions): kept without a word.
      const quiet = type === "MA" && sources.length + targets.length === 0;
      if (!quiet) warn(`${type}-node ${id} ${problem}; it is kept in the file with its edges but not on the map`);
      modelled.delete(id);
      changed = true;
    }
  }
  return { modelled, backings };
}

/** Why a backing RA (see modelledNodes) cannot be a map's support of an argument, or null. */
function backingProblem(id: string, premises: string[], targets: string[], backings: ReadonlySet<string>) {
  if (targets[0] === id) return "concludes itself";
  if (backings.has(targets[0])) return `supports ${targets[0]}, which itself supports an inference`;
  if (premises.length !== 1) return "supports an inference with several premises together";
  return null;
}

/**
 * The I-, RA- and CA-nodes of an AIF document a map can model, how its
 * edges join them, and everything else kept aside (`kept`) with warnings.
 * `json` is parsed JSON: AIFdb's object, or OVA's/xAIF's wrapper around it.
 * Throws AifImportError only for a malformed shape (not an object, `nodes`
 * or `edges` not lists, a node without text or type, an id that is neither
 * string nor number).
 */
export function readAif(json: unknown): AifArgumentation {
  const { document: unwrapped, wrapper } = unwrap(json);
  const document = parseShape(unwrapped);
  const warnings: string[] = [];
  let unsaid = 0;
  const warn = (message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
    else unsaid++;
  };
  const { byId, rawById } = uniqueNodes(document.nodes, (unwrapped as { nodes: AifRawNode[] }).nodes, warn);
  const edges = document.edges as AifRawEdge[];
  const { modelled, backings } = modelledNodes(byId, edges, warn);

  const kept: AifKept = { nodes: [], edges: [], modelledNodes: new Map(), modelledEdges: [], rest: {}, wrapper };
  for (const [key, value] of Object.entries(unwrapped as Record<string, Json>)) {
    if (key !== "nodes" && key !== "edges" && key !== "warrant") kept.rest[key] = value;
  }
  for (const [id, node] of rawById) {
    if (modelled.has(id)) kept.modelledNodes.set(id, node);
    else kept.nodes.push(node);
  }

  const premises = new Map<string, string[]>();
  const conclusions = new Map<string, string>();
  const attackers = new Map<string, string[]>();
  const rephrased = new Map<string, string>();
  const rephrasing = new Map<string, string>();
  const targets = new Map<string, AifConflict["target"]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    const [from, to] = [String(edge.fromID), String(edge.toID)];
    const link = `${byId.get(from)?.type}→${byId.get(to)?.type}`;
    if (!byId.has(from) || !byId.has(to)) {
      warn(`edge ${edge.edgeID} joins node ${byId.has(from) ? to : from}, which does not exist; it is kept as it is`);
    } else if (modelled.has(from) && modelled.has(to) && !LINKS.has(link)) {
      warn(`edge ${edge.edgeID} runs from ${link.replace("→", "-node to ")}-node, which a map cannot draw; it is kept`);
    }
    const pair = `${from}→${to}`;
    // An RA → RA edge is a backing's conclusion; from an RA that concludes a statement, a map cannot draw it.
    const drawable = LINKS.has(link) && (link !== "RA→RA" || backings.has(from));
    if (link === "RA→RA" && !drawable && modelled.has(from) && modelled.has(to)) {
      warn(`edge ${edge.edgeID} runs from RA-node to RA-node, which a map cannot draw; it is kept`);
    }
    if (!modelled.has(from) || !modelled.has(to) || !drawable || seen.has(pair)) {
      kept.edges.push(edge);
      continue;
    }
    seen.add(pair);
    kept.modelledEdges.push(edge);
    if (link === "I→RA") premises.set(to, [...(premises.get(to) ?? []), from]);
    else if (link === "RA→I" || link === "RA→RA") conclusions.set(from, to);
    else if (link === "I→CA") attackers.set(to, [...(attackers.get(to) ?? []), from]);
    else if (link === "I→MA") rephrased.set(to, from);
    else if (link === "MA→I") rephrasing.set(from, to);
    else targets.set(from, { type: byId.get(to)!.type as "I" | "RA", nodeID: to });
  }

  const participants = new Set(
    ((kept.rest.participants ?? []) as unknown[]).flatMap((p) =>
      typeof p === "object" && p !== null && "participantID" in p ? [String(p.participantID)] : [],
    ),
  );
  const locutions = Array.isArray(kept.rest.locutions) ? (kept.rest.locutions as unknown[]) : [];
  for (const locution of locutions) {
    const { nodeID, personID } = (typeof locution === "object" && locution !== null ? locution : {}) as {
      nodeID?: unknown;
      personID?: unknown;
    };
    if (nodeID === undefined || !byId.has(String(nodeID))) {
      warn(`a locution names node ${String(nodeID)}, which does not exist; it is kept as it is`);
    } else if (personID !== undefined && participants.size > 0 && !participants.has(String(personID))) {
      warn(`the locution of node ${String(nodeID)} names participant ${String(personID)}, who is not listed`);
    }
  }

  const result: AifArgumentation = {
    statements: [],
    inferences: [],
    conflicts: [],
    rephrases: [],
    backings: [],
    kept,
    warnings,
  };
  for (const [nodeID, node] of byId) {
    if (!modelled.has(nodeID)) continue;
    const { text, warrant: extra } = node;
    if (node.type === "I") result.statements.push({ nodeID, text, extra });
    if (node.type === "RA" && backings.has(nodeID)) {
      const [premiseId] = premises.get(nodeID)!;
      result.backings.push({ nodeID, text, extra, premiseId, inferenceId: conclusions.get(nodeID)! });
    } else if (node.type === "RA") {
      const premiseIds = premises.get(nodeID)!;
      result.inferences.push({
        nodeID,
        text,
        extra,
        scheme: node.scheme,
        premiseIds,
        conclusionId: conclusions.get(nodeID)!,
      });
    }
    if (node.type === "CA")
      result.conflicts.push({ nodeID, text, extra, attackerIds: attackers.get(nodeID)!, target: targets.get(nodeID)! });
    if (node.type === "MA")
      result.rephrases.push({ nodeID, text, extra, fromId: rephrased.get(nodeID)!, toId: rephrasing.get(nodeID)! });
  }
  if (unsaid > 0) warnings.push(`and ${unsaid} more warnings like these`);
  return result;
}
