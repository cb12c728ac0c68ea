import { MAX_STATEMENT_LENGTH, type MapNode } from "@/lib/validation/argument-map";
import { ZArgdownStatementData } from "./argdown-data";
import { ArgdownImportError } from "./argdown-import-error";
import type { ArgdownArgument, ArgdownModel, ArgdownStatement } from "./argdown-parse";
import { SourcePlace } from "./argdown-source-place";

type Source = ArgdownStatement | ArgdownArgument;

/** The data keys Warrant reads on a statement; any other key is kept aside (argdownKeptData). */
const WARRANT_KEYS = new Set(Object.keys(ZArgdownStatementData.shape));

/**
 * What of `data` (an Argdown "{…}" as @argdown/core read it) Warrant does
 * not read itself: the other keys of a mapping, or null when none is left.
 */
export function argdownKeptData(data: unknown, warrantKeys: ReadonlySet<string> = WARRANT_KEYS) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !warrantKeys.has(key)));
  // As JSON (a YAML date becomes its ISO string): it is stored with the map.
  return Object.keys(rest).length > 0 ? (JSON.parse(JSON.stringify(rest)) as Record<string, unknown>) : null;
}

function nodeFrom(source: Source, id: string): MapNode {
  const isArgument = source.type === "argument";
  const label = isArgument ? `argument <${source.title}>` : `statement [${source.title}]`;
  const place = SourcePlace.first(source.members).known;
  const parsed = ZArgdownStatementData.safeParse(source.data ?? {});
  if (!parsed.success) throw new ArgdownImportError(`${label}: ${parsed.error.issues[0].message}`, ...place);
  const data = parsed.data;
  let text = (data.text ?? source.text ?? "").trim();
  // An argument without description, or "[Title]" used but never defined:
  // Argdown shows the title alone, and so does the map.
  if (text === "" && (isArgument || source.members.every((member) => member.isReference))) text = source.title;
  if (text === "") throw new ArgdownImportError(`${label} has no text`, ...place);
  if (text.length > MAX_STATEMENT_LENGTH)
    throw new ArgdownImportError(`${label} is longer than ${MAX_STATEMENT_LENGTH} characters`, ...place);
  return {
    id,
    annotationId: data.annotation ?? null,
    kind: data.kind ?? "statement",
    text,
    position: data.position ?? null,
    ...(isArgument ? { argument: true as const } : {}),
    ...(data.unstated ? { unstated: true as const } : {}),
  };
}

/**
 * The map's nodes: one per Argdown statement (equivalence class), and one
 * per argument without a premise–conclusion structure, marked `argument`
 * ("<A>: text" is the node "text", or "A" without one). Ordered by first appearance in the source, ids
 * "n1", "n2"…. Text is the statement's canonical (last defining) text, or
 * the data's exact `text`; kind, annotation and position come from the data
 * (ZArgdownStatementData). Throws ArgdownImportError for invalid data, a
 * statement with no text, or a text over 5,000 characters.
 */
export function argdownNodes(model: ArgdownModel): {
  nodes: MapNode[];
  nodeIdOf: (source: object) => string | undefined;
  /** What each node's data held beyond Warrant's keys, by node id. */
  kept: Record<string, Record<string, unknown>>;
  /** Each tagged node's tags, by node id. */
  tags: Record<string, string[]>;
} {
  const sources: Source[] = [
    ...Object.values(model.statements),
    ...Object.values(model.arguments).filter((argument) => argument.pcs.length === 0),
  ];
  // Plain objects keyed by title list "2020" before "Apples": order by source place instead.
  const ordered = sources
    .map((source) => ({ source, place: SourcePlace.first(source.members) }))
    .sort((a, b) => SourcePlace.compare(a.place, b.place));
  const ids = new Map<object, string>();
  const kept: Record<string, Record<string, unknown>> = {};
  const tags: Record<string, string[]> = {};
  const nodes = ordered.map(({ source }, i) => {
    const id = `n${i + 1}`;
    ids.set(source, id);
    const rest = argdownKeptData(source.data);
    if (rest) kept[id] = rest;
    if (source.tags.length > 0) tags[id] = source.tags;
    return nodeFrom(source, id);
  });
  return { nodes, nodeIdOf: (source) => ids.get(source), kept, tags };
}
