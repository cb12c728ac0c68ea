import { stemmer } from "stemmer";

/**
 * How alike two statements are in their wording, for matching a student's
 * unanchored statement with the teacher's: TF-IDF cosine over Porter stems.
 *
 * Why this method: a student who paraphrases a passage of the article keeps
 * its content words and changes their form and order ("diverging" for
 * "divergence", "the US cannot disinvest" for "cannot completely disinvest
 * from Israel"). Stemming folds the forms together; IDF weights taken from
 * the article's own sentences make the words every sentence shares ("US",
 * "Israel") count for less than the ones that say what this sentence is
 * about ("Lebanon", "deterrence"). It is deterministic, explainable to a
 * teacher (shared key words), needs no model download and costs microseconds
 * per pair. The stemmer is the `stemmer` package (Porter 1980; maintained,
 * no dependencies). Embedding models would catch synonyms it misses, but
 * need weights this app cannot download and are not explainable.
 */

/**
 * Cosine at or above which two statements say the same thing. Calibrated on
 * paraphrases of the sample article's sentences (tests/unit/statement-wording.test.ts):
 * 16 paraphrases of its 8 passages scored 0.26–0.84 with their own passage
 * (the lowest swap most words for synonyms: "pull its military out" for
 * "military withdrawal"), and at most 0.15 with any other passage; 0.2 sits
 * between the two with room on both sides.
 */
export const SAME_WORDING = 0.2;

// Function words carry no content; the list is short on purpose (negations are kept: "cannot" matters).
const STOP_WORDS = new Set(
  (
    "a an and are as at be been being but by did do does for from had has have he her his i if in into is it its " +
    "of on or our she so than that the their them then there these they this those to was we were what when " +
    "where which while who whom will with would you your"
  ).split(" "),
);

/** The content words of `text`, lower-cased and stemmed, in order. */
export function wordStems(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word) && !(word.length === 1 && /\p{L}/u.test(word))).map(stemmer);
}

/** A statement as a unit-length TF-IDF vector: stem → weight. */
export type WordingVector = ReadonlyMap<string, number>;

/**
 * TF-IDF over a corpus (the document's sentences): `vector(text)` weighs a
 * statement's stems, `similarity(a, b)` is their cosine in [0, 1].
 */
export function wordingModel(corpus: readonly string[]) {
  const documentFrequency = new Map<string, number>();
  for (const sentence of corpus) {
    for (const stem of new Set(wordStems(sentence)))
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  // Smoothed IDF: a stem the corpus never uses weighs the most, never infinitely.
  const idf = (stem: string) => Math.log((corpus.length + 1) / ((documentFrequency.get(stem) ?? 0) + 1)) + 1;

  // A class's statements repeat the article's sentences: each text is weighed once per model.
  const vectors = new Map<string, WordingVector>();
  function vector(text: string): WordingVector {
    const known = vectors.get(text);
    if (known) return known;
    const counts = new Map<string, number>();
    for (const stem of wordStems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [stem, count] of counts) {
      const weight = (1 + Math.log(count)) * idf(stem);
      weights.set(stem, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [stem, weight] of weights) weights.set(stem, weight / norm);
    vectors.set(text, weights);
    return weights;
  }

  function similarity(a: WordingVector, b: WordingVector): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [stem, weight] of small) dot += weight * (large.get(stem) ?? 0);
    return dot;
  }

  return { vector, similarity };
}
export type WordingModel = ReturnType<typeof wordingModel>;

/** The sentences of a document's plain text: the corpus its IDF is taken from. */
export function sentencesOf(plainText: string): string[] {
  return plainText
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordStems(sentence).length > 0);
}
