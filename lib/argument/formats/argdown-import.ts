import { RelationType } from "@argdown/core/dist/model/model.js";
import type { ArgdownPassThrough } from "@/lib/validation/argdown-pass-through";
import {
  ZMapGraph,
  type MapArgument,
  type MapArgumentSupport,
  type MapAttack,
  type MapGraph,
} from "@/lib/validation/argument-map";
import { schemeFromLabel } from "./aif-scheme-label";
import { ZArgdownInferenceData } from "./argdown-data";
import { ArgdownImportError } from "./argdown-import-error";
import { argdownKeptData, argdownNodes } from "./argdown-import-nodes";
import {
  modelOf,
  parseArgdown,
  type ArgdownArgument,
  type ArgdownInference,
  type ArgdownMember,
  type ArgdownModel,
  type ArgdownRead,
} from "./argdown-parse";
import { SourcePlace } from "./argdown-source-place";

type Draft = Omit<MapArgument, "id"> & { place: SourcePlace; inference?: ArgdownInference; of?: ArgdownArgument };
type Target = MapAttack["target"];

const idTarget = (argumentId: string | undefined): Target | undefined =>
  argumentId === undefined ? undefined : { argumentId };

/**
 * One argument per inference of a premise–conclusion structure. An
 * inference draws on the statements since the previous conclusion (that
 * conclusion included), or on the numbers its data lists in `uses`.
 */
function pcsArguments(argument: ArgdownArgument, nodeIdOf: (source: object) => string, model: ArgdownModel): Draft[] {
  const drafts: Draft[] = [];
  const idOf = (title: string) => nodeIdOf(model.statements[title]);
  let from = 0;
  // Only a multi-step argument needs its title to stay one argument; a
  // one-step one is exported as an argument of its own anyway.
  const steps = argument.pcs.filter((statement) => statement.inference).length;
  argument.pcs.forEach((statement, index) => {
    if (!statement.inference) return;
    const inference = statement.inference;
    const place = SourcePlace.of(inference);
    const parsed = ZArgdownInferenceData.safeParse(inference.data ?? {});
    if (!parsed.success) {
      const reason = `the inference of <${argument.title}>: ${parsed.error.issues[0].message}`;
      throw new ArgdownImportError(reason, ...place.known);
    }
    const { uses, scheme, answers, roles } = parsed.data;
    if (uses?.some((number) => number > index))
      throw new ArgdownImportError(`<${argument.title}> uses a premise at or after its conclusion`, ...place.known);
    if (Object.values(roles ?? {}).some((number) => number > index))
      throw new ArgdownImportError(
        `<${argument.title}> gives a role to a statement at or after its conclusion`,
        ...place.known,
      );
    const premises = uses ? uses.map((number) => argument.pcs[number - 1]) : argument.pcs.slice(from, index);
    const conclusionId = idOf(statement.title);
    const premiseIds = premises.map((premise) => idOf(premise.title));
    if (premiseIds.includes(conclusionId)) {
      const reason = `<${argument.title}> has [${statement.title}] as both premise and conclusion`;
      throw new ArgdownImportError(reason, ...place.known);
    }
    drafts.push({
      conclusionId,
      premiseIds,
      scheme: scheme !== undefined ? scheme : schemeFromLabel(inference.inferenceRules.join(", ")),
      answers: answers ?? {},
      ...(roles && {
        roles: Object.fromEntries(
          Object.entries(roles).map(([role, number]) => [role, idOf(argument.pcs[number - 1].title)]),
        ),
      }),
      place: SourcePlace.of(argument),
      inference,
      of: argument,
      ...(steps > 1 ? { reconstruction: argument.title } : {}),
    });
    from = index;
  });
  return drafts;
}

/**
 * The map an Argdown source describes (Argdown as @argdown/core 1.7.5 reads
 * it; see parseArgdown). Statements become nodes (argdownNodes). Each
 * inference of a premise–conclusion structure becomes an argument whose
 * premises support the conclusion together (the steps of a multi-step one
 * keep its title as `reconstruction`); a support relation ("+", "<+", "+>")
 * to a statement or gist argument becomes a `bare` one-premise argument, to
 * a reconstructed argument an `argumentSupports` entry. An attack ("-",
 * "->", "<-") on a statement becomes a rebuttal, on a reconstructed
 * argument an attack (`relation: "attack"`) on its last inference; a
 * contradiction ("><") two attacks marked "contradictory"; an undercut
 * ("_>", "<_") of an inference an attack on that argument, of a statement
 * or gist argument an attack marked "undercut". Inference rules give the
 * scheme (schemeFromLabel), inference data the answers. The front matter,
 * and data keys Warrant does not read, are kept in `argdown`. Arguments
 * and attacks keep the source's order; ids are "n1", "a1", "x1", "s1"….
 *
 * A source with nothing but front matter gives an empty map. Throws
 * ArgdownImportError (with a line when known) for what parseArgdown and
 * argdownNodes reject, and a statement supporting itself.
 */
export function fromArgdown(source: string): MapGraph {
  return readArgdownMap(source).graph;
}

/**
 * fromArgdown's map, with the title the source's front matter gives (or
 * null). Read on the calling thread: the server reads uploads in a worker
 * thread instead (lib/maps/read-argdown-in-worker.ts).
 */
export function readArgdownMap(source: string): { graph: MapGraph; title: string | null } {
  return mapOf(parseArgdown(source));
}

/** readArgdownMap's answer for what readArgdown (argdown-read.mjs) made of a source, wherever it ran. */
export function argdownMapOf(read: ArgdownRead): { graph: MapGraph; title: string | null } {
  return mapOf(modelOf(read));
}

function mapOf(model: ArgdownModel | null): { graph: MapGraph; title: string | null } {
  if (!model) return { graph: { nodes: [], arguments: [], attacks: [] }, title: null };
  return { graph: graphOf(model), title: model.title };
}

function graphOf(model: ArgdownModel): MapGraph {
  const { nodes, nodeIdOf, kept, tags } = argdownNodes(model);
  const descriptions: Record<string, string> = {};
  const drafts = Object.values(model.arguments).flatMap((argument) =>
    pcsArguments(argument, (item) => nodeIdOf(item) ?? "", model),
  );
  const asNode = (member: ArgdownMember | undefined) => (member ? nodeIdOf(member) : undefined);
  const isSupport = (type: string) => type === RelationType.SUPPORT || type === RelationType.ENTAILS;
  const reconstructed = (member: ArgdownMember | undefined): member is ArgdownArgument =>
    member?.type === "argument" && member.pcs.length > 0;

  for (const relation of model.relations) {
    if (!isSupport(relation.relationType) || reconstructed(relation.to)) continue;
    const place = SourcePlace.first(relation.occurrences);
    const [premiseId, conclusionId] = [asNode(relation.from), asNode(relation.to)];
    // Stryker disable next-line all: @argdown/core 1.7.5 never supports an inference; kept so a later version fails with this message.
    if (premiseId === undefined || conclusionId === undefined)
      throw new ArgdownImportError("Warrant cannot read this support", ...place.known);
    if (premiseId === conclusionId) throw new ArgdownImportError("a statement cannot support itself", ...place.known);
    drafts.push({ conclusionId, premiseIds: [premiseId], scheme: null, answers: {}, place, bare: true });
  }

  drafts.sort((a, b) => SourcePlace.compare(a.place, b.place));
  const inferenceIds = new Map<ArgdownInference, string>();
  const firstStep = new Map<ArgdownArgument, string>();
  const args = drafts.map(({ place: _place, inference, of, ...argument }, i): MapArgument => {
    const id = `a${i + 1}`;
    if (inference) inferenceIds.set(inference, id);
    if (of && !firstStep.has(of)) firstStep.set(of, id);
    return { id, ...argument };
  });
  /** A reconstructed argument as the map argument of its last inference, which is what Argdown's "_> <A>" hits. */
  const lastStepOf = (argument: ArgdownArgument) => {
    const last = argument.pcs[argument.pcs.length - 1];
    return last.inference ? inferenceIds.get(last.inference) : undefined;
  };
  for (const [argument, id] of firstStep) {
    const rest = argdownKeptData(argument.data, new Set());
    if (rest) kept[id] = rest;
    if (argument.tags.length > 0) tags[id] = argument.tags;
    if (argument.text?.trim()) descriptions[id] = argument.text.trim();
  }

  const attacks: MapAttack[] = [];
  const argumentSupports: MapArgumentSupport[] = [];
  for (const relation of model.relations) {
    const place = SourcePlace.first(relation.occurrences);
    const from = asNode(relation.from);
    const { relationType, to } = relation;
    let target: Target | undefined;
    let marked: MapAttack["relation"];
    if (to?.type === "inference") target = idTarget(inferenceIds.get(to));
    else if (reconstructed(to)) {
      target = idTarget(lastStepOf(to));
      if (relationType !== RelationType.UNDERCUT) marked = "attack";
    } else {
      const nodeId = asNode(to);
      target = nodeId === undefined ? undefined : { nodeId };
      if (relationType === RelationType.UNDERCUT) marked = "undercut";
      if (relationType === RelationType.CONTRADICTORY) marked = "contradictory";
    }
    if (isSupport(relationType) && !reconstructed(to)) continue; // a bare support, read above
    // Stryker disable all: never true with @argdown/core 1.7.5, which hands a reconstructed argument's relations
    // over to its conclusion and gives every inference an argument; kept so a later version fails with this message.
    if (from === undefined || target === undefined)
      throw new ArgdownImportError("Warrant cannot read this relation", ...place.known);
    // Stryker restore all
    if (isSupport(relationType)) {
      argumentSupports.push({
        id: `s${argumentSupports.length + 1}`,
        premiseId: from,
        argumentId: lastStepOf(to as ArgdownArgument)!,
      });
      continue;
    }
    attacks.push({ id: `x${attacks.length + 1}`, attackerId: from, target, ...(marked ? { relation: marked } : {}) });
    if (marked === "contradictory" && "nodeId" in target) {
      attacks.push({
        id: `x${attacks.length + 1}`,
        attackerId: target.nodeId,
        target: { nodeId: from },
        relation: marked,
      });
    }
  }

  // Checked (as JSON, bounded) by ZMapGraph below.
  const some = (record: object) => Object.keys(record).length > 0;
  // The title becomes the map's, which the export writes back as the title.
  const { title: _title, ...frontMatter } = model.frontMatter ?? {};
  const argdown =
    some(frontMatter) || some(kept) || some(tags) || some(descriptions)
      ? ({
          ...(some(frontMatter) ? { frontMatter } : {}),
          data: kept,
          ...(some(tags) ? { tags } : {}),
          ...(some(descriptions) ? { descriptions } : {}),
        } as ArgdownPassThrough)
      : undefined;
  const result = ZMapGraph.safeParse({
    nodes,
    arguments: args,
    attacks,
    ...(argumentSupports.length > 0 ? { argumentSupports } : {}),
    ...(argdown ? { argdown } : {}),
  });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ArgdownImportError(`The map in this Argdown is not valid: ${issue.path.join(".")}: ${issue.message}`);
}
