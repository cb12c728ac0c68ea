import { z } from "zod";
import { ANNOTATION_KINDS } from "./annotation";
import { ZAifPassThrough } from "./aif-pass-through";
import { ZArgdownPassThrough } from "./argdown-pass-through";

/**
 * An argument map as stored and exchanged: statements (nodes), support
 * inferences (arguments) and attacks. One JSON value per map version.
 *
 * - A node is an annotation (annotationId set; `text` keeps a snapshot of its
 *   quote so the map still reads if the passage is lost) or a free statement
 *   the user typed, e.g. a premise the author left unstated (kind
 *   "statement", annotationId null).
 * - An argument is one support inference: premiseIds support conclusionId.
 *   Several premises in one argument are a *linked* argument (they support
 *   the conclusion only together); independent (*convergent*) reasons are
 *   separate arguments with the same conclusion. It may name a scheme from
 *   lib/argument/schemes.ts and record answers to its critical questions.
 * - An attack is a rebuttal of a node (target.nodeId) or an *undercut* of an
 *   argument (target.argumentId): it attacks the inference, not the
 *   conclusion.
 *
 * Argdown (argdown-import.ts) relates arguments too, and @argdown/core's
 * model of a file must survive import → export. The smallest addition that
 * does it, all optional so stored maps stay valid:
 * - `argument` on a node: an argument given only by its gist ("<A>: …",
 *   no premises spelled out). As a node it can support, attack and be
 *   supported or attacked like a statement, which is all Argdown does with it.
 * - `reconstruction` on an argument: the title of the Argdown argument whose
 *   premise–conclusion structure this inference is a step of; the steps
 *   sharing a title, in graph order, are one multi-step argument.
 * - `bare` on an argument: a one-premise support written as a relation
 *   ("[A] +> [B]") rather than as an argument, so it is written back so.
 * - `relation` on an attack, where the target alone does not say what
 *   Argdown said: "attack" on an argument target is an attack on the whole
 *   argument (not an undercut of its inference), "undercut" on a node
 *   target is Argdown's "_>" aimed at a statement or a gist argument,
 *   "contradictory" marks the two attacks one "><" stands for.
 * - `argumentSupports`: a statement supporting a whole argument ("[S] +>
 *   <A>"), which no support inference can say (its conclusion is a node).
 * Every other pairing Argdown allows (@argdown/core hands a reconstructed
 * argument's outgoing relations to its conclusion) is one of these.
 */

export const NODE_KINDS = [...ANNOTATION_KINDS, "statement"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const RELATIONS = ["supports", "attacks", "undercuts"] as const;
export type Relation = (typeof RELATIONS)[number];

// What the product can draw (timed with ELK on growing maps; see
// lib/maps/layout-in-worker.ts): a 5,000-statement map shaped like an
// argument (a forest of reasons and objections, ~7,700 links) lays out in
// seconds, but 500 statements tied by 1,000 five-premise arguments at
// random took 80 s. So the schema bounds the links as well as the
// statements; how tangled a map within them is, the export checks.
export const MAX_MAP_NODES = 5_000;
export const MAX_MAP_ARGUMENTS = 5_000;
export const MAX_MAP_ATTACKS = 5_000;
/** Premises of one linked argument: more than anyone reads as one inference. */
export const MAX_PREMISES = 20;
/** Lines to draw: premise and conclusion legs of every argument, and attacks. */
export const MAX_MAP_LINKS = 10_000;
export const MAX_STATEMENT_LENGTH = 5_000;

const ZLocalId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "ids are 1–64 letters, digits, _ or -");

export const ZMapNode = z.object({
  id: ZLocalId,
  annotationId: z.uuid().nullable(),
  kind: z.enum(NODE_KINDS),
  text: z.string().trim().min(1, "a statement needs text").max(MAX_STATEMENT_LENGTH),
  /** Top-left corner in map coordinates, once laid out or dragged. */
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  /** An argument given by its gist alone (Argdown's "<A>: …" without premises); see above. */
  argument: z.literal(true).optional(),
  /** Set on a premise the reader added because the author left it unstated (labelled so, drawn dashed). */
  unstated: z.literal(true).optional(),
});
export type MapNode = z.infer<typeof ZMapNode>;

export const ZMapArgument = z.object({
  id: ZLocalId,
  conclusionId: ZLocalId,
  premiseIds: z.array(ZLocalId).min(1).max(MAX_PREMISES, `an argument has at most ${MAX_PREMISES} premises`),
  scheme: z.string().max(64).nullable(),
  /** Critical question index → the user's answer, by scheme. */
  answers: z.record(z.string().regex(/^\d+$/), z.enum(["open", "answered", "fails"])),
  /** The Argdown argument this inference is a step of, by title; see above. */
  reconstruction: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^<>[\]\r\n]+$/, "an argument title cannot hold < > [ ] or a line break")
    .optional(),
  /** A support Argdown wrote as a relation, not as an argument; see above. */
  bare: z.literal(true).optional(),
  /**
   * Scheme premise index → the premise (node id) that plays it, where the
   * reader picked one (lib/argument/scheme-roles.ts). Not checked against
   * premiseIds: a pick left stale by someone else's edit is ignored, never
   * a reason to refuse the map.
   */
  roles: z.record(z.string().regex(/^\d+$/), ZLocalId).optional(),
});
export type MapArgument = z.infer<typeof ZMapArgument>;

export const ZMapAttack = z.object({
  id: ZLocalId,
  attackerId: ZLocalId,
  target: z.union([z.object({ nodeId: ZLocalId }).strict(), z.object({ argumentId: ZLocalId }).strict()]),
  /** What Argdown called it where the target alone does not tell; see above. */
  relation: z.enum(["attack", "undercut", "contradictory"]).optional(),
});
export type MapAttack = z.infer<typeof ZMapAttack>;

/** A statement supporting a whole argument (Argdown's "[S] +> <A>"); see above. */
export const ZMapArgumentSupport = z.object({ id: ZLocalId, premiseId: ZLocalId, argumentId: ZLocalId });
export type MapArgumentSupport = z.infer<typeof ZMapArgumentSupport>;

/**
 * One statement restating another (AIF's MA-node, "Default Rephrase"):
 * `toId` says again, in other words, what `fromId` says. Neither supports
 * nor attacks; drawn as a dashed "restates" line and written back by every
 * export.
 */
export const ZMapRestatement = z.object({ id: ZLocalId, fromId: ZLocalId, toId: ZLocalId });
export type MapRestatement = z.infer<typeof ZMapRestatement>;

export const ZMapGraph = z
  .object({
    nodes: z.array(ZMapNode).max(MAX_MAP_NODES),
    arguments: z.array(ZMapArgument).max(MAX_MAP_ARGUMENTS),
    attacks: z.array(ZMapAttack).max(MAX_MAP_ATTACKS),
    /** What an imported AIF file held beyond the map, written back on AIF export (aif-pass-through.ts). */
    aif: ZAifPassThrough.optional(),
    argumentSupports: z.array(ZMapArgumentSupport).max(MAX_MAP_ATTACKS).optional(),
    /** What an imported Argdown file held beyond the map, written back on Argdown export. */
    argdown: ZArgdownPassThrough.optional(),
    /** Restatements (AIF MA-nodes); optional, so maps stored before them stay valid. */
    restatements: z.array(ZMapRestatement).max(MAX_MAP_ATTACKS).optional(),
  })
  .superRefine((graph, context) => {
    const nodeIds = new Set<string>();
    const argumentIds = new Set<string>();
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path, message });
    const supports = graph.argumentSupports ?? [];
    const links = graph.arguments.reduce(
      (sum, argument) => sum + argument.premiseIds.length + 1,
      graph.attacks.length + supports.length + (graph.restatements?.length ?? 0),
    );
    if (links > MAX_MAP_LINKS) {
      const count = (n: number) => n.toLocaleString("en");
      problem([], `the map has ${count(links)} links; a map can have at most ${count(MAX_MAP_LINKS)}`);
    }
    graph.nodes.forEach((node, i) => {
      if (nodeIds.has(node.id)) problem(["nodes", i, "id"], `duplicate node id ${node.id}`);
      nodeIds.add(node.id);
    });
    graph.arguments.forEach((argument, i) => {
      if (argumentIds.has(argument.id) || nodeIds.has(argument.id))
        problem(["arguments", i, "id"], `duplicate id ${argument.id}`);
      argumentIds.add(argument.id);
      if (!nodeIds.has(argument.conclusionId))
        problem(["arguments", i, "conclusionId"], `no node ${argument.conclusionId}`);
      argument.premiseIds.forEach((premiseId, j) => {
        if (!nodeIds.has(premiseId)) problem(["arguments", i, "premiseIds", j], `no node ${premiseId}`);
        if (argument.premiseIds.indexOf(premiseId) !== j)
          problem(["arguments", i, "premiseIds", j], `premise ${premiseId} is listed twice`);
        if (premiseId === argument.conclusionId)
          problem(["arguments", i, "premiseIds", j], "a statement cannot support itself");
      });
    });
    const attackIds = new Set<string>();
    graph.attacks.forEach((attack, i) => {
      if (attackIds.has(attack.id) || argumentIds.has(attack.id) || nodeIds.has(attack.id)) {
        problem(["attacks", i, "id"], `duplicate id ${attack.id}`);
      }
      attackIds.add(attack.id);
      if (!nodeIds.has(attack.attackerId)) problem(["attacks", i, "attackerId"], `no node ${attack.attackerId}`);
      if ("nodeId" in attack.target && attack.target.nodeId === attack.attackerId) {
        problem(["attacks", i, "target", "nodeId"], "a statement cannot attack itself");
      }
      if ("nodeId" in attack.target && !nodeIds.has(attack.target.nodeId)) {
        problem(["attacks", i, "target", "nodeId"], `no node ${attack.target.nodeId}`);
      }
      if ("argumentId" in attack.target && !argumentIds.has(attack.target.argumentId)) {
        problem(["attacks", i, "target", "argumentId"], `no argument ${attack.target.argumentId}`);
      }
    });
    supports.forEach((support, i) => {
      if (attackIds.has(support.id) || argumentIds.has(support.id) || nodeIds.has(support.id)) {
        problem(["argumentSupports", i, "id"], `duplicate id ${support.id}`);
      }
      attackIds.add(support.id);
      if (!nodeIds.has(support.premiseId))
        problem(["argumentSupports", i, "premiseId"], `no node ${support.premiseId}`);
      if (!argumentIds.has(support.argumentId)) {
        problem(["argumentSupports", i, "argumentId"], `no argument ${support.argumentId}`);
      }
    });
    (graph.restatements ?? []).forEach((restatement, i) => {
      if (attackIds.has(restatement.id) || argumentIds.has(restatement.id) || nodeIds.has(restatement.id)) {
        problem(["restatements", i, "id"], `duplicate id ${restatement.id}`);
      }
      attackIds.add(restatement.id);
      if (!nodeIds.has(restatement.fromId)) problem(["restatements", i, "fromId"], `no node ${restatement.fromId}`);
      if (!nodeIds.has(restatement.toId)) problem(["restatements", i, "toId"], `no node ${restatement.toId}`);
      if (restatement.fromId === restatement.toId)
        problem(["restatements", i, "toId"], "a statement cannot restate itself");
    });
  });
export type MapGraph = z.infer<typeof ZMapGraph>;

export const EMPTY_MAP_GRAPH: MapGraph = { nodes: [], arguments: [], attacks: [] };
