// @ts-check

/**
 * A benchmark's `--name value` from its command line, or `fallback`.
 * @param {string} name @param {string} fallback
 */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
