import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
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
  "tests/integration/annotations-permissions.test.ts",
  "tests/integration/maps-permissions.test.ts",
  "tests/integration/sharing-permissions.test.ts",
];

const target = process.env.MUTATION_TARGET ?? "pure";
const integration = project("integration");

export default defineConfig({
  test: {
    projects:
      target === "permissions"
        ? [project("unit"), { ...integration, test: { ...integration.test, include: PERMISSION_TESTS } }]
        : [project("unit")],
  },
});
