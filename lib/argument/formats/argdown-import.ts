import { RelationType } from "@argdown/core/dist/model/model.js";
import { ZMapGraph, type MapArgument, type MapAttack, type MapGraph } from "@/lib/validation/argument-map";
import { schemeFromLabel } from "./aif-scheme-label";
import { ZArgdownInferenceData } from "./argdown-data";
import { ArgdownImportError } from "./argdown-import-error";
import { argdownNodes } from "./argdown-import-nodes";
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

type Draft = Omit<MapArgument, "id"> & { place: SourcePlace; inference?: ArgdownInference };
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
  argument.pcs.forEach((statement, index) => {
    if (!statement.inference) return;
    const inference = statement.inference;
    const place = SourcePlace.of(inference);
    const parsed = ZArgdownInferenceData.safeParse(inference.data ?? {});
    if (!parsed.success) {
      const reason = `the inference of <${argument.title}>: ${parsed.error.issues[0].message}`;
      throw new ArgdownImportError(reason, ...place.known);
    }
    const { uses, scheme, answers } = parsed.data;
    if (uses?.some((number) => number > index))
      throw new ArgdownImportError(`<${argument.title}> uses a premise at or after its conclusion`, ...place.known);
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
      place: SourcePlace.of(argument),
      inference,
    });
    from = index;
  });
  return drafts;
}

/**
 * The map an Argdown source describes (Argdown as @argdown/core 1.7.5 reads
 * it; see parseArgdown). Statements become nodes (argdownNodes). Each
 * inference of a premise–conclusion structure becomes an argument whose
 * premises support the conclusion together; a support relation between two
 * statements ("+", "<+", "+>") becomes a one-premise argument. An attack
 * ("-", "->", "<-") on a statement becomes a rebuttal, on a reconstructed
 * argument an attack on that argument; a contradiction ("><") becomes two
 * attacks; an undercut ("_>", "<_") of an inference or argument an attack
 * on that argument (of a statement, a rebuttal). Inference rules give the
 * scheme (schemeFromLabel), inference data the answers. Arguments and
 * attacks keep the source's order; ids are "n1", "a1", "x1"….
 *
 * A source with nothing but front matter gives an empty map. Throws
 * ArgdownImportError (with a line when known) for what parseArgdown and
 * argdownNodes reject, a support of a whole reconstructed argument (Warrant
 * supports statements only), and a statement supporting itself.
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
  const { nodes, nodeIdOf } = argdownNodes(model);
  const drafts = Object.values(model.arguments).flatMap((argument) =>
    pcsArguments(argument, (item) => nodeIdOf(item) ?? "", model),
  );
  const asNode = (member: ArgdownMember | undefined) => (member ? nodeIdOf(member) : undefined);

  for (const relation of model.relations) {
    if (relation.relationType !== RelationType.SUPPORT && relation.relationType !== RelationType.ENTAILS) continue;
    const place = SourcePlace.first(relation.occurrences);
    const [premiseId, conclusionId] = [asNode(relation.from), asNode(relation.to)];
    if (premiseId === undefined || conclusionId === undefined) {
      const reason = `a support must join two statements; to support an argument, point at one of its premises`;
      throw new ArgdownImportError(reason, ...place.known);
    }
    if (premiseId === conclusionId) throw new ArgdownImportError("a statement cannot support itself", ...place.known);
    drafts.push({ conclusionId, premiseIds: [premiseId], scheme: null, answers: {}, place });
  }

  drafts.sort((a, b) => SourcePlace.compare(a.place, b.place));
  const inferenceIds = new Map<ArgdownInference, string>();
  const args = drafts.map(({ place: _place, inference, ...argument }, i): MapArgument => {
    const id = `a${i + 1}`;
    if (inference) inferenceIds.set(inference, id);
    return { id, ...argument };
  });
  /** A statement (or unreconstructed argument) as a node; an inference or reconstructed argument as an argument. */
  const targetOf = (member: ArgdownMember | undefined): Target | undefined => {
    if (member?.type === "inference") return idTarget(inferenceIds.get(member));
    if (member?.type === "argument" && member.pcs.length > 0) {
      const last = member.pcs[member.pcs.length - 1];
      return idTarget(last.inference ? inferenceIds.get(last.inference) : undefined);
    }
    const nodeId = asNode(member);
    return nodeId === undefined ? undefined : { nodeId };
  };

  const attacks: MapAttack[] = [];
  for (const relation of model.relations) {
    if (relation.relationType === RelationType.SUPPORT || relation.relationType === RelationType.ENTAILS) continue;
    const place = SourcePlace.first(relation.occurrences);
    const [attackerId, target] = [asNode(relation.from), targetOf(relation.to)];
    // Stryker disable all: never true with @argdown/core 1.7.5, which hands a reconstructed argument's relations
    // over to its conclusion and gives every inference an argument; kept so a later version fails with this message.
    if (attackerId === undefined || target === undefined)
      throw new ArgdownImportError("Warrant cannot read this relation: only statements attack", ...place.known);
    // Stryker restore all
    attacks.push({ id: `x${attacks.length + 1}`, attackerId, target });
    if (relation.relationType === RelationType.CONTRADICTORY && "nodeId" in target) {
      attacks.push({ id: `x${attacks.length + 1}`, attackerId: target.nodeId, target: { nodeId: attackerId } });
    }
  }

  const result = ZMapGraph.safeParse({ nodes, arguments: args, attacks });
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ArgdownImportError(`The map in this Argdown is not valid: ${issue.path.join(".")}: ${issue.message}`);
}
