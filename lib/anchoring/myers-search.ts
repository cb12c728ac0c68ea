import type { WorkMeter } from "./match-budget";

// Myers' bit-parallel approximate string matching, from approx-string-match
// 2.0.0 (MIT, © 2020 Robert Knight), with two changes that bound its work:
//
// - Every step is charged to a WorkMeter, which stops the search (throws
//   WorkBudgetExceeded) once a quote's share is spent.
// - approx-string-match reports every end position of the fewest-edit
//   matches and runs a reverse search as long as the pattern for each:
//   against text that nearly matches the pattern everywhere ("aaaa…" for a
//   quote of a's with one b) that is one reverse search per text unit. Here
//   at most MAX_MATCHES ends are given a start, spread evenly over those
//   found — in such text they are equally good places anyway.
//
// Below MAX_MATCHES ends the results are exactly approx-string-match's.

/** A match of a pattern in a text: offsets (`end` exclusive) and the edits it needs. */
export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** The most match ends one search gives a start to (see above). */
export const MAX_MATCHES = 64;

const WORD = 32;
// The meter is charged every this many text units, not at every one.
const CHARGE_EVERY = 1024;

function reverse(s: string): string {
  return s.split("").reverse().join("");
}

/** 1 if `n` is non-zero, else 0, without a branch. */
function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

interface Context {
  P: Uint32Array;
  M: Uint32Array;
  lastRowMask: Uint32Array;
}

/** One block step of Myers' algorithm (Fig. 8 of Myers 1999, branch-free as in Šošić 2014). */
function advanceBlock(ctx: Context, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b];
  let mV = ctx.M[b];
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b] | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & ctx.lastRowMask[b]) - oneIfNotZero(mH & ctx.lastRowMask[b]);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

/**
 * The ends and edits of the fewest-edit matches of `pattern` in `text`
 * with at most `maxErrors` edits (Fig. 9 of Myers 1999), charging `meter`
 * one unit per block advanced over a text unit.
 */
function findMatchEnds(text: string, pattern: string, maxErrors: number, meter: WorkMeter): Match[] {
  if (pattern.length === 0) return [];
  maxErrors = Math.min(maxErrors, pattern.length);
  const matches: Match[] = [];
  const bMax = Math.ceil(pattern.length / WORD) - 1;
  meter.charge(pattern.length); // building the tables
  const ctx: Context = {
    P: new Uint32Array(bMax + 1),
    M: new Uint32Array(bMax + 1),
    lastRowMask: new Uint32Array(bMax + 1),
  };
  ctx.lastRowMask.fill(1 << 31);
  ctx.lastRowMask[bMax] = 1 << ((pattern.length - 1) % WORD);
  const emptyPeq = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  const asciiPeq: Uint32Array[] = [];
  for (let i = 0; i < 256; i++) asciiPeq.push(emptyPeq);
  for (let c = 0; c < pattern.length; c += 1) {
    const val = pattern.charCodeAt(c);
    if (peq.has(val)) continue;
    const charPeq = new Uint32Array(bMax + 1);
    peq.set(val, charPeq);
    if (val < asciiPeq.length) asciiPeq[val] = charPeq;
    for (let b = 0; b <= bMax; b += 1) {
      charPeq[b] = 0;
      for (let r = 0; r < WORD; r += 1) {
        const idx = b * WORD + r;
        if (idx >= pattern.length) continue;
        if (pattern.charCodeAt(idx) === val) charPeq[b] |= 1 << r;
      }
    }
  }
  let y = Math.max(0, Math.ceil(maxErrors / WORD) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b += 1) score[b] = (b + 1) * WORD;
  score[bMax] = pattern.length;
  for (let b = 0; b <= y; b += 1) {
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }
  let work = 0;
  for (let j = 0; j < text.length; j += 1) {
    const charCode = text.charCodeAt(j);
    const charPeq = charCode < asciiPeq.length ? asciiPeq[charCode] : (peq.get(charCode) ?? emptyPeq);
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = advanceBlock(ctx, charPeq, b, carry);
      score[b] += carry;
    }
    work += y + 1;
    if (j % CHARGE_EVERY === CHARGE_EVERY - 1) {
      meter.charge(work);
      work = 0;
    }
    if (score[y] - carry <= maxErrors && y < bMax && (charPeq[y + 1] & 1 || carry < 0)) {
      y += 1;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const remainder = pattern.length % WORD;
      const maxBlockScore = y === bMax && remainder !== 0 ? remainder : WORD;
      score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(ctx, charPeq, y, carry);
    } else {
      while (y > 0 && score[y] >= maxErrors + WORD) y -= 1;
    }
    if (y === bMax && score[y] <= maxErrors) {
      if (score[y] < maxErrors) matches.splice(0, matches.length);
      matches.push({ start: -1, end: j + 1, errors: score[y] });
      maxErrors = score[y];
    }
  }
  meter.charge(work);
  return matches;
}

/** At most MAX_MATCHES of `ends`, evenly spread, in order. */
function spread(ends: Match[]): Match[] {
  if (ends.length <= MAX_MATCHES) return ends;
  return Array.from({ length: MAX_MATCHES }, (_, i) => ends[Math.floor((i * ends.length) / MAX_MATCHES)]);
}

/**
 * The fewest-edit matches of `pattern` in `text` with at most `maxErrors`
 * edits, as approx-string-match's default export finds them — but at most
 * MAX_MATCHES of them, and with the work charged to `meter` (which throws
 * WorkBudgetExceeded when it is spent).
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, meter: WorkMeter): Match[] {
  const ends = spread(findMatchEnds(text, pattern, maxErrors, meter));
  if (ends.length === 0) return ends;
  const patRev = reverse(pattern);
  return ends.map((match) => {
    const minStart = Math.max(0, match.end - pattern.length - match.errors);
    const textRev = reverse(text.slice(minStart, match.end));
    let start = match.end;
    for (const reversed of findMatchEnds(textRev, patRev, match.errors, meter)) {
      start = Math.min(start, match.end - reversed.end);
    }
    return { start, end: match.end, errors: match.errors };
  });
}
