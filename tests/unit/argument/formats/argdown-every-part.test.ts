import { describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { argdownSummary, runArgdown } from "@/tests/fixtures/argument/argdown-model";
import { EVERY_PART_MAP } from "@/tests/fixtures/argument/every-part-map";
import { renumberIds } from "@/tests/fixtures/argument/renumber-ids";

// An unstated premise's mark and an argument's picked scheme roles travel
// as Argdown data ({unstated: true} on the statement, {roles: {"0": 2}} in
// the inference, by the premises' numbers), so Warrant reads them back and
// @argdown/core still reads the file. (A restatement is Argdown's
// equivalence, two formulations of one statement: see
// restatement-exports.test.ts.)

const { restatements: _r, ...MAP } = EVERY_PART_MAP;

describe("Argdown: unstated premises and scheme roles", () => {
  it("writes them as data on the statement and in the inference", () => {
    const argdown = toArgdown(MAP);
    expect(argdown).toContain("[Dr Ames is an expert]: Dr Ames is an expert on nutrition. {unstated: true}");
    // (1) p, (2) u: u plays the expert (scheme premise 0), p the assertion (1).
    expect(argdown).toMatch(
      /^\(1\) \[Dr Ames says coffee is\]\n\(2\) \[Dr Ames is an expert\]\n-- .*roles: \{"0": 2, "1": 1\}\} --$/m,
    );
  });

  it("reads the export back as the same map up to ids", () => {
    const back = fromArgdown(toArgdown(MAP));
    expect(renumberIds(back)).toEqual(renumberIds(MAP));
    expect(back.nodes.find((node) => node.unstated)?.text).toBe("Dr Ames is an expert on nutrition.");
  });

  it("is still Argdown to @argdown/core, which keeps the marks as data", () => {
    const response = runArgdown(toArgdown(MAP));
    expect(response.parserErrors).toEqual([]);
    expect(response.statements!["Dr Ames is an expert"].data).toEqual({ unstated: true });
    const summary = argdownSummary(response);
    expect(summary.statements).toHaveLength(MAP.nodes.length);
    expect(summary.supports).toHaveLength(2); // the argument and the support of it as a whole
  });

  it("leaves out a pick naming no premise of the argument, and refuses a role given to the conclusion", () => {
    const stale = { ...MAP, arguments: [{ ...MAP.arguments[0], roles: { "0": "b", "1": "p" } }] };
    expect(fromArgdown(toArgdown(stale)).arguments[0].roles).toEqual({ "1": "n2" });
    const source = '(1) [P]: p.\n-- Argument from Expert Opinion {roles: {"0": 2}} --\n(2) [C]: c.\n';
    expect(() => fromArgdown(`<A>\n\n${source}`)).toThrow(ArgdownImportError);
  });
});
