import fs from "node:fs";
import path from "node:path";

/** The W3C Web Annotation WG's test suite, beside the project (../shared), as the brief provides it. */
export const W3C_SUITE = path.resolve(process.cwd(), "../shared/w3c-web-annotation-tests");

/** Whether the suite is there; the tests that need it skip, saying so, where it is not. */
export const W3C_SUITE_PRESENT = fs.existsSync(path.join(W3C_SUITE, "definitions"));

if (!W3C_SUITE_PRESENT) {
  console.warn(`W3C Web Annotation test suite not found at ${W3C_SUITE}: skipping the tests that run it.`);
}
