import { describe, expect, it } from "vitest";
import { SCHEMES, schemeById } from "@/lib/argument/schemes";

describe("SCHEMES", () => {
  it("has Walton's schemes under stable kebab-case ids, each once", () => {
    expect(SCHEMES.map((scheme) => scheme.id)).toEqual([
      "expert-opinion",
      "positive-consequences",
      "negative-consequences",
      "analogy",
      "cause-to-effect",
      "sign",
      "example",
      "popular-opinion",
      "position-to-know",
      "witness-testimony",
    ]);
    for (const scheme of SCHEMES) expect(scheme.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("gives each scheme its premises, conclusion and the book's number of critical questions", () => {
    const shape = SCHEMES.map((scheme) => [scheme.id, scheme.premises.length, scheme.criticalQuestions.length]);
    expect(shape).toEqual([
      ["expert-opinion", 2, 6],
      ["positive-consequences", 1, 3],
      ["negative-consequences", 1, 3],
      ["analogy", 2, 3],
      ["cause-to-effect", 2, 3],
      ["sign", 2, 2],
      ["example", 1, 5],
      ["popular-opinion", 2, 2],
      ["position-to-know", 2, 3],
      ["witness-testimony", 3, 5],
    ]);
    for (const scheme of SCHEMES) {
      expect(scheme.name).toMatch(/^Argument from [A-Z]/);
      expect(scheme.conclusion.length).toBeGreaterThan(5);
      for (const question of scheme.criticalQuestions) expect(question).toMatch(/\?$/);
    }
  });

  it("words argument from expert opinion as Walton, Reed & Macagno (2008) do", () => {
    expect(schemeById("expert-opinion")).toEqual({
      id: "expert-opinion",
      name: "Argument from Expert Opinion",
      premises: [
        "Source E is an expert in subject domain S containing proposition A.",
        "E asserts that proposition A is true (false).",
      ],
      conclusion: "A is true (false).",
      criticalQuestions: [
        "Expertise Question: How credible is E as an expert source?",
        "Field Question: Is E an expert in the field that A is in?",
        "Opinion Question: What did E assert that implies A?",
        "Trustworthiness Question: Is E personally reliable as a source?",
        "Consistency Question: Is A consistent with what other experts assert?",
        "Backup Evidence Question: Is E's assertion based on evidence?",
      ],
    });
  });

  it("keeps positive and negative consequences mirror images", () => {
    const positive = schemeById("positive-consequences")!;
    const negative = schemeById("negative-consequences")!;
    expect(negative.premises).toEqual(["If A is brought about, then bad consequences will (plausibly) occur."]);
    expect(negative.conclusion).toBe("Therefore, A should not be brought about.");
    expect(positive.criticalQuestions[2]).toContain("(bad as opposed to good, for example)");
    expect(negative.criticalQuestions[2]).toContain("(good as opposed to bad, for example)");
  });
});

describe("schemeById", () => {
  it("finds a scheme by id and returns undefined for an unknown one", () => {
    expect(schemeById("analogy")?.name).toBe("Argument from Analogy");
    expect(schemeById("sign")?.criticalQuestions[1]).toBe(
      "Are there other events that would more reliably account for the sign?",
    );
    expect(schemeById("Analogy")).toBeUndefined();
    expect(schemeById("")).toBeUndefined();
  });
});
