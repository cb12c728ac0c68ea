import type { MapOperation } from "@/lib/argument/map-operations";
import { shortText } from "@/lib/argument/statement-text";
import type { MapGraph } from "@/lib/validation/argument-map";

/** The properties whose loss a writer is told about: the words and kind of a statement, an argument's scheme. */
const TOLD = [
  ["node", "text", "the text of"],
  ["node", "kind", "the kind of"],
  ["argument", "scheme", "the scheme of the argument for"],
] as const;

/**
 * Last writer wins, per property, when two people edit one shared map; the
 * one whose words were replaced is told. These two helpers keep what the
 * reader saved and find what someone else has since replaced.
 */
export const overwritten = {
  /** The values the reader's operations wrote, keyed "node:<id>:text" and the like. */
  written(ops: readonly MapOperation[]): [string, string][] {
    const values: [string, string][] = [];
    for (const op of ops) {
      if (op.op === "updateNode" || op.op === "updateArgument") {
        const item = op.op === "updateNode" ? "node" : "argument";
        for (const [kind, property] of TOLD) {
          if (kind === item && property in op.set) {
            values.push([
              `${item}:${op.id}:${property}`,
              JSON.stringify((op.set as Record<string, unknown>)[property]),
            ]);
          }
        }
      }
    }
    return values;
  },

  /**
   * What in `graph` someone else has replaced of what the reader wrote, in
   * words ("the text of “…”"), or null; each loss is told once.
   */
  by(written: Map<string, string>, graph: MapGraph): string | null {
    let told: string | null = null;
    for (const [key, value] of written) {
      const [item, id, property] = key.split(":") as ["node" | "argument", string, string];
      const found = item === "node" ? graph.nodes.find((n) => n.id === id) : graph.arguments.find((a) => a.id === id);
      if (!found) {
        written.delete(key);
        continue;
      }
      const now = JSON.stringify((found as Record<string, unknown>)[property]);
      if (now === value) continue;
      written.delete(key);
      const phrase = TOLD.find(([kind, p]) => kind === item && p === property)![2];
      const subject =
        item === "node"
          ? shortText((found as { text: string }).text)
          : shortText(graph.nodes.find((n) => n.id === (found as { conclusionId: string }).conclusionId)?.text ?? "");
      told ??= `${phrase} “${subject}”`;
    }
    return told;
  },
};
