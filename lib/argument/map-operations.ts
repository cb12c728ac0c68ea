import {
  MAX_PREMISES,
  type MapArgument,
  type MapAttack,
  type MapGraph,
  type MapNode,
} from "../validation/argument-map";
import { removeLink, removeNode } from "./edit-map";

// Several people edit one shared map at once. Rather than each sending the
// whole graph (where the second save would have to be refused), each sends
// what they changed — operations on single statements, arguments and attacks,
// and on single properties of them — and the server applies them, in the
// order they arrive, to whatever the map is by then (the model of Figma's
// multiplayer). Edits of different things therefore all apply; two edits of
// the same property resolve to the later one (last writer wins, per
// property); an operation on something another person removed is skipped.

/** The properties of a statement one operation may set. */
export type NodeChanges = Partial<Pick<MapNode, "text" | "kind" | "position">>;
/** The properties of an argument one operation may set. */
export type ArgumentChanges = Partial<
  Pick<MapArgument, "conclusionId" | "premiseIds" | "scheme" | "answers" | "roles">
>;

export type MapOperation =
  | { op: "addNode"; node: MapNode }
  | { op: "updateNode"; id: string; set: NodeChanges }
  | { op: "removeNode"; id: string }
  | { op: "addArgument"; argument: MapArgument }
  | { op: "updateArgument"; id: string; set: ArgumentChanges }
  /** One more premise for an argument: two readers adding one each at once both keep theirs (premiseIds whole would lose one). */
  | { op: "addPremise"; id: string; premiseId: string }
  | { op: "removeArgument"; id: string }
  | { op: "addAttack"; attack: MapAttack }
  | { op: "removeAttack"; id: string };

// Stryker disable next-line StringLiteral: equivalent, JSON strings and canonical values delimit themselves.
const SEPARATOR = ",";

/** JSON with every object's keys in one order: a graph that went through JSONB comes back with its keys reordered. */
function canonical(value: unknown): string {
  // Stryker disable next-line ConditionalExpression: equivalent for comparing, a list read as an object keyed by index compares alike.
  if (Array.isArray(value)) return `[${value.map(canonical).join(SEPARATOR)}]`;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    // As JSON.stringify does, a property whose value is undefined is not there.
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(SEPARATOR)}}`;
  }
  // Undefined, which JSON cannot hold, reads as null, as it does in a JSON list.
  return JSON.stringify(value) ?? "null";
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The keys of `next` whose values differ from `base`'s, with `next`'s values. */
function changed<T extends object, K extends keyof T>(
  base: T,
  next: T,
  keys: readonly K[],
): Partial<Pick<T, K>> | null {
  const set: Partial<Pick<T, K>> = {};
  for (const key of keys) if (!same(base[key], next[key])) set[key] = next[key];
  return Object.keys(set).length > 0 ? set : null;
}

const NODE_KEYS = ["text", "kind", "position"] as const;
const ARGUMENT_KEYS = ["conclusionId", "premiseIds", "scheme", "answers", "roles"] as const;

/**
 * The operations that turn `base` into `next`, property by property, in an
 * order that applies cleanly: additions and updates of statements, then of
 * arguments and attacks, then removals of attacks, arguments and statements.
 */
export function diffGraphs(base: MapGraph, next: MapGraph): MapOperation[] {
  const baseNodes = new Map(base.nodes.map((node) => [node.id, node]));
  const nextNodes = new Map(next.nodes.map((node) => [node.id, node]));
  const baseArgs = new Map(base.arguments.map((a) => [a.id, a]));
  const nextArgs = new Map(next.arguments.map((a) => [a.id, a]));
  const baseAttacks = new Map(base.attacks.map((a) => [a.id, a]));
  const nextAttacks = new Map(next.attacks.map((a) => [a.id, a]));
  const ops: MapOperation[] = [];
  for (const node of next.nodes) {
    const old = baseNodes.get(node.id);
    if (!old || old.annotationId !== node.annotationId) {
      if (old) ops.push({ op: "removeNode", id: node.id });
      ops.push({ op: "addNode", node });
    } else {
      const set = changed(old, node, NODE_KEYS);
      if (set) ops.push({ op: "updateNode", id: node.id, set });
    }
  }
  for (const argument of next.arguments) {
    const old = baseArgs.get(argument.id);
    if (!old) ops.push({ op: "addArgument", argument });
    else {
      const set = changed(old, argument, ARGUMENT_KEYS);
      // Premises only added at the end (a missing premise, say) go one by one, so they merge with someone else's.
      const added = argument.premiseIds.slice(old.premiseIds.length);
      if (set?.premiseIds && added.length > 0 && old.premiseIds.every((id, i) => argument.premiseIds[i] === id)) {
        delete set.premiseIds;
        for (const premiseId of added) ops.push({ op: "addPremise", id: argument.id, premiseId });
      }
      if (set && Object.keys(set).length > 0) ops.push({ op: "updateArgument", id: argument.id, set });
    }
  }
  for (const attack of next.attacks) {
    const old = baseAttacks.get(attack.id);
    if (old && same(old, attack)) continue;
    if (old) ops.push({ op: "removeAttack", id: attack.id });
    ops.push({ op: "addAttack", attack });
  }
  for (const attack of base.attacks) if (!nextAttacks.has(attack.id)) ops.push({ op: "removeAttack", id: attack.id });
  for (const argument of base.arguments) {
    if (!nextArgs.has(argument.id)) ops.push({ op: "removeArgument", id: argument.id });
  }
  for (const node of base.nodes) if (!nextNodes.has(node.id)) ops.push({ op: "removeNode", id: node.id });
  return ops;
}

/**
 * Applies operations in order to `graph`, never failing: an operation on
 * something that is not there (removed by someone else), a link to a
 * statement that is gone, or a second statement for a passage the map
 * already holds is skipped and returned in `skipped`. A statement added for
 * a passage someone else added meanwhile stands in for theirs in the
 * operations that follow, so a link drawn to it still lands.
 */
export function applyOperations(
  graph: MapGraph,
  ops: readonly MapOperation[],
): { graph: MapGraph; skipped: MapOperation[] } {
  let current = graph;
  const skipped: MapOperation[] = [];
  const alias = new Map<string, string>();
  const resolve = (id: string) => alias.get(id) ?? id;
  const hasNode = (id: string) => current.nodes.some((node) => node.id === id);
  const hasArgument = (id: string) => current.arguments.some((argument) => argument.id === id);
  const taken = (id: string) => hasNode(id) || hasArgument(id) || current.attacks.some((attack) => attack.id === id);

  for (const op of ops) {
    const next = applyOne(op);
    if (next) current = next;
    else skipped.push(op);
  }
  return { graph: current, skipped };

  function applyOne(op: MapOperation): MapGraph | null {
    switch (op.op) {
      case "addNode": {
        const twin = op.node.annotationId
          ? current.nodes.find((node) => node.annotationId === op.node.annotationId)
          : undefined;
        if (twin) {
          alias.set(op.node.id, twin.id);
          return null;
        }
        return taken(op.node.id) ? null : { ...current, nodes: [...current.nodes, op.node] };
      }
      case "updateNode": {
        const id = resolve(op.id);
        if (!hasNode(id)) return null;
        return { ...current, nodes: current.nodes.map((node) => (node.id === id ? { ...node, ...op.set } : node)) };
      }
      case "removeNode":
        return hasNode(resolve(op.id)) ? removeNode(current, resolve(op.id)) : null;
      case "addArgument": {
        const argument = {
          ...op.argument,
          conclusionId: resolve(op.argument.conclusionId),
          premiseIds: [...new Set(op.argument.premiseIds.map(resolve))],
        };
        const ends = [argument.conclusionId, ...argument.premiseIds];
        if (taken(argument.id) || !ends.every(hasNode) || argument.premiseIds.includes(argument.conclusionId)) {
          return null;
        }
        return { ...current, arguments: [...current.arguments, argument] };
      }
      case "updateArgument": {
        if (!hasArgument(op.id)) return null;
        const set = { ...op.set };
        if (set.conclusionId) set.conclusionId = resolve(set.conclusionId);
        if (set.premiseIds) set.premiseIds = [...new Set(set.premiseIds.map(resolve))].filter(hasNode);
        if ((set.conclusionId && !hasNode(set.conclusionId)) || set.premiseIds?.length === 0) return null;
        const updated = { ...current.arguments.find((argument) => argument.id === op.id)!, ...set };
        // As addArgument: a statement cannot be its own premise, whichever of the two the update moved.
        if (updated.premiseIds.includes(updated.conclusionId)) return null;
        return {
          ...current,
          arguments: current.arguments.map((argument) => (argument.id === op.id ? updated : argument)),
        };
      }
      case "addPremise": {
        const premiseId = resolve(op.premiseId);
        const argument = current.arguments.find((a) => a.id === op.id);
        if (!argument || !hasNode(premiseId) || premiseId === argument.conclusionId) return null;
        if (argument.premiseIds.includes(premiseId)) return current;
        if (argument.premiseIds.length >= MAX_PREMISES) return null;
        const grown = { ...argument, premiseIds: [...argument.premiseIds, premiseId] };
        return { ...current, arguments: current.arguments.map((a) => (a.id === op.id ? grown : a)) };
      }
      case "removeArgument":
        return hasArgument(op.id) ? removeLink(current, op.id) : null;
      case "addAttack": {
        const target = "nodeId" in op.attack.target ? { nodeId: resolve(op.attack.target.nodeId) } : op.attack.target;
        const attack = { ...op.attack, attackerId: resolve(op.attack.attackerId), target };
        const targetThere = "nodeId" in target ? hasNode(target.nodeId) : hasArgument(target.argumentId);
        if (taken(attack.id) || !hasNode(attack.attackerId) || !targetThere) return null;
        return { ...current, attacks: [...current.attacks, attack] };
      }
      case "removeAttack":
        return current.attacks.some((attack) => attack.id === op.id)
          ? { ...current, attacks: current.attacks.filter((attack) => attack.id !== op.id) }
          : null;
    }
  }
}
