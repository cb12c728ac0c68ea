import type { MapGraph, MapNode } from "@/lib/validation/argument-map";
import { mapJunctions, type MapJunction } from "../map-edges";
import { schemeById } from "../schemes";
import { squeezeSpace } from "../statement-text";

export type MarkdownOutlineOptions = {
  title: string;
  /** Annotation id → the passage it quotes now (the caller's current text). */
  quotes: ReadonlyMap<string, string>;
};

/**
 * Inline Markdown for `text`: whitespace squeezed; characters that could
 * start emphasis, code, links, HTML or an entity backslash-escaped (so a
 * statement can never inject markup); and a first character that would
 * start a heading, quote or list escaped too.
 */
function inline(text: string): string {
  return squeezeSpace(text)
    .replace(/[\\`*_[\]<~]|&(?=#?\w+;)/g, "\\$&")
    .replace(/^[#>+=-]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * `graph` as a Markdown outline in the manner of Argdown: `+` for a reason,
 * `-` for an objection (both are CommonMark list markers, so it renders as
 * nested lists). Under `# title`, each conclusion gets a `##` heading — a
 * statement that is supported or attacked, or is a claim, and is neither a
 * premise nor an attacker — then, recursively:
 *
 * - `+ reason` per single-premise argument; `+ together:` with the premises
 *   nested under it per linked argument; the scheme's name in italics after
 *   either when one is named;
 * - `+ supports the inference: …` under the argument a statement supports
 *   as a whole, and `- undercuts the inference: …` under the argument it
 *   undercuts;
 * - `- objection` per rebuttal of the statement.
 *
 * A premise the reader added as unstated reads "… _(unstated premise)_".
 * Restatements follow under `## Restatements`, one sentence each
 * (`- “B” restates “A”.`).
 *
 * Each statement with an annotation is followed by its quote as a `> `
 * blockquote (from `quotes`; left out when missing or the same as the
 * statement's text). Every statement is expanded once: met again it reads
 * "(see above)", or "(circular)" when it is its own ancestor — so cycles
 * terminate and the size stays linear in the map. Statements no conclusion
 * reaches (cycles with no way in, lone notes) follow as headings of their
 * own, in map order, so none is lost. All text goes through `inline`.
 */
export function toMarkdownOutline(graph: MapGraph, options: MarkdownOutlineOptions): string {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const supportsOf = new Map<string, MapJunction[]>();
  const premises = new Set<string>();
  for (const junction of mapJunctions(graph)) {
    if (junction.premiseIds.length === 0) continue;
    const conclusion = junction.argument.conclusionId;
    supportsOf.set(conclusion, [...(supportsOf.get(conclusion) ?? []), junction]);
    junction.premiseIds.forEach((id) => premises.add(id));
  }
  const rebuttalsOf = new Map<string, MapNode[]>();
  const undercutsOf = new Map<string, MapNode[]>();
  const backingsOf = new Map<string, MapNode[]>();
  // Attackers and backers of arguments: read under what they bear on, never as headings of their own.
  const attackers = new Set<string>();
  for (const support of graph.argumentSupports ?? []) {
    const backer = byId.get(support.premiseId);
    if (!backer) continue;
    backingsOf.set(support.argumentId, [...(backingsOf.get(support.argumentId) ?? []), backer]);
    attackers.add(backer.id);
  }
  for (const attack of graph.attacks) {
    const attacker = byId.get(attack.attackerId);
    if (!attacker) continue;
    const [into, key] =
      "nodeId" in attack.target ? [rebuttalsOf, attack.target.nodeId] : [undercutsOf, attack.target.argumentId];
    into.set(key, [...(into.get(key) ?? []), attacker]);
    attackers.add(attacker.id);
  }

  const lines = [`# ${inline(options.title)}`];
  const expanded = new Set<string>();
  const path = new Set<string>();
  const pad = (depth: number) => "  ".repeat(depth);

  const quoteLines = (node: MapNode, depth: number): string[] => {
    const quote = node.annotationId === null ? undefined : options.quotes.get(node.annotationId);
    if (quote === undefined || !quote.trim() || squeezeSpace(quote) === squeezeSpace(node.text)) return [];
    return quote
      .trim()
      .split(/\r\n?|\n/)
      .map((line) => `${pad(depth)}>${line.trim() ? " " + inline(line) : ""}`);
  };

  // An explicit stack rather than recursion: a chain of MAX_MAP_NODES
  // reasons would overflow the call stack.
  type Task =
    | {
        do: "item";
        node: MapNode;
        depth: number;
        marker: "+" | "-";
        lead?: string;
        tail?: string;
        /** The items about the inference this item is the one premise of (supports of it, undercuts). */
        about?: Task[];
      }
    | { do: "children"; node: MapNode; depth: number }
    | { do: "line"; text: string }
    | { do: "leave"; id: string };
  // What bears on an inference as a whole: statements supporting it, then those undercutting it.
  const inferenceItems = (junctionId: string, depth: number): Task[] => [
    ...(backingsOf.get(junctionId) ?? []).map((node): Task => ({
      do: "item",
      node,
      depth,
      marker: "+",
      lead: "supports the inference: ",
    })),
    ...(undercutsOf.get(junctionId) ?? []).map((node): Task => ({
      do: "item",
      node,
      depth,
      marker: "-",
      lead: "undercuts the inference: ",
    })),
  ];

  // The reasons and objections under `node`, as list items at `depth`.
  const childTasks = (node: MapNode, depth: number): Task[] => {
    const tasks: Task[] = [];
    for (const junction of supportsOf.get(node.id) ?? []) {
      const scheme = junction.argument.scheme;
      const tail = scheme === null ? "" : ` _(${inline(schemeById(scheme)?.name ?? scheme)})_`;
      if (junction.linked) {
        tasks.push({ do: "line", text: `${pad(depth)}+ together:${tail}` });
        for (const id of junction.premiseIds)
          tasks.push({ do: "item", node: byId.get(id)!, depth: depth + 1, marker: "+" });
        tasks.push(...inferenceItems(junction.id, depth + 1));
      } else {
        const about = inferenceItems(junction.id, depth + 1);
        tasks.push({ do: "item", node: byId.get(junction.premiseIds[0])!, depth, marker: "+", tail, about });
      }
    }
    for (const attacker of rebuttalsOf.get(node.id) ?? [])
      tasks.push({ do: "item", node: attacker, depth, marker: "-" });
    return tasks;
  };

  const run = (tasks: Task[]) => {
    const stack = [...tasks].reverse();
    for (let task = stack.pop(); task; task = stack.pop()) {
      if (task.do === "line") lines.push(task.text);
      else if (task.do === "leave") path.delete(task.id);
      else if (task.do === "item") {
        const { node, depth } = task;
        const seen = path.has(node.id) ? " (circular)" : expanded.has(node.id) ? " (see above)" : "";
        const unstated = node.unstated ? " _(unstated premise)_" : "";
        lines.push(
          `${pad(depth)}${task.marker} ${task.lead ?? ""}${inline(node.text)}${unstated}${task.tail ?? ""}${seen}`,
        );
        const next = [...(task.about ?? [])];
        if (!seen) {
          expanded.add(node.id);
          path.add(node.id);
          lines.push(...quoteLines(node, depth + 1));
          next.unshift({ do: "children", node, depth: depth + 1 }, { do: "leave", id: node.id });
        }
        stack.push(...next.reverse());
      } else stack.push(...childTasks(task.node, task.depth).reverse());
    }
  };

  const heading = (node: MapNode) => {
    expanded.add(node.id);
    path.add(node.id);
    lines.push("", `## ${inline(node.text)}`);
    const quote = quoteLines(node, 0);
    if (quote.length > 0) lines.push("", ...quote);
    const tasks = childTasks(node, 0);
    if (tasks.length > 0) lines.push("");
    run(tasks);
    path.delete(node.id);
  };

  for (const node of graph.nodes) {
    const linkedIn = supportsOf.has(node.id) || rebuttalsOf.has(node.id);
    if ((linkedIn || node.kind === "claim") && !premises.has(node.id) && !attackers.has(node.id)) heading(node);
  }
  for (const node of graph.nodes) if (!expanded.has(node.id)) heading(node);
  const restated = (graph.restatements ?? []).flatMap(({ fromId, toId }) => {
    const [from, to] = [byId.get(fromId), byId.get(toId)];
    return from && to ? [`- “${inline(to.text)}” restates “${inline(from.text)}”.`] : [];
  });
  if (restated.length > 0) lines.push("", "## Restatements", "", ...restated);
  return lines.join("\n") + "\n";
}
