import { z } from "zod";
import { ZAifRawId, type AifRawEdge, type AifRawId, type AifRawNode } from "@/lib/validation/aif-pass-through";
import {
  ZMapArgument,
  ZMapArgumentSupport,
  ZMapAttack,
  ZMapNode,
  ZMapRestatement,
} from "@/lib/validation/argument-map";

/**
 * The Argument Interchange Format as AIFdb (aifdb.org, `/json/<nodeSetID>`)
 * writes it and OVA reads it: one JSON object with `nodes`, `edges` and
 * `locutions`. AIFdb's PHP json-encodes its MySQL rows as they come, so ids
 * are decimal strings ("812") and timestamps MySQL DATETIMEs
 * ("2024-05-01 09:30:00"); `formEdgeID` is null on every edge it writes.
 *
 * Nodes of the argumentative layer:
 *   I  — information: a statement;
 *   RA — rule application: one inference, premise I → RA → conclusion I;
 *        or a statement supporting a whole argument, I → RA → the
 *        argument's RA (AIF lets an S-node's conclusion be another S-node);
 *   CA — conflict application: an attack, attacker I → CA → target I or RA;
 *   MA — rephrase: a restatement, restated I → MA → restating I.
 * The dialogical layer OVA adds (L locutions, TA transitions, YA
 * illocutions, PA preferences) has no counterpart in a Warrant map: the importer keeps it aside with the map (the graph's `aif`
 * pass-through) and the exporter writes it back.
 */

export const AIF_DEFAULT_INFERENCE = "Default Inference";
export const AIF_DEFAULT_CONFLICT = "Default Conflict";
export const AIF_DEFAULT_REPHRASE = "Default Rephrase";

/**
 * Warrant's own fields, in a `warrant` property on each node it writes.
 * AIF has no such field and AIFdb's JSON upload reads only `nodeID`, `text`
 * and `type` of a node, so plain AIF consumers ignore it; fromAif reads it
 * back so that a Warrant → AIF → Warrant trip loses nothing. `localId` is
 * the node's, argument's or attack's id in the map.
 */
export const ZAifStatementExtra = z.object({
  localId: ZMapNode.shape.id,
  kind: ZMapNode.shape.kind,
  annotationId: ZMapNode.shape.annotationId,
  position: ZMapNode.shape.position,
  /** A premise the reader added as unstated (MapNode.unstated); written only when true. */
  unstated: ZMapNode.shape.unstated,
});
export type AifStatementExtra = z.infer<typeof ZAifStatementExtra>;

/**
 * On RA nodes: the exact scheme id (the node's text is its display name),
 * the critical-question answers, and the scheme's roles the reader picked
 * (MapArgument.roles) as scheme premise index → the AIF nodeID of the
 * I-node that plays it. AIF+ has a place for roles (`descriptorfulfillments`),
 * but it names descriptors by AIFdb's own database ids, which Warrant's
 * schemes do not have; so they travel here, where AIF readers ignore them.
 */
export const ZAifInferenceExtra = z.object({
  localId: ZMapArgument.shape.id,
  scheme: ZMapArgument.shape.scheme,
  answers: ZMapArgument.shape.answers,
  roles: z.record(z.string().regex(/^\d+$/), ZAifRawId).optional(),
});
export type AifInferenceExtra = z.infer<typeof ZAifInferenceExtra>;

/** On an RA-node whose conclusion is another RA (a statement supporting a whole argument): the support's id. */
export const ZAifBackingExtra = z.object({ localId: ZMapArgumentSupport.shape.id });
export type AifBackingExtra = z.infer<typeof ZAifBackingExtra>;

/** On CA nodes: the attack's id. */
export const ZAifConflictExtra = z.object({ localId: ZMapAttack.shape.id });
export type AifConflictExtra = z.infer<typeof ZAifConflictExtra>;

/** On MA nodes: the restatement's id. */
export const ZAifRephraseExtra = z.object({ localId: ZMapRestatement.shape.id });
export type AifRephraseExtra = z.infer<typeof ZAifRephraseExtra>;

type AifNodeOf<Type extends string, Extra> = {
  /** A decimal string for nodes the map made; a node read from a file keeps that file's id, string or number. */
  nodeID: AifRawId;
  text: string;
  type: Type;
  /** "YYYY-MM-DD HH:mm:ss", UTC; a node read from a file keeps that file's fields instead. */
  timestamp?: string;
  warrant: Extra;
};

/** An I-node: one statement of the map. */
export type AifINode = AifNodeOf<"I", AifStatementExtra>;
/** An RA-node: one support argument; `text` names its scheme or is "Default Inference". */
export type AifRaNode = AifNodeOf<"RA", AifInferenceExtra | AifBackingExtra>;
/** A CA-node: one attack; `text` is "Default Conflict". */
export type AifCaNode = AifNodeOf<"CA", AifConflictExtra>;
/** An MA-node: one restatement; `text` is "Default Rephrase". */
export type AifMaNode = AifNodeOf<"MA", AifRephraseExtra>;
export type AifNode = AifINode | AifRaNode | AifCaNode | AifMaNode;

export type AifEdge = { edgeID: AifRawId; fromID: AifRawId; toID: AifRawId; formEdgeID?: null };

/**
 * What toAif returns: AIFdb's JSON shape, plus `warrant` on nodes (and on
 * the document when it has a title), plus what an imported file kept:
 * its other nodes and edges as they were and its other keys.
 */
export type AifDocument = {
  nodes: (AifNode | AifRawNode)[];
  edges: (AifEdge | AifRawEdge)[];
  /** Who said what (L-nodes' speakers): empty unless the map was imported with some. */
  locutions: unknown[];
  /** The map's title, when one was given; AIFdb keeps none, so it is ignored elsewhere. */
  warrant?: { title: string };
  [key: string]: unknown;
};
