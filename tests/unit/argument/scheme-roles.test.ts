import { describe, expect, it } from "vitest";
import { questionBadge } from "@/lib/argument/question-badge";
import {
  argumentName,
  chooseScheme,
  filledQuestions,
  filledRoles,
  pickRole,
  premiseRoles,
} from "@/lib/argument/scheme-roles";
import { SCHEMES, schemeById } from "@/lib/argument/schemes";
import type { MapArgument, MapGraph } from "@/lib/validation/argument-map";
import { freeNode, support } from "../../fixtures/argument/graph-parts";

const graph: MapGraph = {
  nodes: [
    freeNode("c", "claim", "The climate is warming."),
    freeNode("e", "premise", "Dr Alvarez is a climatologist."),
    freeNode("s", "premise", "Dr Alvarez says the climate is warming."),
  ],
  arguments: [],
  attacks: [],
};
const expert = (premiseIds: string[], roles?: MapArgument["roles"]): MapArgument => ({
  ...support("a1", premiseIds, "c", "expert-opinion"),
  ...(roles ? { roles } : {}),
});
const scheme = schemeById("expert-opinion")!;

describe("premiseRoles", () => {
  it("gives the scheme's premises to the argument's premises in order", () => {
    expect(premiseRoles(expert(["e", "s"]), scheme).map((r) => r.premiseId)).toEqual(["e", "s"]);
  });

  it("leaves a role empty when the argument has too few premises", () => {
    expect(premiseRoles(expert(["e"]), scheme).map((r) => r.premiseId)).toEqual(["e", null]);
  });

  it("follows the reader's picks, and fills the other roles with the premises left", () => {
    const roles = premiseRoles(expert(["e", "s"], { "0": "s" }), scheme);
    expect(roles.map((r) => [r.premiseId, r.picked])).toEqual([
      ["s", true],
      ["e", false],
    ]);
  });

  it("ignores a pick that is no longer a premise of the argument", () => {
    expect(premiseRoles(expert(["e"], { "1": "gone" }), scheme).map((r) => r.premiseId)).toEqual(["e", null]);
  });
});

describe("filledQuestions", () => {
  it("reads the critical questions with the argument's own statements instead of the scheme's letters", () => {
    const questions = filledQuestions(graph, expert(["e", "s"]), scheme);
    expect(questions[1]!.text).toBe(
      "Field Question: Is the source in “Dr Alvarez is a climatologist.” an expert in the field that “The climate is warming.” is in?",
    );
    expect(questions[5]!.text).toBe(
      "Backup Evidence Question: Is the source in “Dr Alvarez is a climatologist.”'s assertion based on evidence?",
    );
    for (const { text } of questions) expect(text).not.toMatch(/\b[EA]\b/);
  });

  it("keeps a letter whose role no premise plays, and never re-reads letters inside a statement", () => {
    const withA = { ...graph, nodes: [...graph.nodes, freeNode("x", "claim", "A E A")] };
    const questions = filledQuestions(withA, { ...expert([]), conclusionId: "x", premiseIds: ["s"] }, scheme);
    expect(questions[0]!.text).toBe(
      "Expertise Question: How credible is the source in “Dr Alvarez says the climate is warming.” as an expert source?",
    );
    const none = filledQuestions(withA, { ...expert(["e"]), conclusionId: "x" }, schemeById("analogy")!);
    // C1 comes from the analogy's second premise, which this argument lacks.
    expect(none[1]!.text).toBe("Is what “A E A” says true (false) in C1?");
  });

  it("fills something in every scheme that has a question naming a role", () => {
    const many = { ...graph, arguments: [] };
    for (const s of SCHEMES) {
      const argument = { ...support("a1", ["e", "s", "c"].slice(0, s.premises.length), "c", s.id) };
      const conclusion = { ...argument, conclusionId: "c", premiseIds: argument.premiseIds.filter((id) => id !== "c") };
      const texts = filledQuestions(many, conclusion, s).map((q) => q.text);
      expect(
        texts.some((text, i) => text !== s.criticalQuestions[i]),
        s.id,
      ).toBe(true);
    }
  });

  it("carries each question's answer, open when none is recorded", () => {
    const answered = { ...expert(["e", "s"]), answers: { "0": "answered" as const, "2": "fails" as const } };
    expect(filledQuestions(graph, answered, scheme).map((q) => q.answer)).toEqual([
      "answered",
      "open",
      "fails",
      "open",
      "open",
      "open",
    ]);
  });
});

describe("questionBadge", () => {
  it("counts open, answered and failing questions in words", () => {
    const answers = { "0": "answered", "1": "answered", "2": "fails", "3": "open" } as const;
    expect(questionBadge({ ...expert(["e"]), answers })).toBe("3 open questions · 2 answered · 1 fails");
    expect(questionBadge({ ...support("a1", ["e"], "c", "sign"), answers: { "0": "answered" } })).toBe(
      "1 open question · 1 answered",
    );
    const all = Object.fromEntries(scheme.criticalQuestions.map((_, i) => [String(i), "answered" as const]));
    expect(questionBadge({ ...expert(["e"]), answers: all })).toBe("6 answered");
  });

  it("says nothing for an argument without a known scheme", () => {
    expect(questionBadge(support("a1", ["e"], "c"))).toBeNull();
    expect(questionBadge(support("a1", ["e"], "c", "from-another-tool"))).toBeNull();
  });
});

describe("filledRoles", () => {
  it("says what each letter stands for, leaving out a role no premise plays", () => {
    expect(filledRoles(graph, expert(["e"]), scheme)).toEqual([
      { token: "E", text: "the source in “Dr Alvarez is a climatologist.”" },
      { token: "A", text: "“The climate is warming.”" },
    ]);
    expect(filledRoles(graph, expert(["e"]), schemeById("analogy")!).map((r) => r.token)).toEqual(["C2", "A"]);
  });
});

describe("chooseScheme and pickRole", () => {
  const withArgument = { ...graph, arguments: [expert(["e", "s"], { "0": "s" })] };

  it("starts answers and picks afresh with another scheme, so the old scheme's numbers mean nothing", () => {
    const answered = {
      ...withArgument,
      arguments: [{ ...withArgument.arguments[0]!, answers: { "0": "fails" as const } }],
    };
    expect(chooseScheme(answered, "a1", "sign").arguments[0]).toMatchObject({ scheme: "sign", answers: {}, roles: {} });
  });

  it("records a pick, and forgets it when the reader goes back to the order", () => {
    const picked = pickRole(withArgument, "a1", 1, "e");
    expect(picked.arguments[0]!.roles).toEqual({ "0": "s", "1": "e" });
    expect(pickRole(picked, "a1", 0, null).arguments[0]!.roles).toEqual({ "1": "e" });
    expect(premiseRoles(picked.arguments[0]!, scheme).map((r) => r.premiseId)).toEqual(["s", "e"]);
  });
});

describe("argumentName", () => {
  it("names an argument by its premises and conclusion", () => {
    expect(argumentName(graph, expert(["e", "s"]))).toBe(
      "Argument: “Dr Alvarez is a climatologist.” + “Dr Alvarez says the climate is warming.” → “The climate is warming.”",
    );
  });
});
