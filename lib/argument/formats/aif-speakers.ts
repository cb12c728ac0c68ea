import type { AifPassThrough } from "@/lib/validation/aif-pass-through";
import type { MapGraph } from "@/lib/validation/argument-map";

/** Who said a statement, and in which words: one locution (L-node) that introduces it. */
export type SaidBy = { speaker: string; words: string };

// In AIF+ (IAT) a statement (I-node) enters a dialogue through what someone
// said: locution L ──▶ YA (an illocution: asserting, restating, questioning…)
// ──▶ I. A map imported from such a file keeps the L- and YA-nodes in its
// pass-through (graph.aif), so the speaker can be read back from there
// without the map modelling dialogue.

/** "Speaker : words" as OVA and AIFdb write an L-node's text; a colon then a space, so "http://…" is no speaker. */
const SPEAKER_PREFIX = /^\s*([^:\n]{1,80}?)\s*:\s+([\s\S]+)$/;

type Json = Record<string, unknown>;
const records = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((item): item is Json => typeof item === "object" && item !== null) : [];

/** Participant id → "Firstname Surname", from the file's `participants`. */
function participantNames(kept: AifPassThrough): Map<string, string> {
  const names = new Map<string, string>();
  for (const participant of records(kept.rest.participants)) {
    const name = [participant.firstname, participant.surname]
      .filter((part) => typeof part === "string")
      .join(" ")
      .trim();
    if (participant.participantID !== undefined && name) names.set(String(participant.participantID), name);
  }
  return names;
}

/**
 * Who said what for one L-node: the speaker is the participant its
 * locution names (`locutions[].personID` → `participants`) when the file
 * lists them, else the "Speaker :" its text opens with; the words are the
 * text without that prefix. Null when no speaker can be told.
 */
function saidBy(text: string, personName: string | undefined): SaidBy | null {
  const match = SPEAKER_PREFIX.exec(text);
  const speaker = personName ?? match?.[1].trim();
  const words = (match ? match[2] : text).trim();
  return speaker ? { speaker, words } : null;
}

/**
 * The speakers of the statements of `graph` that the AIF file it was
 * imported from introduces through a locution (L → YA → I), by map node id,
 * each speaker once, in the file's edge order. Empty for a map with no AIF
 * pass-through. Pure.
 */
export function aifSpeakers(graph: MapGraph): Map<string, SaidBy[]> {
  const result = new Map<string, SaidBy[]>();
  const kept = graph.aif;
  if (!kept) return result;
  const onMap = new Set(graph.nodes.map((node) => node.id));
  // AIF id of each I-node the map holds → its map id.
  const statementOf = new Map<string, string>();
  for (const [localId, record] of Object.entries(kept.modelledNodes)) {
    if (record.type === "I" && onMap.has(localId)) statementOf.set(String(record.nodeID), localId);
  }
  const keptNodes = new Map(kept.nodes.map((node) => [String(node.nodeID), node]));
  const typeOf = (id: string) => keptNodes.get(id)?.type;
  const names = participantNames(kept);
  const personOf = new Map<string, string>();
  for (const locution of records(kept.rest.locutions)) {
    if (locution.nodeID !== undefined && locution.personID !== undefined)
      personOf.set(String(locution.nodeID), String(locution.personID));
  }

  const locutionsInto = new Map<string, string[]>();
  const illocutionsInto = new Map<string, string[]>();
  for (const edge of kept.edges) {
    const [from, to] = [String(edge.fromID), String(edge.toID)];
    if (typeOf(from) === "L" && typeOf(to) === "YA") locutionsInto.set(to, [...(locutionsInto.get(to) ?? []), from]);
    if (typeOf(from) === "YA" && statementOf.has(to))
      illocutionsInto.set(to, [...(illocutionsInto.get(to) ?? []), from]);
  }

  for (const [aifId, localId] of statementOf) {
    const said: SaidBy[] = [];
    for (const ya of illocutionsInto.get(aifId) ?? []) {
      for (const l of locutionsInto.get(ya) ?? []) {
        const text = keptNodes.get(l)!.text;
        const person = personOf.get(l);
        const one = typeof text === "string" ? saidBy(text, person && names.get(person)) : null;
        if (one && !said.some((s) => s.speaker === one.speaker)) said.push(one);
      }
    }
    if (said.length > 0) result.set(localId, said);
  }
  return result;
}

/** "said by Ann", "said by Ann and Bob", "said by Ann, Bob and Cy": how the map view names them. */
export function saidByLine(said: readonly SaidBy[]): string {
  const names = said.map((s) => s.speaker);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return `said by ${list}`;
}
