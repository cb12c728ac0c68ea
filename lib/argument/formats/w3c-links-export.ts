import { toW3CCollection, type W3CAnnotationCollection } from "@/lib/w3c/serialize";
import { W3C_TERMS } from "@/lib/w3c/vocabulary";
import type { AnnotationView } from "@/lib/validation/annotation";
import type { MapArgument, MapGraph, MapNode } from "@/lib/validation/argument-map";
import { mapJunctions, type EdgeRelation } from "../map-edges";
import { premiseRoles } from "../scheme-roles";
import { schemeById } from "../schemes";
import { shortText } from "../statement-text";

type TextualBody = { type: "TextualBody"; purpose: string; value: string; format?: "text/plain" };

/** What the Annotations this file adds have in common. */
type AddedAnnotation = {
  "@context": typeof W3C_TERMS.context;
  id: string;
  type: "Annotation";
  creator?: { id: string; type: "Person"; name: string };
  created?: string;
  body: TextualBody[];
};

/** One link of the map as a W3C Annotation (see toW3CMapCollection). */
export type W3CLinkAnnotation = AddedAnnotation & {
  motivation: "linking";
  /** Reasons (premises or the attacker) first, what they bear on last. */
  target: string[];
};

/** A free statement of the map as a W3C Annotation on the whole document (see toW3CMapCollection). */
export type W3CStatementAnnotation = AddedAnnotation & { motivation: "describing"; target: string };

type Page = W3CAnnotationCollection["first"];

/** toW3CCollection's collection with the map's free statements and links added to its page. */
export type W3CMapCollection = Omit<W3CAnnotationCollection, "first"> & {
  first: Omit<Page, "items"> & {
    items: (Page["items"][number] | W3CStatementAnnotation | W3CLinkAnnotation)[];
  };
};

export type W3CMapInput = {
  graph: MapGraph;
  /** The map's title, for the collection's label. */
  title: string;
  /** This export's IRI; its page is the same with `page=0`. */
  collectionUrl: string;
  /**
   * The map's IRI, under which links and free statements get theirs (see
   * toW3CMapCollection). Default: `collectionUrl` without query or fragment.
   */
  mapUrl?: string;
  documentUrl: string;
  /** The annotated document's title, added to the label when given. */
  documentTitle?: string;
  baseUrl: string;
  /** The annotations the reader may see; the map's are picked out of them. */
  annotations: AnnotationView[];
  /** Who drew the links (the map's owner), written as each link's creator. */
  creator?: { id: string; name: string };
  /** When this version of the map was saved (ISO 8601 or a Date): each link's `created`. */
  savedAt?: string | Date;
  generatedAt?: Date;
};

/** The tagging body's value on a premise the reader added as unstated. */
export const UNSTATED_TAG = "unstated-premise";

/** "a", "a and b", "a, b and c". */
const list = (items: string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const named = (node: MapNode) => `“${shortText(node.text, 80)}”`;

/**
 * An argument map as one W3C Web Annotation AnnotationCollection, built on
 * toW3CCollection (lib/annotations/w3c-serialize.ts), whose encoding of
 * annotations it keeps. Items, in order:
 *
 * 1. the map's annotations — those of `annotations` that a node names and
 *    that are not deleted — exactly as toW3CCollection writes them, without
 *    their replies (the discussion is not part of the map);
 * 2. one Annotation per free statement (see below);
 * 3. one Annotation per argument, then one per attack, then one per
 *    restatement, then one per support of a whole argument, each with
 *    motivation "linking", id `${mapUrl}/arguments/${argumentId}`,
 *    `${mapUrl}/attacks/${attackId}`, `${mapUrl}/restatements/${id}` or
 *    `${mapUrl}/argument-supports/${id}` (folders: the schema lets an
 *    attack and an argument share an id), and:
 *    - `target`: the IRIs of the statements involved, reasons first — an
 *      argument's premises then its conclusion; an attacker then the
 *      statement it rebuts, or, for an undercut, the attacker then the IRI
 *      of the argument's own link Annotation (an undercut attacks the
 *      inference, and that Annotation is the inference); a restated
 *      statement then the one restating it; a statement supporting a whole
 *      argument then that argument's link Annotation;
 *    - `body`: a TextualBody with purpose "classifying" whose value is the
 *      relation ("supports", "attacks", "undercuts", "restates"); for an argument that
 *      names a scheme, a "tagging" TextualBody with the scheme id (e.g.
 *      "expert-opinion", see schemes.ts); and a "describing" TextualBody
 *      saying it in words — `“A” and “B” together support “C”.` — because
 *      JSON-LD treats `target` as an unordered set, so the order above is
 *      only Warrant's convention and the sentence carries the direction for
 *      everyone else; where the reader picked which premise plays which of
 *      the scheme's premises, a second "describing" body says so.
 *
 * Free statements — nodes without an annotation, or whose annotation is not
 * among `annotations` (deleted, or not visible to this reader) — have no
 * annotation IRI, so each becomes an Annotation of its own, id
 * `${mapUrl}/statements/${nodeId}`, motivation "describing", whose target is
 * the document (the statement is about the argument as a whole; annotation
 * tools show it as a page note) and whose bodies are the node's kind
 * ("classifying") and its text ("describing", text/plain), and for a
 * premise the reader added as unstated a "tagging" body UNSTATED_TAG. Links name it by
 * that IRI like any other statement. Not embedded in the link instead: the
 * Working Group's suite reads a TextualBody that has an id as an External
 * Web Resource, which may not have a purpose (3.3.5-bodyEWRNoPurpose), and
 * without an id the link could not say which target it is. A private
 * annotation's quote never leaks this way: the reader gets only the node's
 * own text, which the map already shows them.
 *
 * `label` names the map (and the document, when given); `total` and the
 * page's `partOf.total` count every item. `creator` and `savedAt` give the
 * added Annotations their creator and `created`. Pure: the same input gives
 * the same output; throws RangeError when `savedAt` is not a date. Not for
 * re-import through importW3C (which wants text selectors): Warrant reads
 * maps back from AIF and Argdown.
 */
export function toW3CMapCollection(input: W3CMapInput): W3CMapCollection {
  const mapUrl = (input.mapUrl ?? input.collectionUrl.split(/[?#]/)[0]).replace(/\/+$/, "");
  const baseUrl = input.baseUrl.replace(/\/+$/, "");
  const used = new Set(input.graph.nodes.map((node) => node.annotationId));
  const exported = input.annotations.filter((view) => used.has(view.id) && !view.deleted);
  // Typed to take a node's null annotationId, which it never holds.
  const exportedIds = new Set<string | null>(exported.map((view) => view.id));
  const base = toW3CCollection({
    documentUrl: input.documentUrl,
    // Only for the collection's label, which is replaced below.
    documentTitle: input.title,
    collectionUrl: input.collectionUrl,
    baseUrl,
    annotations: exported.map((view) => ({ ...view, replies: [] })),
    generatedAt: input.generatedAt,
  });

  const byId = new Map(input.graph.nodes.map((node) => [node.id, node]));
  const isFree = (node: MapNode) => !exportedIds.has(node.annotationId);
  const iriOf = (node: MapNode) =>
    isFree(node) ? `${mapUrl}/statements/${node.id}` : `${baseUrl}/api/annotations/${node.annotationId}`;
  const created = input.savedAt === undefined ? undefined : new Date(input.savedAt).toISOString();
  const creator = input.creator && {
    id: `${baseUrl}/users/${input.creator.id}`,
    type: "Person" as const,
    name: input.creator.name,
  };
  const header = (id: string) => ({
    "@context": W3C_TERMS.context,
    id,
    type: "Annotation" as const,
    ...(creator ? { creator } : {}),
    ...(created ? { created } : {}),
  });
  const text = (purpose: string, value: string): TextualBody => ({ type: "TextualBody", purpose, value });

  const statements: W3CStatementAnnotation[] = input.graph.nodes.filter(isFree).map((node) => ({
    ...header(iriOf(node)),
    motivation: "describing",
    body: [
      text(W3C_TERMS.purpose.kind, node.kind),
      ...(node.unstated ? [text(W3C_TERMS.purpose.tag, UNSTATED_TAG)] : []),
      { ...text("describing", node.text), format: "text/plain" },
    ],
    target: input.documentUrl,
  }));

  // `path` is "arguments/…" or "attacks/…" under the map's IRI; `more` are further sentences (an argument's roles).
  const link = (
    path: string,
    relation: EdgeRelation,
    target: string[],
    sentence: string,
    tags: string[] = [],
    more: string[] = [],
  ) =>
    ({
      ...header(`${mapUrl}/${path}`),
      motivation: "linking",
      body: [
        text(W3C_TERMS.purpose.kind, relation),
        ...tags.map((tag) => text(W3C_TERMS.purpose.tag, tag)),
        ...[sentence, ...more].map((words) => ({ ...text("describing", words), format: "text/plain" as const })),
      ],
      target,
    }) satisfies W3CLinkAnnotation;

  /** "In Argument from Expert Opinion, “X” is the premise “Source E is…”; …": only where the reader picked roles. */
  const rolesSentence = (argument: MapArgument): string[] => {
    const scheme = argument.scheme === null ? undefined : schemeById(argument.scheme);
    if (!scheme || Object.keys(argument.roles ?? {}).length === 0) return [];
    const parts = premiseRoles(argument, scheme).flatMap(({ template, premiseId }) => {
      const premise = premiseId === null ? undefined : byId.get(premiseId);
      return premise ? [`${named(premise)} is the premise “${template}”`] : [];
    });
    return parts.length === 0 ? [] : [`In ${scheme.name}, ${parts.join("; ")}.`];
  };

  const links: W3CLinkAnnotation[] = [];
  const inferences = new Map<string, { iri: string; words: string }>();
  for (const { id, argument, premiseIds, linked } of mapJunctions(input.graph)) {
    if (premiseIds.length === 0) continue;
    const premises = premiseIds.map((nodeId) => byId.get(nodeId)!);
    const conclusion = byId.get(argument.conclusionId)!;
    const sentence = `${list(premises.map(named))} ${linked ? "together support" : "supports"} ${named(conclusion)}.`;
    const target = [...premises, conclusion].map(iriOf);
    const made = link(
      `arguments/${id}`,
      "supports",
      target,
      sentence,
      argument.scheme === null ? [] : [argument.scheme],
      rolesSentence(argument),
    );
    links.push(made);
    inferences.set(id, { iri: made.id, words: `from ${list(premises.map(named))} to ${named(conclusion)}` });
  }
  const attackIds = new Set<string>();
  input.graph.attacks.forEach((attack, index) => {
    const attacker = byId.get(attack.attackerId);
    if (!attacker) return;
    // The schema does not make attack ids unique; an IRI must be ("~" is never in an id).
    const path = `attacks/${attackIds.has(attack.id) ? `${attack.id}~${index}` : attack.id}`;
    attackIds.add(attack.id);
    if ("nodeId" in attack.target) {
      const target = byId.get(attack.target.nodeId);
      if (!target) return;
      links.push(
        link(path, "attacks", [iriOf(attacker), iriOf(target)], `${named(attacker)} attacks ${named(target)}.`),
      );
    } else {
      const inference = inferences.get(attack.target.argumentId);
      if (!inference) return;
      const sentence = `${named(attacker)} undercuts the inference ${inference.words}.`;
      links.push(link(path, "undercuts", [iriOf(attacker), inference.iri], sentence));
    }
  });
  for (const restatement of input.graph.restatements ?? []) {
    const [from, to] = [byId.get(restatement.fromId), byId.get(restatement.toId)];
    if (!from || !to) continue;
    const sentence = `${named(to)} restates ${named(from)}.`;
    links.push(link(`restatements/${restatement.id}`, "restates", [iriOf(from), iriOf(to)], sentence));
  }
  // A statement backing a whole argument points, like an undercut, at the argument's own link Annotation.
  for (const support of input.graph.argumentSupports ?? []) {
    const premise = byId.get(support.premiseId);
    const inference = inferences.get(support.argumentId);
    if (!premise || !inference) continue;
    const sentence = `${named(premise)} supports the argument ${inference.words}.`;
    links.push(link(`argument-supports/${support.id}`, "supports", [iriOf(premise), inference.iri], sentence));
  }

  const items = [...base.first.items, ...statements, ...links];
  return {
    ...base,
    label: `Argument map "${input.title}"` + (input.documentTitle ? ` on "${input.documentTitle}"` : ""),
    total: items.length,
    first: { ...base.first, partOf: { ...base.first.partOf, total: items.length }, items },
  };
}
