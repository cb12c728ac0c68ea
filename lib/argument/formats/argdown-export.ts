import type { MapArgument, MapAttack, MapGraph, MapNode } from "@/lib/validation/argument-map";
import { schemeFromLabel, schemeLabel } from "./aif-scheme-label";
import { argdownData, argdownFrontMatter } from "./argdown-data";
import { escapeArgdownText } from "./argdown-escape";
import { argdownTitles } from "./argdown-titles";

export type ArgdownExportOptions = {
  /** Written as `title` in the front matter, where Argdown keeps a document's title. */
  title?: string;
};

// A line break and the blanks around it ("\s" takes in any further line breaks) become one space.
const oneLine = (text: string) => text.replace(/\s*[\r\n]\s*/g, " ").trim();

/** `[Title]: text {data}`: the data holds what Argdown has no syntax for. */
function statementLine(node: MapNode, title: string): string {
  const line = oneLine(node.text);
  const data = argdownData({
    kind: node.kind === "statement" ? undefined : node.kind,
    annotation: node.annotationId ?? undefined,
    position: node.position ?? undefined,
    // Argdown joins a statement's lines with spaces; keep the exact text.
    text: line === node.text ? undefined : node.text,
  });
  return `[${title}]: ${escapeArgdownText(line)}${data === null ? "" : ` ${data}`}`;
}

/**
 * "----", or "-- Scheme name {data} --": Argdown's inference rules are where
 * a scheme goes. The data repeats the scheme only when the rule would not
 * read back as the same value (see schemeFromLabel), and holds the answers.
 */
function inferenceLine(argument: MapArgument): string {
  const rule = argument.scheme === null ? "" : oneLine(schemeLabel(argument.scheme));
  const data = argdownData({
    scheme: argument.scheme !== null && schemeFromLabel(rule) !== argument.scheme ? argument.scheme : undefined,
    answers: Object.keys(argument.answers).length > 0 ? argument.answers : undefined,
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
 * ones. Attacks follow in graph order under their attacker: "->" a rebuttal,
 * "_>" an undercut of the argument's inference. Kind, annotation, position,
 * scheme and answers travel as data, so fromArgdown reads the same graph back
 * (with new ids). An empty graph gives only the front matter ("" without a
 * title), which @argdown/core rejects as a document and fromArgdown reads as
 * an empty map.
 */
export function toArgdown(graph: MapGraph, options: ArgdownExportOptions = {}): string {
  const blocks: string[] = [];
  if (options.title !== undefined) blocks.push(argdownFrontMatter({ title: options.title }));
  const titles = argdownTitles(graph.nodes.map((node) => node.text));
  const titleById = new Map(graph.nodes.map((node, i) => [node.id, titles[i]]));
  const titleOf = (nodeId: string) => {
    const title = titleById.get(nodeId);
    if (title === undefined) throw new Error(`toArgdown: the graph refers to ${nodeId}, which it does not contain`);
    return `[${title}]`;
  };
  const argumentTitles = new Map(graph.arguments.map((argument, i) => [argument.id, `<Argument ${i + 1}>`]));
  const argumentOf = (argumentId: string) => {
    const title = argumentTitles.get(argumentId);
    if (title === undefined) throw new Error(`toArgdown: the graph refers to ${argumentId}, which it does not contain`);
    return title;
  };

  graph.nodes.forEach((node, i) => blocks.push(statementLine(node, titles[i])));
  for (const argument of graph.arguments) {
    const premises = argument.premiseIds.map((premiseId, i) => `(${i + 1}) ${titleOf(premiseId)}`);
    const conclusion = `(${premises.length + 1}) ${titleOf(argument.conclusionId)}`;
    blocks.push(argumentOf(argument.id), [...premises, inferenceLine(argument), conclusion].join("\n"));
  }
  // Consecutive attacks by one statement share its paragraph; order is kept.
  let run: MapAttack[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const relations = run.map((attack) =>
      "nodeId" in attack.target
        ? `  -> ${titleOf(attack.target.nodeId)}`
        : `  _> ${argumentOf(attack.target.argumentId)}`,
    );
    blocks.push([titleOf(run[0].attackerId), ...relations].join("\n"));
    run = [];
  };
  for (const attack of graph.attacks) {
    if (run.length > 0 && run[0].attackerId !== attack.attackerId) flush();
    run.push(attack);
  }
  flush();
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
