import type { MapArgument, MapGraph, MapNode } from "@/lib/validation/argument-map";
import { schemeFromLabel, schemeLabel } from "./aif-scheme-label";
import { argdownData, argdownFrontMatter, type ArgdownDataValue } from "./argdown-data";
import { escapeArgdownText } from "./argdown-escape";
import { argdownTitles } from "./argdown-titles";

export type ArgdownExportOptions = {
  /** Written as `title` in the front matter, where Argdown keeps a document's title. */
  title?: string;
};

// A line break and the blanks around it ("\s" takes in any further line breaks) become one space.
const oneLine = (text: string) => text.replace(/\s*[\r\n]\s*/g, " ").trim();

type Kept = Record<string, ArgdownDataValue>;

/**
 * `line` escaped, its tags' markup kept; a tag missing from it (read with
 * Argdown's `removeTagsFromText`) is added at the end, as "#(tag)".
 */
function taggedText(line: string, tags: readonly string[] = []): string {
  const missing = tags.filter((tag) => !line.includes(`#(${tag})`) && !line.includes(`#${tag}`));
  return [escapeArgdownText(line, { tags }), ...missing.map((tag) => `#(${tag})`)].join(" ");
}

/** `[Title]: text {data}` (`<Title>: text {data}` for a gist argument): the data holds what Argdown has no syntax for. */
function statementLine(node: MapNode, title: string, kept: Kept | undefined, tags: readonly string[] = []): string {
  const line = oneLine(node.text);
  const data = argdownData({
    ...kept,
    kind: node.kind === "statement" ? undefined : node.kind,
    annotation: node.annotationId ?? undefined,
    position: node.position ?? undefined,
    // Argdown joins a statement's lines with spaces; keep the exact text.
    text: line === node.text ? undefined : node.text,
    unstated: node.unstated,
  });
  const name = node.argument ? `<${title}>` : `[${title}]`;
  return `${name}: ${taggedText(line, tags)}${data === null ? "" : ` ${data}`}`;
}

/**
 * "----", or "-- Scheme name {data} --": Argdown's inference rules are where
 * a scheme goes. The data repeats the scheme only when the rule would not
 * read back as the same value (see schemeFromLabel), and holds the answers.
 */
function inferenceLine(argument: MapArgument, uses?: number[], roles?: Record<string, number>): string {
  const rule = argument.scheme === null ? "" : oneLine(schemeLabel(argument.scheme));
  const data = argdownData({
    uses,
    scheme: argument.scheme !== null && schemeFromLabel(rule) !== argument.scheme ? argument.scheme : undefined,
    answers: Object.keys(argument.answers).length > 0 ? argument.answers : undefined,
    roles,
  });
  if (rule === "" && data === null) return "----";
  return ["--", rule === "" ? null : escapeArgdownText(rule, { inference: true }), data, "--"]
    .filter((part) => part !== null)
    .join(" ");
}

/**
 * `graph` (which must satisfy ZMapGraph) as Argdown (argdown.org), in blocks
 * separated by empty lines:
 *
 *     ===
 *     title: "…"                                  (options.title)
 *     ===
 *
 *     [Prices fall]: Prices fall when … {kind: "claim", annotation: "…", position: {x: 0, y: 80}}
 *
 *     <Argument 1>
 *
 *     (1) [Supply rose]
 *     (2) [Demand stayed]
 *     -- Argument from Cause to Effect {answers: {"0": "answered"}} --
 *     (3) [Prices fall]
 *
 *     [Critic]
 *       -> [Prices fall]
 *       _> <Argument 1>
 *
 * Every statement is defined once, in graph order, under a title made from
 * its first words (argdownTitles) with its text escaped (escapeArgdownText).
 * Every argument, in graph order, is a premise–conclusion structure named
 * "Argument n": its premises are numbered together above one inference, so a
 * linked argument stays one argument and convergent reasons stay separate
 * ones. Statements that restate each other share one title (Argdown's
 * equivalence class; see sharedTitles). Attacks follow in graph order under their attacker: "->" a rebuttal,
 * "_>" an undercut of the argument's inference. Kind, annotation, position,
 * an unstated premise's mark (`unstated: true`), scheme, answers and picked
 * scheme roles (`roles: {"0": 2}`: premise (2) plays the scheme's first
 * premise) travel as data, so fromArgdown reads the same graph back (with
 * new ids). An empty graph gives only the front matter ("" without a
 * title), which @argdown/core rejects as a document and fromArgdown reads as
 * an empty map.
 */
export function toArgdown(graph: MapGraph, options: ArgdownExportOptions = {}): string {
  const blocks: string[] = [];
  const kept = (graph.argdown?.data ?? {}) as Record<string, Kept>;
  const frontMatter: Kept = { ...(graph.argdown?.frontMatter as Kept | undefined) };
  if (options.title !== undefined) frontMatter.title = options.title;
  if (Object.values(frontMatter).some((value) => value !== undefined)) blocks.push(argdownFrontMatter(frontMatter));
  const titles = argdownTitles(graph.nodes.map((node) => node.text));
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const reconstructions = new Set(graph.arguments.flatMap((argument) => argument.reconstruction ?? []));
  // Gist arguments and reconstructed ones share Argdown's "<…>" names: a gist yields to a reconstruction.
  const taken = new Set(reconstructions);
  const titleById = new Map(
    graph.nodes.map((node, i) => [node.id, node.argument ? uniqueTitle(titles[i], taken) : titles[i]]),
  );
  sharedTitles(graph, titleById);
  const titleOf = (nodeId: string) => {
    const title = titleById.get(nodeId);
    if (title === undefined) throw new Error(`toArgdown: the graph refers to ${nodeId}, which it does not contain`);
    return nodeById.get(nodeId)?.argument ? `<${title}>` : `[${title}]`;
  };
  const asRelation = (argument: MapArgument) =>
    argument.bare === true &&
    argument.premiseIds.length === 1 &&
    argument.scheme === null &&
    Object.keys(argument.answers).length === 0;
  const reconstructionOf = new Map(
    graph.arguments.flatMap((argument) => (argument.reconstruction ? [[argument.id, argument.reconstruction]] : [])),
  );
  const argumentTitles = new Map<string, string>();
  let n = 0;
  for (const argument of graph.arguments) {
    if (asRelation(argument)) continue;
    argumentTitles.set(argument.id, argument.reconstruction ?? uniqueTitle(`Argument ${++n}`, taken, false));
  }
  const argumentOf = (argumentId: string) => {
    const title = argumentTitles.get(argumentId);
    if (title === undefined) throw new Error(`toArgdown: the graph refers to ${argumentId}, which it does not contain`);
    return `<${title}>`;
  };

  const tags = graph.argdown?.tags ?? {};
  graph.nodes.forEach((node) =>
    blocks.push(statementLine(node, titleById.get(node.id)!, kept[node.id], tags[node.id])),
  );
  const written = new Set<string>();
  // "_> <A>" hits A's last inference: an undercut of an earlier step is written under that step's inference.
  const lastSteps = new Map(graph.arguments.map((argument) => [argument.reconstruction ?? argument.id, argument.id]));
  const innerUndercuts = graph.attacks.filter(
    (attack) =>
      "argumentId" in attack.target &&
      attack.relation === undefined &&
      reconstructionOf.has(attack.target.argumentId) &&
      lastSteps.get(reconstructionOf.get(attack.target.argumentId)!) !== attack.target.argumentId,
  );
  const inner = (argumentId: string) =>
    innerUndercuts.flatMap((attack) =>
      "argumentId" in attack.target && attack.target.argumentId === argumentId ? [titleOf(attack.attackerId)] : [],
    );
  for (const argument of graph.arguments) {
    if (asRelation(argument) || written.has(argument.id)) continue;
    const steps = argument.reconstruction
      ? graph.arguments.filter((other) => other.reconstruction === argument.reconstruction)
      : [argument];
    steps.forEach((step) => written.add(step.id));
    const data = kept[argument.id] ? argdownData(kept[argument.id]) : null;
    const description = graph.argdown?.descriptions?.[argument.id];
    const heading =
      description || tags[argument.id]
        ? `${argumentOf(argument.id)}: ${taggedText(oneLine(description ?? ""), tags[argument.id])}`.trimEnd()
        : argumentOf(argument.id);
    blocks.push(data === null ? heading : `${heading} ${data}`);
    blocks.push(structureLines(steps, titleOf, inner).join("\n"));
  }
  // Relations under their source, in graph order: consecutive ones by one source share its paragraph.
  const relations: [string, string][] = [];
  for (const argument of graph.arguments) {
    if (asRelation(argument)) relations.push([argument.premiseIds[0], `+> ${titleOf(argument.conclusionId)}`]);
  }
  for (const support of graph.argumentSupports ?? []) {
    relations.push([support.premiseId, `+> ${argumentOf(support.argumentId)}`]);
  }
  const contradictions = new Set<string>();
  for (const attack of graph.attacks) {
    if (innerUndercuts.includes(attack)) continue;
    if ("argumentId" in attack.target) {
      const symbol = attack.relation === "attack" ? "->" : "_>";
      relations.push([attack.attackerId, `${symbol} ${argumentOf(attack.target.argumentId)}`]);
    } else if (attack.relation === "contradictory") {
      // One "><" stands for both attacks of the pair.
      const pair = `${attack.target.nodeId} ${attack.attackerId}`;
      if (contradictions.has(pair)) continue;
      contradictions.add(`${attack.attackerId} ${attack.target.nodeId}`);
      relations.push([attack.attackerId, `>< ${titleOf(attack.target.nodeId)}`]);
    } else {
      const symbol = attack.relation === "undercut" ? "_>" : "->";
      relations.push([attack.attackerId, `${symbol} ${titleOf(attack.target.nodeId)}`]);
    }
  }
  relations.forEach(([source, line], i) => {
    const paragraph = i > 0 && relations[i - 1][0] === source ? blocks.pop()!.split("\n") : [titleOf(source)];
    blocks.push([...paragraph, `  ${line}`].join("\n"));
  });
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

/**
 * Restatements as Argdown's equivalence: statements that restate each other
 * (AIF's MA) are one equivalence class, each a formulation of it, so all of
 * them take the title of the first in graph order. Argdown has no relation
 * for it; the title is what makes statements one. Gist arguments keep theirs.
 */
function sharedTitles(graph: MapGraph, titleById: Map<string, string>): void {
  const order = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const statement = (id: string) => order.has(id) && !graph.nodes[order.get(id)!].argument;
  const root = new Map<string, string>();
  const find = (id: string): string => {
    const parent = root.get(id) ?? id;
    return parent === id ? id : find(parent);
  };
  for (const { fromId, toId } of graph.restatements ?? []) {
    if (!statement(fromId) || !statement(toId)) continue;
    const [a, b] = [find(fromId), find(toId)];
    // The class is named by its member that comes first in the map.
    if (a !== b) root.set(order.get(a)! < order.get(b)! ? b : a, order.get(a)! < order.get(b)! ? a : b);
  }
  for (const id of root.keys()) titleById.set(id, titleById.get(find(id))!);
}

/** `base`, or `base 2`, `base 3`… (or `base` with a number bumped) until not in `taken`; the result is taken. */
function uniqueTitle(base: string, taken: Set<string>, suffix = true): string {
  let title = base;
  const [, stem, number] = /^(.*?)(\d+)$/.exec(base) ?? [];
  for (let i = 2; taken.has(title); i++) {
    title = suffix || stem === undefined ? `${base} ${i}` : `${stem}${Number(number) + i - 1}`;
  }
  taken.add(title);
  return title;
}

/**
 * The numbered premise–conclusion structure of an argument's steps, in
 * order. A step's premises not yet in the structure are written above its
 * inference; the inference lists the numbers of its premises in `uses`
 * unless they are exactly what Argdown takes by default (the statements
 * since the previous conclusion, that conclusion included).
 */
function structureLines(
  steps: readonly MapArgument[],
  titleOf: (nodeId: string) => string,
  undercutsOf: (argumentId: string) => string[],
): string[] {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  const order: string[] = [];
  let from = 0;
  // Picked roles by the premises' numbers; a pick naming no premise of the step is stale (ignored on the map) and left out.
  const rolesOf = (step: MapArgument) =>
    step.roles &&
    Object.fromEntries(
      Object.entries(step.roles).flatMap(([index, nodeId]) =>
        step.premiseIds.includes(nodeId) ? [[index, numbers.get(nodeId)!]] : [],
      ),
    );
  const write = (nodeId: string) => {
    order.push(nodeId);
    if (!numbers.has(nodeId)) numbers.set(nodeId, order.length);
    lines.push(`(${order.length}) ${titleOf(nodeId)}`);
  };
  for (const step of steps) {
    for (const premiseId of step.premiseIds) if (!numbers.has(premiseId)) write(premiseId);
    const byDefault = order.slice(from);
    const same = byDefault.length === step.premiseIds.length && byDefault.every((id, i) => id === step.premiseIds[i]);
    lines.push(inferenceLine(step, same ? undefined : step.premiseIds.map((id) => numbers.get(id)!), rolesOf(step)));
    lines.push(...undercutsOf(step.id).map((attacker) => `  <_ ${attacker}`));
    from = order.length;
    write(step.conclusionId);
  }
  return lines;
}
