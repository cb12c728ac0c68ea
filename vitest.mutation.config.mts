import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "./vitest.config.mts";

/**
 * The Vitest config Stryker runs (stryker.config.mjs): the same projects as
 * vitest.config.mts, narrowed to what mutation testing needs. Stryker's Vitest
 * runner cannot pick a project, so this file does, from MUTATION_TARGET:
 * "pure" runs the unit tests only; "permissions" adds the integration tests
 * whose subject is access control (every integration file imports
 * permissions.ts, and each costs a PGlite start per mutant).
 */
const projects = base.test?.projects as TestProjectInlineConfiguration[];
const project = (name: string) => {
  const found = projects.find((candidate) => candidate.test?.name === name);
  if (!found) throw new Error(`vitest.config.mts has no "${name}" project`);
  return found;
};

const PERMISSION_TESTS = [
  "tests/integration/annotations-hiding.test.ts",
  "tests/integration/annotations-permissions.test.ts",
  "tests/integration/maps-permissions.test.ts",
  "tests/integration/sharing-permissions.test.ts",
];

// Tests that measure how cost grows with input size: instrumented code runs at
// another speed, and per mutant they would cost seconds. They assert speed,
// which mutation testing does not judge.
const GROWTH_TESTS = ["tests/unit/hardening/importers-linear.test.ts"];

const target = process.env.MUTATION_TARGET ?? "pure";
const unit = project("unit");
const integration = project("integration");
const unitWithoutGrowthTests = {
  ...unit,
  test: { ...unit.test, exclude: [...configDefaults.exclude, ...GROWTH_TESTS] },
};

export default defineConfig({
  test: {
    projects:
      target === "permissions"
        ? [
            unitWithoutGrowthTests,
            // A group of its own, after the unit tests: the cheap tests get the first chance to kill a mutant
            // (Stryker stops at the first failure), and Vitest needs one when projects differ in maxWorkers.
            { ...integration, test: { ...integration.test, include: PERMISSION_TESTS, sequence: { groupOrder: 1 } } },
          ]
        : [unitWithoutGrowthTests],
  },
});
