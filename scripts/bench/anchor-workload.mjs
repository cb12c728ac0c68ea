// @ts-check
import { Transform } from "prosemirror-transform";

// The anchoring benchmark's workload: annotations spread evenly over a
// document, and a "re-import" that changes two characters inside some of
// the annotated passages, with the offsets each passage must end up at.

/**
 * @typedef {import("../../lib/anchoring/text-index").TextIndex} TextIndex
 * @typedef {import("../../lib/validation/annotation").TextTarget} TextTarget
 * @typedef {typeof import("../../lib/anchoring/describe-range").describeRange} DescribeRange
 */

/**
 * `count` targets, one per equal stretch of the text, each a random 20–200
 * unit passage starting in its stretch, described as a reader's selection
 * would be (`describeRange` over the passage's positions).
 *
 * @param {TextIndex} index
 * @param {DescribeRange} describeRange
 * @param {number} count
 * @param {() => number} random
 * @returns {TextTarget[]}
 */
export function spreadTargets(index, describeRange, count, random) {
  const stride = index.text.length / count;
  const targets = [];
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; ; attempt++) {
      const start = Math.floor((i + random()) * stride);
      const end = Math.min(index.text.length, start + 20 + Math.floor(random() * 181));
      const target = describeRange(index, index.toPos(start, "start"), index.toPos(end, "end"));
      if (target !== null) {
        targets.push(target);
        break;
      }
      if (attempt > 100) throw new Error(`no text near offset ${start}`);
    }
  }
  return targets;
}

/**
 * @typedef {{ at: number, kind: "replace" | "insert" | "delete", char: string }} Mutation
 */

/**
 * Two single-character changes strictly inside each target's passage (not
 * on its first or last two units, so that where it begins and ends stays
 * well defined), each a replacement, an insertion or a deletion of a
 * non-space character. Returns the changed document and, per target, the
 * offsets of its passage in the new text.
 *
 * @param {TextIndex} index
 * @param {readonly TextTarget[]} targets  non-overlapping, context included
 * @param {import("prosemirror-model").Schema} schema
 * @param {() => number} random
 */
export function mutatePassages(index, targets, schema, random) {
  /** @type {Mutation[]} */
  const mutations = [];
  for (const { start, end } of targets) {
    const inside = [];
    for (let at = start + 2; at < end - 2; at++) if (!/\s/.test(index.text[at])) inside.push(at);
    for (let k = 0; k < 2 && inside.length > 0; k++) {
      const at = inside.splice(Math.floor(random() * inside.length), 1)[0];
      const kind = /** @type {const} */ (["replace", "insert", "delete"])[Math.floor(random() * 3)];
      let char = String.fromCharCode(97 + Math.floor(random() * 26));
      if (char === index.text[at]) char = char === "z" ? "y" : "z";
      mutations.push({ at, kind, char });
    }
  }
  // Applied from the end of the text backwards, so that each offset still
  // means what it meant in the original text.
  mutations.sort((a, b) => b.at - a.at);
  const transform = new Transform(index.doc);
  for (const { at, kind, char } of mutations) {
    const pos = index.toPos(at, "start");
    if (kind === "replace") transform.replaceWith(pos, pos + 1, schema.text(char));
    if (kind === "insert") transform.insert(pos, schema.text(char));
    if (kind === "delete") transform.delete(pos, pos + 1);
  }
  // The same changes made to the text, to check the new document against.
  const pieces = [];
  let cursor = 0;
  for (const { at, kind, char } of [...mutations].reverse()) {
    pieces.push(index.text.slice(cursor, at), kind === "delete" ? "" : char);
    cursor = kind === "insert" ? at : at + 1;
  }
  pieces.push(index.text.slice(cursor));
  const text = pieces.join("");
  const shift = (/** @type {number} */ offset) =>
    mutations.reduce(
      (sum, m) => (m.at < offset ? sum + (m.kind === "insert" ? 1 : m.kind === "delete" ? -1 : 0) : sum),
      0,
    );
  const expected = targets.map(({ start, end }) => ({ start: start + shift(start), end: end + shift(end) }));
  return { doc: transform.doc, text, expected, mutations: mutations.length };
}

/** The Levenshtein distance between `a` and `b` (two rows of the table). */
function levenshtein(/** @type {string} */ a, /** @type {string} */ b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The edits that turn the target's quote, prefix and suffix into the text
 * at and around `start`…`end`: how well the old selector describes that
 * place, position aside.
 *
 * @param {string} text
 * @param {TextTarget} target
 * @param {number} start
 * @param {number} end
 */
export function selectorEdits(text, target, start, end) {
  return (
    levenshtein(target.exact, text.slice(start, end)) +
    levenshtein(target.prefix, text.slice(Math.max(0, start - target.prefix.length), start)) +
    levenshtein(target.suffix, text.slice(end, end + target.suffix.length))
  );
}
