import type { MapArgument, MapAttack, MapGraph, Relation } from "@/lib/validation/argument-map";

/** What a drawn line says: a relation a reader links by, or "restates" (AIF's MA, read from files). */
export type EdgeRelation = Relation | "restates";

/**
 * One line to draw in an argument map. Every support argument is drawn
 * through a junction — a small node standing for the inference itself — so
 * that linked premises visibly meet before reaching their conclusion and an
 * undercut has something to point at:
 *
 *   premise ──supports──▶ junction ──supports──▶ conclusion
 *   attacker ──attacks──▶ statement         (rebuttal)
 *   attacker ──undercuts──▶ junction        (undercut: attacks the inference)
 *   statement ──restates──▶ statement       (restatement: says it again)
 *   statement ──supports──▶ junction        (backing: supports the whole argument, Argdown's "+> <A>")
 *
 * A junction's id is its argument's id: the map schema keeps argument ids
 * apart from node ids, so one namespace serves both.
 */
export type MapEdge = {
  /** Unique among the edges; contains ":", which node and argument ids cannot, so it never equals either. */
  id: string;
  /** A node id, or a junction (argument) id for a conclusion leg. */
  source: string;
  /** A node id, or a junction (argument) id for a premise leg or an undercut. */
  target: string;
  relation: EdgeRelation;
  /**
   * "premise": premise → junction; "conclusion": junction → conclusion;
   * "attack": attacker → node or junction; "restatement": restated → restating statement;
   * "backing": a statement → the junction of the argument it supports as a whole.
   */
  leg: "premise" | "conclusion" | "attack" | "restatement" | "backing";
  /** True on both kinds of leg of an argument with several premises, which support only together. */
  linked: boolean;
  /** The argument (premise and conclusion legs), attack (attack legs) or restatement this edge draws. */
  ownerId: string;
};

/**
 * What an attack is drawn as: an argument target is an undercut unless
 * Argdown said it attacks the whole argument; a node target a rebuttal
 * unless Argdown undercut it (a gist argument or a statement).
 */
export function attackRelation(attack: MapAttack): "attacks" | "undercuts" {
  const undercut = "argumentId" in attack.target ? attack.relation !== "attack" : attack.relation === "undercut";
  return undercut ? "undercuts" : "attacks";
}

/** A junction to draw: one per argument whose conclusion exists. */
export type MapJunction = { id: string; argument: MapArgument; premiseIds: string[]; linked: boolean };

/**
 * The junctions of `graph`, in argument order. Premise ids are de-duplicated
 * and those naming no node are dropped (the schema rejects them, but a view
 * may hold a graph mid-edit); an argument whose conclusion is missing has no
 * junction. `linked` is true when two or more premises remain.
 */
export function mapJunctions(graph: MapGraph): MapJunction[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  return graph.arguments
    .filter((argument) => nodeIds.has(argument.conclusionId))
    .map((argument) => {
      const premiseIds = [...new Set(argument.premiseIds)].filter(
        (id) => nodeIds.has(id) && id !== argument.conclusionId,
      );
      return { id: argument.id, argument, premiseIds, linked: premiseIds.length > 1 };
    });
}

/**
 * The edges to draw for `graph`, shared by the map view and every exporter
 * so they all show the same structure. Order: for each junction (argument
 * order) its premise legs then its conclusion leg; then attacks in order;
 * then restatements; then supports of whole arguments. Attacks and restatements whose ends are missing are
 * left out, as is an undercut of an argument that has no junction.
 */
export function mapEdges(graph: MapGraph): MapEdge[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const edges: MapEdge[] = [];
  const junctionIds = new Set<string>();
  for (const { id, premiseIds, linked, argument } of mapJunctions(graph)) {
    junctionIds.add(id);
    for (const premiseId of premiseIds) {
      edges.push({
        id: `premise:${id}:${premiseId}`,
        source: premiseId,
        target: id,
        relation: "supports",
        leg: "premise",
        linked,
        ownerId: id,
      });
    }
    edges.push({
      id: `conclusion:${id}`,
      source: id,
      target: argument.conclusionId,
      relation: "supports",
      leg: "conclusion",
      linked,
      ownerId: id,
    });
  }
  const seen = new Set<string>();
  graph.attacks.forEach((attack, index) => {
    if (!nodeIds.has(attack.attackerId)) return;
    const onArgument = "argumentId" in attack.target;
    const target = "argumentId" in attack.target ? attack.target.argumentId : attack.target.nodeId;
    if (!(onArgument ? junctionIds.has(target) : nodeIds.has(target))) return;
    // The schema does not make attack ids unique; an edge id must be.
    const id = seen.has(attack.id) ? `attack:${attack.id}:${index}` : `attack:${attack.id}`;
    seen.add(attack.id);
    edges.push({
      id,
      source: attack.attackerId,
      target,
      relation: attackRelation(attack),
      leg: "attack",
      linked: false,
      ownerId: attack.id,
    });
  });
  for (const restatement of graph.restatements ?? []) {
    if (!nodeIds.has(restatement.fromId) || !nodeIds.has(restatement.toId)) continue;
    edges.push({
      id: `restates:${restatement.id}`,
      source: restatement.fromId,
      target: restatement.toId,
      relation: "restates",
      leg: "restatement",
      linked: false,
      ownerId: restatement.id,
    });
  }
  for (const support of graph.argumentSupports ?? []) {
    if (!nodeIds.has(support.premiseId) || !junctionIds.has(support.argumentId)) continue;
    edges.push({
      id: `backing:${support.id}`,
      source: support.premiseId,
      target: support.argumentId,
      relation: "supports",
      leg: "backing",
      linked: false,
      ownerId: support.id,
    });
  }
  return edges;
}
