import type { MapNode } from "@/lib/validation/argument-map";

/** Lower case, without accents, whitespace runs as one space: what "Find statement" compares. */
function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The statements a search for `query` finds on a map: those whose text
 * holds every word typed, in any case and with or without accents. Those
 * that start with the first word come first, then in map order; at most
 * `limit`, which is all a list under a search box can show.
 */
export function findStatements(nodes: readonly MapNode[], query: string, limit = 8): MapNode[] {
  const words = folded(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  const found = nodes.flatMap((node) => {
    const text = folded(node.text);
    return words.every((word) => text.includes(word)) ? [{ node, leads: text.startsWith(words[0]!) }] : [];
  });
  // A stable sort keeps map order within each group.
  found.sort((a, b) => Number(b.leads) - Number(a.leads));
  return found.slice(0, limit).map(({ node }) => node);
}
