import type { MapGraph } from "@/lib/validation/argument-map";
import type { AifArgumentation } from "./aif-read";

/**
 * What importing an AIF file did, for the person who imported it: what
 * became part of the map, what was kept only to be written back on export
 * (counted by node type, e.g. { L: 14, YA: 19, MA: 2 }, and by key of the
 * file, e.g. locutions: 14), and what was odd about the file.
 */
export type AifImportReport = {
  imported: { statements: number; arguments: number; attacks: number; restatements: number };
  passThrough: { nodes: Record<string, number>; edges: number; records: Record<string, number> };
  warnings: string[];
};

/** How many records a kept value holds: a list's length, else 1. */
const recordCount = (value: unknown) => (Array.isArray(value) ? value.length : 1);

export function aifImportReport(graph: MapGraph, reading: AifArgumentation): AifImportReport {
  const nodes: Record<string, number> = {};
  for (const node of reading.kept.nodes) nodes[node.type] = (nodes[node.type] ?? 0) + 1;
  const records: Record<string, number> = {};
  for (const [key, value] of Object.entries(reading.kept.rest)) {
    if (recordCount(value) > 0) records[key] = recordCount(value);
  }
  for (const key of Object.keys(reading.kept.wrapper?.rest ?? {})) records[key] = 1;
  return {
    imported: {
      statements: graph.nodes.length,
      arguments: graph.arguments.length,
      attacks: graph.attacks.length,
      restatements: graph.restatements?.length ?? 0,
    },
    passThrough: { nodes, edges: reading.kept.edges.length, records },
    warnings: reading.warnings,
  };
}
