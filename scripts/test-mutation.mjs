// @ts-check
// `npm run test:mutation`: Stryker over the pure modules (unit tests), then
// over lib/auth/permissions.ts (unit tests and the integration tests about
// access); see stryker.config.mjs. Takes minutes; not part of `npm test`.
//
//   npm run test:mutation                                         both sets
//   npm run test:mutation -- --mutate lib/argument/find-cycles.ts one module
//   npm run test:mutation -- --mutate "lib/w3c/*.ts"              one folder
//
// Files under lib/auth/ are mutated against the "permissions" tests, all
// others against the unit tests. Every other argument goes to `stryker run`.
// Prints each module's score and exits 1 if one is below 85 % (issue 11).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const MINIMUM_SCORE = 85;
const TARGETS = /** @type {const} */ (["pure", "permissions"]);

/** Splits `--mutate a,b` (or `-m`) off the other arguments, by target. */
function parseArguments(/** @type {string[]} */ args) {
  /** @type {Record<string, string[]>} */
  const mutate = { pure: [], permissions: [] };
  const rest = [];
  let named = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const inline = arg.match(/^--mutate=(.*)$/);
    if (arg === "--mutate" || arg === "-m" || inline) {
      const value = inline ? inline[1] : args[++i];
      if (value === undefined) throw new Error(`${arg} needs a file or glob`);
      for (const pattern of value.split(",").filter(Boolean)) {
        mutate[pattern.replace(/^\.\//, "").startsWith("lib/auth/") ? "permissions" : "pure"].push(pattern);
      }
      named = true;
    } else {
      rest.push(arg);
    }
  }
  return { mutate, rest, named };
}

/** Stryker's score per file from its JSON report: detected / (detected + undetected), as Stryker counts them. */
function scoresFrom(/** @type {string} */ reportFile) {
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  /** @type {{ file: string, killed: number, survived: number, noCoverage: number, score: number }[]} */
  const rows = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (/** @type {string[]} */ statuses) =>
      mutants.filter((/** @type {{ status: string }} */ m) => statuses.includes(m.status)).length;
    const detected = count(["Killed", "Timeout"]);
    const undetected = count(["Survived", "NoCoverage"]);
    if (detected + undetected === 0) continue;
    rows.push({
      file: path.relative(process.cwd(), path.resolve(file)),
      killed: detected,
      survived: count(["Survived"]),
      noCoverage: count(["NoCoverage"]),
      score: (100 * detected) / (detected + undetected),
    });
  }
  return rows;
}

const { mutate, rest, named } = parseArguments(process.argv.slice(2));
const stryker = path.resolve("node_modules/@stryker-mutator/core/bin/stryker.js");
/** @type {ReturnType<typeof scoresFrom>} */
const rows = [];
let failed = false;

for (const target of TARGETS) {
  if (named && mutate[target].length === 0) continue;
  const args = [
    stryker,
    "run",
    "stryker.config.mjs",
    ...(named ? ["--mutate", mutate[target].join(",")] : []),
    ...rest,
  ];
  console.log(`\n== Mutation testing: ${target} ==\n`);
  const run = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, MUTATION_TARGET: target },
  });
  if (run.status !== 0) {
    failed = true;
    continue;
  }
  rows.push(...scoresFrom(`reports/mutation/${target}.json`));
}

if (rows.length > 0) {
  console.log(`\nMutation score per module (minimum ${MINIMUM_SCORE} %):\n`);
  const width = Math.max(...rows.map((row) => row.file.length));
  for (const row of rows.sort((a, b) => a.file.localeCompare(b.file))) {
    const flag = row.score < MINIMUM_SCORE ? "  << below minimum" : "";
    console.log(
      `${row.file.padEnd(width)}  ${row.score.toFixed(1).padStart(5)} %  ` +
        `killed ${row.killed}, survived ${row.survived}, no coverage ${row.noCoverage}${flag}`,
    );
  }
}
if (failed || rows.some((row) => row.score < MINIMUM_SCORE)) process.exit(1);
