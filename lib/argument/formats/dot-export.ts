import type { MapGraph } from "@/lib/validation/argument-map";
import { mapEdges, mapJunctions } from "../map-edges";
import { BOX_STYLE, KIND_FILL, RELATION_COLOR, statementBox } from "../map-style";
import { schemeById } from "../schemes";

/**
 * A DOT double-quoted string. Inside quotes DOT itself unescapes only `\"`,
 * but Graphviz then reads labels as escString, where `\n`, `\l`, `\N`, `\G`…
 * mean something: every backslash is doubled so user text can never form
 * one. Line breaks must come in as separate lines (see `label`).
 */
function quote(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")}"`;
}

/** Lines joined with DOT's centred line break `\n`, each line quoted safely. */
function label(lines: string[]): string {
  return lines.map((line) => quote(line).slice(1, -1)).join("\\n");
}

/**
 * `graph` as a Graphviz DOT digraph, for `dot -Tsvg` and friends:
 *
 * - rankdir=BT, so edges (which point from reason to what it supports or
 *   attacks) run upwards and conclusions sit on top;
 * - each statement a rounded, filled box (fill by kind, as in toSvg)
 *   labelled with its kind in capitals over its text wrapped as in toSvg
 *   ("UNSTATED PREMISE" and a dashed border for a premise the reader added
 *   as unstated);
 * - each argument a small circular junction (filled when its premises are
 *   linked, hollow otherwise), its scheme's name (if any) as an xlabel;
 * - supports solid green (no arrowhead on premise legs, so linked premises
 *   visibly join at the junction), attacks red dashed, undercuts red dotted
 *   into the junction, restatements slate dashed and labelled "restates",
 *   a statement supporting a whole argument solid green into its junction —
 *   the edges of mapEdges, in its order.
 *
 * Every id and label is a quoted string with backslashes and quotes
 * escaped, so no text can break out of it. Pure.
 */
export function toDot(graph: MapGraph, options: { title: string }): string {
  const font = quote(BOX_STYLE.fontFamily.split(",")[0]);
  const out = [
    "digraph map {",
    `  graph [rankdir=BT, label=${quote(options.title)}, labelloc=t, fontname=${font}, fontsize=16, nodesep=0.3, ranksep=0.4];`,
    `  node [shape=box, style="rounded,filled", fontname=${font}, fontsize=11, color="#4b5563", margin="0.12,0.06"];`,
    `  edge [fontname=${font}, fontsize=10, penwidth=1.4];`,
  ];
  for (const node of graph.nodes) {
    const box = statementBox(node);
    // Dashed like the map's box of a premise the reader added as unstated (its label says so too).
    const style = node.unstated ? ', style="rounded,filled,dashed"' : "";
    out.push(
      `  ${quote(node.id)} [label="${label([box.kindLabel, ...box.lines])}", fillcolor="${KIND_FILL[node.kind]}"${style}];`,
    );
  }
  for (const { id, argument, linked } of mapJunctions(graph)) {
    const fill = linked ? RELATION_COLOR.supports : "#ffffff";
    const scheme = argument.scheme === null ? undefined : (schemeById(argument.scheme)?.name ?? argument.scheme);
    const xlabel = scheme === undefined ? "" : `, xlabel=${quote(scheme)}, fontsize=9`;
    out.push(
      `  ${quote(id)} [shape=circle, fixedsize=true, width=0.14, label="", style=filled, ` +
        `fillcolor="${fill}", color="${RELATION_COLOR.supports}"${xlabel}];`,
    );
  }
  for (const edge of mapEdges(graph)) {
    const color = RELATION_COLOR[edge.relation];
    const style =
      edge.relation === "supports"
        ? `color="${color}"${edge.leg === "premise" ? ", arrowhead=none" : ""}`
        : edge.relation === "restates"
          ? // Told from an attack by its label and colour both, not by colour alone.
            `color="${color}", style=dashed, label="restates", fontcolor="${color}"`
          : `color="${color}", style=${edge.relation === "attacks" ? "dashed" : "dotted"}`;
    out.push(`  ${quote(edge.source)} -> ${quote(edge.target)} [${style}];`);
  }
  out.push("}", "");
  return out.join("\n");
}
