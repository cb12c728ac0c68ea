import { describe, expect, it } from "vitest";
import { compareMaps, type AnchoredMap } from "@/lib/classroom/compare-maps";
import { EMPTY_MAP_GRAPH, type MapGraph } from "@/lib/validation/argument-map";
import { freeNode as free, support as supportArgument } from "@/tests/fixtures/argument/graph-parts";
import {
  anchoredNode,
  passageRange,
  patronageMap,
  REFERENCE_PASSAGES,
  SAMPLE_ARTICLE,
} from "@/tests/fixtures/classroom/patronage-reference";

/**
 * Hand-made student maps of the sample article against the teacher's
 * reference map of its main argument (8 statements, 7 relations), each with
 * its known answer. Students' node and annotation ids differ from the
 * teacher's, and their anchors stop one character short of the teacher's,
 * as two people's selections of one passage do.
 */

const TEXT = SAMPLE_ARTICLE;
const reference = patronageMap(TEXT);
/** The student's faithful copy: ids "s-…", own annotations, anchors one character shorter. */
const faithful = () => patronageMap(TEXT, { idPrefix: "s-", annotationPrefix: 2, trim: 1 });

function edit(map: AnchoredMap, change: (graph: MapGraph) => MapGraph): AnchoredMap {
  return { graph: change(structuredClone(map.graph)), anchors: { ...map.anchors } };
}

const QUOTE = {
  claim: "The friction between the executive branches of the United States and Israel…",
  iranBlueprint: "In February, the Israeli administration presented a blueprint for a joint…",
  whitePivot: "The White House, however, executed a sharp pivot toward diplomatic containment.",
  lebanon: "From the American operational perspective, ongoing conflict in Lebanon…",
  pressure: "The White House explicitly pressured Jerusalem to accept a framework agreement…",
  timelines: "The motivations for the upcoming White House meeting are heavily dictated by…",
  deterrence: "The primary constraint of this leverage is that the US cannot completely…",
  rhetoric: "Netanyahu will likely accept nominal rhetorical constraints regarding Lebanon…",
};

describe("compareMaps on the sample article", () => {
  it("an exact copy scores 100 with every statement found, every relation right and nothing to say", () => {
    const result = compareMaps(reference, faithful(), TEXT);
    expect(result.score).toBe(100);
    expect(result.statements).toEqual({ found: 8, missed: 0, extra: 0 });
    expect(result.relations).toEqual({ right: 7, reversed: 0, wrongType: 0, missing: 0 });
    expect(result.sentences).toEqual([]);
    expect(result.matches).toContainEqual({ referenceNodeId: "claim", studentNodeId: "s-claim", by: "anchor" });
  });

  it("one missed premise: found 7 of 8, one relation missing, one sentence naming its role", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      nodes: graph.nodes.filter((node) => node.id !== "s-timelines"),
      arguments: graph.arguments.filter((argument) => argument.id !== "s-from-timelines"),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.statements).toEqual({ found: 7, missed: 1, extra: 0 });
    expect(result.relations).toEqual({ right: 6, reversed: 0, wrongType: 0, missing: 1 });
    // 40 × 7/8 + 60 × 6/7 = 86.4 with the default weights.
    expect(result.score).toBe(86);
    expect(result.sentences).toEqual([`You did not find '${QUOTE.timelines}', a premise of the main claim.`]);
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: "missedStatement", referenceNodeId: "timelines", studentNodeId: null }),
    ]);
  });

  it("one reversed relation: the evidence and the premise it backs swapped", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: graph.arguments.map((argument) =>
        argument.id === "s-from-pressure" ? supportArgument(argument.id, ["s-lebanon"], "s-pressure") : argument,
      ),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations).toEqual({ right: 6, reversed: 1, wrongType: 0, missing: 0 });
    expect(result.score).toBe(91);
    expect(result.sentences).toEqual([
      `You linked '${QUOTE.pressure}' to '${QUOTE.lebanon}' the other way round: in the reference the first supports the second.`,
    ]);
    expect(result.differences[0]).toMatchObject({
      kind: "reversed",
      referenceNodeId: "pressure",
      studentNodeId: "s-pressure",
    });
  });

  it("an objection treated as support for the main claim is a wrong type of relation", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: [...graph.arguments, supportArgument("s-from-deterrence", ["s-deterrence"], "s-claim")],
      attacks: graph.attacks.filter((attack) => attack.id !== "s-against-claim"),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations).toEqual({ right: 6, reversed: 0, wrongType: 1, missing: 0 });
    expect(result.sentences).toEqual([
      `You treated '${QUOTE.deterrence}' as support for the main claim; the reference treats it as an objection.`,
    ]);
  });

  it("support treated as an objection is a wrong type too", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: graph.arguments.filter((argument) => argument.id !== "s-from-timelines"),
      attacks: [...graph.attacks, { id: "s-against", attackerId: "s-timelines", target: { nodeId: "s-claim" } }],
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations).toEqual({ right: 6, reversed: 0, wrongType: 1, missing: 0 });
    expect(result.sentences).toEqual([
      `You treated '${QUOTE.timelines}' as an objection to the main claim; the reference treats it as support.`,
    ]);
  });

  it("paraphrased statements without anchors are matched by their wording", () => {
    const paraphrases: Record<string, string> = {
      "s-claim": "The friction between the US and Israeli executives comes from incompatible definitions of victory.",
      "s-lebanon": "Ongoing conflict in Lebanon disrupts America's diplomatic negotiations with Iran.",
      "s-deterrence":
        "The US cannot disinvest from Israel completely without destroying its regional deterrence architecture.",
    };
    const student = edit(faithful(), (graph) => ({
      ...graph,
      nodes: graph.nodes.map((node) => (paraphrases[node.id] ? free(node.id, node.kind, paraphrases[node.id]) : node)),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.score).toBe(100);
    expect(result.sentences).toEqual([]);
    expect(result.matches.filter((match) => match.by === "wording")).toEqual([
      { referenceNodeId: "claim", studentNodeId: "s-claim", by: "wording" },
      { referenceNodeId: "lebanon", studentNodeId: "s-lebanon", by: "wording" },
      { referenceNodeId: "deterrence", studentNodeId: "s-deterrence", by: "wording" },
    ]);
  });

  it("a statement about something else is extra, not matched, and costs a little", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      nodes: [...graph.nodes, free("s-author", "statement", "Kenji Flores writes clearly about complex subjects.")],
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.statements).toEqual({ found: 8, missed: 0, extra: 1 });
    expect(result.score).toBe(98);
    expect(result.sentences).toEqual([
      "You added 'Kenji Flores writes clearly about complex subjects.', which the reference map does not have.",
    ]);
    expect(result.differences[0]).toMatchObject({
      kind: "extraStatement",
      referenceNodeId: null,
      studentNodeId: "s-author",
    });
  });

  it("of two statements on one passage, the closer selection is the match and the other is extra", () => {
    const claim = passageRange(TEXT, REFERENCE_PASSAGES.claim);
    const half = { start: claim.start, end: claim.start + Math.ceil((claim.end - claim.start) * 0.6) };
    const halfAnnotation = "00000000-0000-4000-8000-000900000001";
    const student = faithful();
    student.anchors[halfAnnotation] = { ...half, exact: TEXT.slice(half.start, half.end) };
    student.graph.nodes.unshift(anchoredNode("a-half", halfAnnotation, "claim", TEXT.slice(half.start, half.end)));
    const result = compareMaps(reference, student, TEXT);
    expect(result.matches).toContainEqual({ referenceNodeId: "claim", studentNodeId: "s-claim", by: "anchor" });
    expect(result.statements).toEqual({ found: 8, missed: 0, extra: 1 });
  });

  it("a linked argument given as separate reasons is found, and said", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: [
        ...graph.arguments.filter((argument) => argument.id !== "s-iran-pivot"),
        supportArgument("s-from-iran", ["s-iranBlueprint"], "s-claim"),
        supportArgument("s-from-pivot", ["s-whitePivot"], "s-claim"),
      ],
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations.right).toBe(7);
    expect(result.sentences).toEqual([
      `You gave '${QUOTE.iranBlueprint}' and '${QUOTE.whitePivot}' as separate reasons for the main claim; the reference links them into one argument: they support it only together.`,
    ]);
  });

  it("independent reasons joined into one argument are said too", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: [
        ...graph.arguments.filter((argument) => argument.id !== "s-from-timelines"),
        supportArgument("s-from-lebanon-2", ["s-lebanon", "s-timelines"], "s-claim"),
      ],
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations.right).toBe(7);
    expect(result.sentences).toContain(
      `You joined '${QUOTE.lebanon}' and '${QUOTE.timelines}' into one argument for the main claim; the reference treats them as independent reasons.`,
    );
  });

  it("an undercut given as an objection to the claim itself is a wrong type", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      attacks: graph.attacks.map((attack) =>
        attack.id === "s-against-lebanon" ? { ...attack, target: { nodeId: "s-claim" } } : attack,
      ),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations).toEqual({ right: 6, reversed: 0, wrongType: 1, missing: 0 });
    expect(result.sentences).toEqual([
      `You treated '${QUOTE.rhetoric}' as an objection to the main claim; the reference treats it as an objection to the reasoning from '${QUOTE.lebanon}' to it.`,
    ]);
  });

  it("an empty map scores 0 and misses every statement, main claim first, in the order of the text", () => {
    const result = compareMaps(reference, { graph: EMPTY_MAP_GRAPH, anchors: {} }, TEXT);
    expect(result.score).toBe(0);
    expect(result.statements).toEqual({ found: 0, missed: 8, extra: 0 });
    expect(result.relations).toEqual({ right: 0, reversed: 0, wrongType: 0, missing: 7 });
    expect(result.sentences).toEqual([
      `You did not find '${QUOTE.claim}', the main claim.`,
      `You did not find '${QUOTE.iranBlueprint}', a premise of the main claim.`,
      `You did not find '${QUOTE.whitePivot}', a premise of the main claim.`,
      `You did not find '${QUOTE.pressure}', a premise of '${QUOTE.lebanon}'.`,
      `You did not find '${QUOTE.lebanon}', a premise of the main claim.`,
      `You did not find '${QUOTE.timelines}', a premise of the main claim.`,
      `You did not find '${QUOTE.deterrence}', an objection to the main claim.`,
      `You did not find '${QUOTE.rhetoric}', an objection to the reasoning from '${QUOTE.lebanon}' to the main claim.`,
    ]);
  });

  it("a found pair left unlinked is a missing relation with a sentence", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      arguments: graph.arguments.filter((argument) => argument.id !== "s-from-timelines"),
    }));
    const result = compareMaps(reference, student, TEXT);
    expect(result.relations).toEqual({ right: 6, reversed: 0, wrongType: 0, missing: 1 });
    expect(result.sentences).toEqual([
      `You found '${QUOTE.timelines}' but did not link it to the main claim; in the reference it supports it.`,
    ]);
  });

  it("weights set by the teacher change the suggested score", () => {
    const student = edit(faithful(), (graph) => ({
      ...graph,
      nodes: graph.nodes.filter((node) => node.id !== "s-timelines"),
      arguments: graph.arguments.filter((argument) => argument.id !== "s-from-timelines"),
    }));
    const weights = { statementFound: 100, relationRight: 0, extraStatement: 0 };
    // Statements only: 7 of 8.
    expect(compareMaps(reference, student, TEXT, weights).score).toBe(88);
  });

  it("is deterministic: the same maps in another order give the identical result", () => {
    const student = edit(faithful(), (graph) => ({
      nodes: [
        ...graph.nodes
          .filter((node) => node.id !== "s-rhetoric")
          .map((node) =>
            node.id === "s-lebanon"
              ? free(
                  node.id,
                  node.kind,
                  "Ongoing conflict in Lebanon disrupts America's diplomatic negotiations with Iran.",
                )
              : node,
          ),
        free("s-author", "statement", "Kenji Flores writes clearly about complex subjects."),
        free("s-other", "statement", "Trump said Netanyahu knows who the boss is."),
      ],
      arguments: graph.arguments.map((argument) =>
        argument.id === "s-from-pressure" ? supportArgument(argument.id, ["s-lebanon"], "s-pressure") : argument,
      ),
      attacks: graph.attacks.filter((attack) => attack.attackerId !== "s-rhetoric"),
    }));
    const first = compareMaps(reference, student, TEXT);
    expect(first.sentences.length).toBeGreaterThanOrEqual(4);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffledStudent = shuffleMap(student, seed);
      const shuffledReference = shuffleMap(reference, seed + 10);
      expect(compareMaps(shuffledReference, shuffledStudent, TEXT)).toEqual(first);
    }
  });
});

/** The same map with its nodes, arguments, premises, attacks and anchors in a seeded random order. */
function shuffleMap(map: AnchoredMap, seed: number): AnchoredMap {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const shuffle = <T>(items: T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    graph: {
      nodes: shuffle(map.graph.nodes),
      arguments: shuffle(map.graph.arguments).map((argument) => ({
        ...argument,
        premiseIds: shuffle(argument.premiseIds),
      })),
      attacks: shuffle(map.graph.attacks),
    },
    anchors: Object.fromEntries(shuffle(Object.entries(map.anchors))),
  };
}
