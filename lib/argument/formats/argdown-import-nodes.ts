import { MAX_STATEMENT_LENGTH, type MapNode } from "@/lib/validation/argument-map";
import { ZArgdownStatementData } from "./argdown-data";
import { ArgdownImportError } from "./argdown-import-error";
import type { ArgdownArgument, ArgdownModel, ArgdownStatement } from "./argdown-parse";
import { SourcePlace } from "./argdown-source-place";

type Source = ArgdownStatement | ArgdownArgument;

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
  };
}

/**
 * The map's nodes: one per Argdown statement (equivalence class), and one
 * per argument without a premise–conclusion structure (Warrant has no
 * argument nodes, so "<A>: text" stands in the map as the statement "text",
 * or "A" without one). Ordered by first appearance in the source, ids
 * "n1", "n2"…. Text is the statement's canonical (last defining) text, or
 * the data's exact `text`; kind, annotation and position come from the data
 * (ZArgdownStatementData). Throws ArgdownImportError for invalid data, a
 * statement with no text, or a text over 5,000 characters.
 */
export function argdownNodes(model: ArgdownModel): {
  nodes: MapNode[];
  nodeIdOf: (source: object) => string | undefined;
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
  const nodes = ordered.map(({ source }, i) => {
    const id = `n${i + 1}`;
    ids.set(source, id);
    return nodeFrom(source, id);
  });
  return { nodes, nodeIdOf: (source) => ids.get(source) };
}
