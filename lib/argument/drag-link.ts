import type { MapGraph } from "@/lib/validation/argument-map";
import { linkStatements } from "./edit-map";

/** What a drag from one box onto another can make, in the order they are offered. */
export const DRAG_RELATIONS = ["supports", "attacks", "undercuts"] as const;
export type DragRelation = (typeof DRAG_RELATIONS)[number];
export type DragLinkChoices = Record<DragRelation, boolean>;

const NONE: DragLinkChoices = { supports: false, attacks: false, undercuts: false };

/**
 * What a statement dragged onto a box of the map may become: onto another
 * statement it supports or attacks it, or undercuts the argument into it
 * (when something supports it); onto an argument's junction it can only
 * undercut that inference. A junction is never the start of a link.
 */
export function dragLinkChoices(graph: MapGraph, fromId: string, toId: string): DragLinkChoices {
  if (fromId === toId || !graph.nodes.some((node) => node.id === fromId)) return NONE;
  if (graph.arguments.some((argument) => argument.id === toId)) return { ...NONE, undercuts: true };
  if (!graph.nodes.some((node) => node.id === toId)) return NONE;
  return { supports: true, attacks: true, undercuts: graph.arguments.some((a) => a.conclusionId === toId) };
}

/**
 * The map with the link chosen after a drag from `fromId` onto `toId`: one
 * edit, so one save and one version in the map's history. An undercut
 * dropped on a statement attacks the first argument into it, as linking
 * from the margin does.
 */
export function linkByDrag(graph: MapGraph, fromId: string, toId: string, relation: DragRelation): MapGraph {
  const junction = graph.arguments.find((argument) => argument.id === toId);
  if (junction) {
    if (relation !== "undercuts")
      throw new Error("An argument can only be undercut: drop on a statement to support or attack it");
    return linkStatements(graph, fromId, junction.conclusionId, "undercuts", junction.id);
  }
  if (relation !== "undercuts") return linkStatements(graph, fromId, toId, relation);
  const argument = graph.arguments.find((a) => a.conclusionId === toId);
  if (!argument) throw new Error("Nothing supports that statement yet, so there is no inference to undercut");
  return linkStatements(graph, fromId, toId, "undercuts", argument.id);
}
