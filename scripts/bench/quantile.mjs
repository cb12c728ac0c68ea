// @ts-check

/**
 * The value below which a share `q` (0–1) of `values` fall: the nearest
 * rank, no interpolation, so it is always one of the values measured.
 * @param {number[]} values @param {number} q
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
