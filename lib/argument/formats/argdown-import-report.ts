import type { MapGraph } from "@/lib/validation/argument-map";
import type { AifImportReport } from "./aif-import-report";

/** The same shape as AIF's report, so the map view shows either (import-report.tsx). */
export type ArgdownImportReport = AifImportReport;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const HEADING = /^#{1,6}[ \t]/gm;
// Neither part can run past the next "[" or "(", so a file full of unclosed ones is still scanned in linear time.
const LINK = /\[[^[\]\r\n]*\]\([^()\s]*\)/g;

/**
 * What importing an Argdown file did, for the person who imported it: what
 * became part of the map; what was kept only to be written back on Argdown
 * export (the front matter, data Warrant does not read, tags, reconstructed
 * arguments' descriptions: graph.argdown); and warnings about what the map
 * shows differently or drops (arguments by gist, headings, links' addresses).
 * `source` is only scanned for headings and links, in linear time.
 */
export function argdownImportReport(graph: MapGraph, source: string): ArgdownImportReport {
  const kept = graph.argdown;
  const records: Record<string, number> = {};
  const count = (key: string, n: number) => {
    if (n > 0) records[key] = n;
  };
  count("front matter", kept?.frontMatter ? 1 : 0);
  count("data", Object.keys(kept?.data ?? {}).length);
  count("tags", Object.keys(kept?.tags ?? {}).length);
  count("argument descriptions", Object.keys(kept?.descriptions ?? {}).length);

  const warnings: string[] = [];
  const gists = graph.nodes.filter((node) => node.argument).length;
  if (gists > 0) {
    const subject = plural(gists, "argument is", "arguments are");
    warnings.push(
      `${subject} given only by ${gists === 1 ? "its" : "their"} gist: the map shows ${gists === 1 ? "it as a box" : "them as boxes"} labelled Argument`,
    );
  }
  const headings = source.match(HEADING)?.length ?? 0;
  if (headings > 0) warnings.push(`Headings (${headings}) are not kept: a map has no sections`);
  // Argdown keeps a link's words in the statement and its address aside, which the map has no place for.
  const links = source.match(LINK)?.length ?? 0;
  if (links > 0) warnings.push(`Links (${links}) keep their words but lose their addresses`);

  return {
    imported: {
      statements: graph.nodes.length,
      arguments: graph.arguments.length,
      attacks: graph.attacks.length,
      restatements: 0,
    },
    passThrough: { nodes: {}, edges: 0, records },
    warnings,
  };
}
