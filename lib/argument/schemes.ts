/**
 * An argumentation scheme: a recurring, defeasible pattern of inference with
 * the critical questions that test an instance of it. A map argument names
 * one by `id` (MapArgument.scheme) and records an answer per question index
 * (MapArgument.answers), so ids and question order are part of stored data:
 * add schemes and questions at the end, never reorder or remove them.
 */
export type Scheme = {
  /** Stable kebab-case id stored in maps. */
  readonly id: string;
  readonly name: string;
  /** The premise templates, in the book's order (major premise first). */
  readonly premises: readonly string[];
  readonly conclusion: string;
  readonly criticalQuestions: readonly string[];
};

/**
 * Walton's schemes as given in the compendium of D. Walton, C. Reed and
 * F. Macagno, *Argumentation Schemes* (Cambridge University Press, 2008),
 * chapter 9, with the variables the book uses (A, B for propositions, E for
 * an expert, C1/C2 for cases…). Premise labels ("Major Premise:") are left
 * out of the templates; a question's own label ("Field Question:") is kept
 * where the book gives one.
 */
export const SCHEMES: readonly Scheme[] = [
  {
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
  },
  {
    id: "positive-consequences",
    name: "Argument from Positive Consequences",
    premises: ["If A is brought about, then good consequences will (plausibly) occur."],
    conclusion: "Therefore, A should be brought about.",
    criticalQuestions: [
      "How strong is the likelihood that the cited consequences will (may, must) occur?",
      "What evidence supports the claim that the cited consequences will (may, must) occur, and is it sufficient to support the strength of the claim adequately?",
      "Are there other opposite consequences (bad as opposed to good, for example) that should be taken into account?",
    ],
  },
  {
    id: "negative-consequences",
    name: "Argument from Negative Consequences",
    premises: ["If A is brought about, then bad consequences will (plausibly) occur."],
    conclusion: "Therefore, A should not be brought about.",
    criticalQuestions: [
      "How strong is the likelihood that the cited consequences will (may, must) occur?",
      "What evidence supports the claim that the cited consequences will (may, must) occur, and is it sufficient to support the strength of the claim adequately?",
      "Are there other opposite consequences (good as opposed to bad, for example) that should be taken into account?",
    ],
  },
  {
    id: "analogy",
    name: "Argument from Analogy",
    premises: ["Generally, case C1 is similar to case C2.", "A is true (false) in case C1."],
    conclusion: "A is true (false) in case C2.",
    criticalQuestions: [
      "Are there respects in which C1 and C2 are different that would tend to undermine the force of the similarity cited?",
      "Is A true (false) in C1?",
      "Is there some other case C3 that is also similar to C1, but in which A is false (true)?",
    ],
  },
  {
    id: "cause-to-effect",
    name: "Argument from Cause to Effect",
    premises: ["Generally, if A occurs, then B will (might) occur.", "In this case, A occurs (might occur)."],
    conclusion: "Therefore, in this case, B will (might) occur.",
    criticalQuestions: [
      "How strong is the causal generalization (if it is true at all)?",
      "Is the evidence cited (if there is any) strong enough to warrant the generalization as stated?",
      "Are there other factors that would or will interfere with or counteract the production of the effect in this case?",
    ],
  },
  {
    id: "sign",
    name: "Argument from Sign",
    premises: [
      "A (a finding) is true in this situation.",
      "B is generally indicated as true when its sign, A, is true.",
    ],
    conclusion: "B is true in this situation.",
    criticalQuestions: [
      "What is the strength of the correlation of the sign with the event signified?",
      "Are there other events that would more reliably account for the sign?",
    ],
  },
  {
    id: "example",
    name: "Argument from Example",
    premises: ["In this particular case, the individual a has property F and also property G."],
    conclusion: "Therefore, generally, if x has property F, then it also has property G.",
    criticalQuestions: [
      "Is the proposition presented by the example in fact true?",
      "Does the example support the general claim it is supposed to be an instance of?",
      "Is the example typical of the kinds of cases that the generalization ranges over?",
      "How strong is the generalization?",
      "Were there special circumstances present in the example that would impair its generalizability?",
    ],
  },
  {
    id: "popular-opinion",
    name: "Argument from Popular Opinion",
    premises: [
      "A is generally accepted as true.",
      "If A is generally accepted as true, that gives a reason in favor of A.",
    ],
    conclusion: "There is a reason in favor of A.",
    criticalQuestions: [
      "What evidence, such as a poll or an appeal to common knowledge, supports the claim that A is generally accepted as true?",
      "Even if A is generally accepted as true, are there any good reasons for doubting that it is true?",
    ],
  },
  {
    id: "position-to-know",
    name: "Argument from Position to Know",
    premises: [
      "Source a is in position to know about things in a certain subject domain S containing proposition A.",
      "a asserts that A is true (false).",
    ],
    conclusion: "A is true (false).",
    criticalQuestions: [
      "Is a in position to know whether A is true (false)?",
      "Is a an honest (trustworthy, reliable) source?",
      "Did a assert that A is true (false)?",
    ],
  },
  {
    id: "witness-testimony",
    name: "Argument from Witness Testimony",
    premises: [
      "Witness W is in a position to know whether A is true or not.",
      "Witness W is telling the truth (as W knows it).",
      "Witness W states that A is true (false).",
    ],
    conclusion: "A may be plausibly taken to be true (false).",
    criticalQuestions: [
      "Is what the witness said internally consistent?",
      "Is what the witness said consistent with the known facts of the case (based on evidence apart from what the witness testified to)?",
      "Is what the witness said consistent with what other witnesses have (independently) testified to?",
      "Is there some kind of bias that can be attributed to the account given by the witness?",
      "How plausible is the statement A asserted by the witness?",
    ],
  },
];

const BY_ID = new Map(SCHEMES.map((scheme) => [scheme.id, scheme]));

/** The scheme with `id`, or undefined when there is none (e.g. a map imported from another tool). */
export function schemeById(id: string): Scheme | undefined {
  return BY_ID.get(id);
}
