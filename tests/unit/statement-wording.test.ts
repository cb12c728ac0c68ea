import { describe, expect, it } from "vitest";
import { SAME_WORDING, sentencesOf, wordingModel, wordStems } from "@/lib/classroom/statement-wording";
import { REFERENCE_PASSAGES, SAMPLE_ARTICLE } from "@/tests/fixtures/classroom/patronage-reference";

/**
 * The calibration of SAME_WORDING: how students paraphrase sentences of the
 * sample article (written by hand, as a student restates a passage: shorter,
 * words reordered, other forms of the same words, some synonyms) against the
 * passages. Each paraphrase must reach the threshold with its own passage and
 * stay below it with every other passage of the reference map.
 */
const PARAPHRASES: Record<keyof typeof REFERENCE_PASSAGES, string[]> = {
  claim: [
    "The friction between the US and Israeli executives comes from incompatible definitions of victory.",
    "US and Israeli leaders define victory in the Middle East in incompatible ways, which causes friction.",
  ],
  iranBlueprint: [
    "Israel proposed a joint military campaign to dismantle Iran's nuclear infrastructure.",
    "In February the Israelis presented a blueprint to attack Iran's nuclear sites together.",
  ],
  whitePivot: [
    "The White House pivoted sharply to diplomatic containment instead.",
    "Washington turned toward containing Iran through diplomacy.",
  ],
  lebanon: [
    "Ongoing conflict in Lebanon disrupts America's diplomatic negotiations with Iran.",
    "For the Americans, the fighting in Lebanon gets in the way of negotiating with Iran.",
  ],
  pressure: [
    "The White House pressured Israel to accept a framework requiring withdrawal from southern Lebanon.",
    "Washington pushed Jerusalem to agree to pull its military out of southern Lebanon.",
  ],
  timelines: [
    "Domestic political cycles drive the motivations for the meeting, but the incentives are misaligned.",
    "Both leaders' domestic politics shape the meeting, but their incentives differ.",
  ],
  deterrence: [
    "The US cannot disinvest from Israel completely without destroying its regional deterrence architecture.",
    "America cannot fully walk away from Israel without wrecking its own regional deterrence.",
  ],
  rhetoric: [
    "Netanyahu will probably accept rhetorical constraints on Lebanon in exchange for visible American backing.",
    "Netanyahu will accept nominal limits on Lebanon for concrete demonstrations of US support.",
  ],
};

const model = wordingModel(sentencesOf(SAMPLE_ARTICLE));
const keys = Object.keys(REFERENCE_PASSAGES) as (keyof typeof REFERENCE_PASSAGES)[];
const score = (a: string, b: string) => model.similarity(model.vector(a), model.vector(b));

describe("statement wording", () => {
  it("stems content words and drops function words", () => {
    expect(wordStems("The diverging definitions of victory")).toEqual(["diverg", "definit", "victori"]);
    expect(wordStems("the divergence")).toEqual(["diverg"]);
  });

  it("scores a statement 1 with itself and 0 with one sharing no content word", () => {
    expect(score(REFERENCE_PASSAGES.claim, REFERENCE_PASSAGES.claim)).toBeCloseTo(1, 10);
    expect(score("Lebanon withdrawal", "Kenji Flores writes clearly")).toBe(0);
  });

  it.each(keys)("paraphrases of '%s' reach the threshold with it and no other passage", (key) => {
    for (const paraphrase of PARAPHRASES[key]) {
      expect(score(paraphrase, REFERENCE_PASSAGES[key]), paraphrase).toBeGreaterThanOrEqual(SAME_WORDING);
      for (const other of keys.filter((k) => k !== key)) {
        expect(score(paraphrase, REFERENCE_PASSAGES[other]), `${paraphrase} vs ${other}`).toBeLessThan(SAME_WORDING);
      }
    }
  });
});
