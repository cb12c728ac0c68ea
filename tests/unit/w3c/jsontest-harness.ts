import fs from "node:fs";
import path from "node:path";
import Ajv, { type AnySchemaObject, type ValidateFunction } from "ajv-draft-04";

/**
 * A Node port of the W3C Web Annotation Working Group's test runner
 * (JSONtest.js in web-platform-tests' annotation-model, as documented in its
 * CONTRIBUTING.md) for the suite's declarative `.test` files.
 *
 * Semantics, as the files declare them and JSONtest.js runs them:
 * - A `.test` file has an ordered `assertions` list. An entry is a file
 *   reference (no "/" → relative to the .test file's folder; otherwise
 *   relative to the suite's root), an inline assertion object, an object
 *   with `assertionFile` (the file, with the object's other keys
 *   overriding), or a nested list.
 * - An assertion is a JSON Schema draft-04 document plus keys the runner
 *   reads: `expectedResult` ("valid" | "invalid", default "valid"),
 *   `onUnexpectedResult` (default "failAndContinue"), `assertionType`
 *   ("must" | "should" | "may", default "must"), `errorMessage`, `title`.
 * - The input is validated against each assertion in order. A result equal
 *   to `expectedResult` passes. Any other result fails the assertion —
 *   JSONtest.js fails it whatever the "pass…"/"fail…" prefix says — and the
 *   suffix decides what runs next: "Continue" the next assertion, "Skip"
 *   none of the rest of this list (they are reported as skipped), "Abort"
 *   nothing more at any level. A nested list inherits its parent's state;
 *   only an abort comes back out of it.
 * - Ajv runs as JSONtest.js ran it ({ allErrors, validateSchema: false },
 *   unknown keywords ignored), with draft-04's rule that keywords beside a
 *   $ref are ignored, and every schema under definitions/ loaded first.
 *   Formats "uri" (RFC 3986) and "date-time" (RFC 3339) are checked
 *   strictly here; Ajv 8 ships no formats of its own.
 * Unlike JSONtest.js, an unknown expectedResult / onUnexpectedResult value
 * or a condition object (`compareWith`, used by no file we run) throws,
 * rather than being guessed at.
 */

/** What one assertion did to one input: passed, failed (with why), or was skipped by an earlier one. */
export type AssertionOutcome = {
  /** The assertion's file, relative to the suite root, or "inline". */
  file: string;
  title: string;
  assertionType: string;
  expectedResult: "valid" | "invalid";
  status: "pass" | "fail" | "skipped";
  /** For a failure: the assertion's errorMessage and Ajv's errors. */
  message?: string;
};

type Action = "continue" | "skip" | "abort";
const ACTIONS: Record<string, Action> = {
  failAndContinue: "continue",
  failAndSkip: "skip",
  failAndAbort: "abort",
  passAndContinue: "continue",
  passAndSkip: "skip",
  passAndAbort: "abort",
};

const URI_CHARACTERS = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function isUri(value: string): boolean {
  return URI_CHARACTERS.test(value) && value.indexOf("#") === value.lastIndexOf("#");
}

function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  // Offset groups are absent for "Z"; they then count as 00:00.
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match
    .slice(1)
    .map((group) => Number(group ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
}

function readJson(file: string): AnySchemaObject {
  return JSON.parse(fs.readFileSync(file, "utf8")) as AnySchemaObject;
}

/** Runs the suite at `root` (a copy of w3c/web-annotation-tests) the way JSONtest.js does. */
export class JsonTestSuite {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly root: string) {
    this.ajv = new Ajv({
      allErrors: true,
      validateSchema: false,
      strict: false,
      ignoreKeywordsWithRef: true,
      logger: false,
    });
    this.ajv.addFormat("uri", isUri);
    this.ajv.addFormat("date-time", isDateTime);
    const definitions = path.join(root, "definitions");
    for (const name of fs
      .readdirSync(definitions)
      .filter((file) => file.endsWith(".json"))
      .sort()) {
      this.ajv.addSchema(readJson(path.join(definitions, name)));
    }
  }

  /** Every assertion of the `.test` file at `testFile` (relative to the root) run on `content`. */
  runTestFile(testFile: string, content: unknown): AssertionOutcome[] {
    const test = readJson(path.join(this.root, testFile));
    return this.runTest(test, path.dirname(testFile), content);
  }

  /** The same for a test definition in memory; `folder` is where its file would sit. */
  runTest(test: AnySchemaObject, folder: string, content: unknown): AssertionOutcome[] {
    if (!Array.isArray(test.assertions) || test.assertions.length === 0) throw new Error("a test needs assertions");
    const outcomes: AssertionOutcome[] = [];
    this.runList(test.assertions, folder, content, "continue", outcomes);
    return outcomes;
  }

  private runList(list: unknown[], folder: string, content: unknown, state: Action, out: AssertionOutcome[]): Action {
    let action = state;
    for (const entry of list) {
      if (Array.isArray(entry)) {
        if (this.runList(entry, folder, content, action, out) === "abort") action = "abort";
        continue;
      }
      if (action === "abort") break;
      const { file, schema } = this.load(entry, folder);
      const expectedResult = schema.expectedResult ?? "valid";
      const onUnexpected = schema.onUnexpectedResult ?? "failAndContinue";
      if (expectedResult !== "valid" && expectedResult !== "invalid") throw new Error(`${file}: expectedResult?`);
      if (!(onUnexpected in ACTIONS)) throw new Error(`${file}: onUnexpectedResult "${onUnexpected}"?`);
      const base = { file, title: String(schema.title), assertionType: schema.assertionType ?? "must", expectedResult };
      if (action !== "continue") {
        out.push({ ...base, status: "skipped" });
        continue;
      }
      const validate = this.compile(file, schema);
      const valid = validate(content) as boolean;
      if (valid === (expectedResult === "valid")) {
        out.push({ ...base, status: "pass" });
        continue;
      }
      action = ACTIONS[onUnexpected];
      const errors = validate.errors ? this.ajv.errorsText(validate.errors) : "no errors";
      out.push({ ...base, status: "fail", message: `${schema.errorMessage ?? "unexpected result"} (${errors})` });
    }
    return action;
  }

  private load(entry: unknown, folder: string): { file: string; schema: AnySchemaObject } {
    if (typeof entry === "string")
      return { file: this.resolve(entry, folder), schema: this.readAssertion(entry, folder) };
    if (typeof entry !== "object" || entry === null) throw new Error(`not an assertion: ${JSON.stringify(entry)}`);
    const object = entry as AnySchemaObject;
    if ("assertions" in object || "compareWith" in object) throw new Error("condition objects are not supported");
    if (typeof object.assertionFile !== "string") return { file: "inline", schema: object };
    const { assertionFile, ...overrides } = object;
    const file = this.resolve(assertionFile, folder);
    // Overridden copies get no id, so Ajv does not see the file's id twice.
    const { id: _id, ...schema } = { ...this.readAssertion(assertionFile, folder), ...overrides };
    return { file: `${file} (overridden)`, schema };
  }

  private resolve(reference: string, folder: string): string {
    if (/^(?:[a-z]+:|\/)/i.test(reference)) throw new Error(`absolute reference ${reference}: nothing is fetched`);
    return reference.includes("/") ? reference : path.posix.join(folder, reference);
  }

  private readAssertion(reference: string, folder: string): AnySchemaObject {
    return readJson(path.join(this.root, this.resolve(reference, folder)));
  }

  private compile(file: string, schema: AnySchemaObject): ValidateFunction {
    if (file !== "inline" && !file.endsWith("(overridden)")) {
      const cached = this.compiled.get(file);
      if (cached) return cached;
      const validate = this.ajv.compile(schema);
      this.compiled.set(file, validate);
      return validate;
    }
    return this.ajv.compile(schema);
  }
}
