import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RelationType } from "@argdown/core/dist/model/model.js";
import { afterAll, describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { ArgdownApplication } from "@argdown/core/dist/ArgdownApplication.js";
import { DataPlugin } from "@argdown/core/dist/plugins/DataPlugin.js";
import { ModelPlugin } from "@argdown/core/dist/plugins/ModelPlugin.js";
import { ParserPlugin } from "@argdown/core/dist/plugins/ParserPlugin.js";
import { runArgdown } from "@/tests/fixtures/argument/argdown-model";

// Every real Argdown file under tests/fixtures/corpora/argdown (SOURCES.md:
// the Argdown project's own examples and tests) either imports, or is
// refused with a message naming a line (what the import route answers with
// 400) — and only files @argdown/core itself rejects are refused. For the
// ones that import, @argdown/core's model of Warrant's export has the same
// statements (equivalence classes), arguments, inferences, relations of
// each type and tagged statements and arguments as its model of the
// original; the table printed at the end gives the counts.

const FOLDER = path.join(process.cwd(), "tests/fixtures/corpora/argdown");
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith(".argdown"));

/** Relations of @argdown/core's model by type, and its statements and arguments. */
function modelCounts(source: string) {
  const model = runArgdown(source);
  const relations: Record<string, number> = {};
  for (const type of Object.values(RelationType)) relations[type] = 0;
  for (const relation of model.relations ?? []) relations[relation.relationType] += 1;
  // Warrant writes a support as an argument's premise–conclusion structure, so its inferences are counted too.
  const inferences = Object.values(model.arguments ?? {}).reduce(
    (sum, argument) => sum + argument.pcs.filter((statement) => "inference" in statement && statement.inference).length,
    0,
  );
  const tagged = [...Object.values(model.statements ?? {}), ...Object.values(model.arguments ?? {})].filter(
    (item) => (item.tags ?? []).length > 0,
  ).length;
  return {
    statements: Object.keys(model.statements ?? {}).length,
    arguments: Object.keys(model.arguments ?? {}).length,
    inferences,
    relations,
    tagged,
    parserErrors: (model.parserErrors ?? []).length,
  };
}

/** Whether @argdown/core itself refuses `source`: a parser error, or an exception once asked to throw them. */
function argdownRejects(source: string): boolean {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  try {
    const response = app.run({ process: ["parse-input", "build-model"], input: source, throwExceptions: true });
    return (response.parserErrors ?? []).length > 0;
  } catch {
    return true;
  }
}

/**
 * The files refused, and why: @argdown/core rejects each of them too (an
 * argument inside a premise–conclusion structure; the lexer tests are
 * fragments on purpose, one with data that is not YAML). Any other file must import.
 */
const REFUSED = new Map([
  // Underscores in file names ("_partial1.argdown" in an @include) read as an unclosed italic.
  ["_partial1.argdown", "line 3: Incomplete italic text range."],
  ["_partial2.argdown", "line 3: Incomplete italic text range."],
  ["include-test.argdown", "line 3: Incomplete italic text range."],
  ["lexer-relation-after-emptyline.argdown", "line 3: Invalid paragraph start."],
  ["lexer-statements-by-number.argdown", "line 1: Expecting token of type --> EOF <--"],
  ["demo.argdown", "line 10: Invalid statement content."],
  ["lexer-argument.argdown", "line 3: this data is not valid YAML"],
  ["lexer-definitions-references.argdown", "line 2: Expecting token of type --> EOF <--"],
  ["lexer-lists.argdown", "line 2: Expecting: expecting at least one iteration"],
  ["lexer-relations.argdown", "line 1: Invalid relation syntax."],
]);

const table: string[] = [];

describe("real Argdown corpus: import, or a refusal naming the line", () => {
  afterAll(() => {
    console.log(`Argdown corpus (original → Warrant's export, by @argdown/core):\n${table.join("\n")}`);
  });

  it("has the files SOURCES.md lists, at least 15 of which import", () => {
    expect(FILES.filter((name) => !REFUSED.has(name)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(FILES)("%s", (name) => {
    const source = readFileSync(path.join(FOLDER, name), "utf8");
    let exported: string;
    try {
      exported = toArgdown(fromArgdown(source));
    } catch (error) {
      expect(error).toBeInstanceOf(ArgdownImportError);
      const refusal = error as ArgdownImportError;
      expect(refusal.message).toMatch(/^line \d+: ./);
      expect(refusal.line).toBeGreaterThan(0);
      expect(refusal.message.startsWith(REFUSED.get(name) ?? "(this file imports)")).toBe(true);
      expect(argdownRejects(source)).toBe(true);
      table.push(`${name}: refused — ${refusal.message}`);
      return;
    }
    expect(REFUSED.has(name)).toBe(false);
    const before = modelCounts(source);
    const after = modelCounts(exported);
    // Warrant's export always parses, and Argdown sees the same argumentation in it.
    expect(after.parserErrors).toBe(0);
    const relations = (counts: ReturnType<typeof modelCounts>) =>
      Object.entries(counts.relations)
        .filter(([, n]) => n > 0)
        .map(([type, n]) => `${n} ${type}`)
        .join(", ") || "none";
    table.push(
      `${name}: ${before.statements} → ${after.statements} statements, ${before.arguments} → ${after.arguments} arguments, ` +
        `${before.inferences} → ${after.inferences} inferences, ${before.tagged} → ${after.tagged} tagged; ` +
        `relations ${relations(before)} → ${relations(after)}`,
    );
    expect(after).toEqual(before);
  });
});
