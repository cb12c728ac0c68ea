import { describe, expect, it } from "vitest";
import { W3C_SUITE } from "./suite-location";
import { JsonTestSuite } from "./jsontest-harness";

// The runner's own semantics (see jsontest-harness.ts), on inline
// assertions, so a mistake in them cannot hide behind a passing export.

describe("JsonTestSuite", () => {
  it("runs expectedResult, onUnexpectedResult, nested lists and assertionFile as JSONtest.js does", () => {
    const suite = new JsonTestSuite(W3C_SUITE);
    const test = {
      assertions: [
        { title: "has a", type: "object", required: ["a"] },
        [
          { title: "has b, else skip the rest of this list", required: ["b"], onUnexpectedResult: "failAndSkip" },
          { title: "b is a string", properties: { b: { type: "string" } } },
        ],
        { title: "has no c", required: ["c"], expectedResult: "invalid" },
        { title: "has d (optional)", required: ["d"], onUnexpectedResult: "passAndContinue" },
        { assertionFile: "annotations/3.1-targetKeyFound.json", title: "has no target", expectedResult: "invalid" },
        { title: "has e, else abort", required: ["e"], onUnexpectedResult: "failAndAbort" },
        { title: "never run", required: ["a"] },
      ],
    };
    const outcomes = suite.runTest(test, "annotations", { a: 1 });
    expect(outcomes.map(({ title, status, file }) => ({ title, status, file }))).toEqual([
      { title: "has a", status: "pass", file: "inline" },
      { title: "has b, else skip the rest of this list", status: "fail", file: "inline" },
      { title: "b is a string", status: "skipped", file: "inline" },
      { title: "has no c", status: "pass", file: "inline" },
      // JSONtest.js fails every unexpected result; "pass…" only names the intent.
      { title: "has d (optional)", status: "fail", file: "inline" },
      { title: "has no target", status: "pass", file: "annotations/3.1-targetKeyFound.json (overridden)" },
      { title: "has e, else abort", status: "fail", file: "inline" },
    ]);
  });

  it("resolves a reference without a slash against the .test file's folder, with one against the root", () => {
    const suite = new JsonTestSuite(W3C_SUITE);
    const test = { assertions: ["3.1-targetKeyFound.json", "collections/5.1-collectionTypeValidated.json"] };
    const outcomes = suite.runTest(test, "annotations", { target: "https://example.org/" });
    expect(outcomes.map(({ file, status }) => ({ file, status }))).toEqual([
      { file: "annotations/3.1-targetKeyFound.json", status: "pass" },
      { file: "collections/5.1-collectionTypeValidated.json", status: "fail" },
    ]);
  });

  it("checks formats strictly and refuses what it would have to guess", () => {
    const suite = new JsonTestSuite(W3C_SUITE);
    const dates = { assertions: [{ title: "created", properties: { created: { format: "date-time" } } }] };
    const statusOf = (created: string) => suite.runTest(dates, ".", { created })[0].status;
    expect(["2025-03-01T09:00:00Z", "2025-03-01T09:00:00.5+05:30"].map(statusOf)).toEqual(["pass", "pass"]);
    expect(["2025-03-01T09:00:00", "2025-02-30T09:00:00Z", "2025-03-01 09:00"].map(statusOf)).toEqual([
      "fail",
      "fail",
      "fail",
    ]);
    const uris = { assertions: [{ title: "id", properties: { id: { format: "uri" } } }] };
    const uriStatus = (id: string) => suite.runTest(uris, ".", { id })[0].status;
    expect(["https://example.org/a?b=c#d", "urn:uuid:dbfb1861-0ecf"].map(uriStatus)).toEqual(["pass", "pass"]);
    expect(["/relative", "https://exa mple.org/", "no-scheme"].map(uriStatus)).toEqual(["fail", "fail", "fail"]);

    const unknown = { assertions: [{ title: "x", onUnexpectedResult: "shrug" }] };
    expect(() => suite.runTest(unknown, ".", {})).toThrow(/onUnexpectedResult/);
    const condition = { assertions: [{ title: "x", compareWith: "or", assertions: ["a.json"] }] };
    expect(() => suite.runTest(condition, ".", {})).toThrow(/condition objects/);
  });
});
