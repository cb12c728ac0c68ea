import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RelationType } from "@argdown/core/dist/model/model.js";
import { afterAll, describe, expect, it } from "vitest";
import { toArgdown } from "@/lib/argument/formats/argdown-export";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { ArgdownImportError } from "@/lib/argument/formats/argdown-import-error";
import { runArgdown } from "@/tests/fixtures/argument/argdown-model";

// Every real Argdown file under tests/fixtures/corpora/argdown (SOURCES.md:
// the Argdown project's own examples and tests) either imports, or is
// refused with a message naming a line (what the import route answers with
// 400). For the ones that import, @argdown/core's model of the original and
// of Warrant's export are compared by relations of each type; the issue's
// target is equality, and the table printed at the end says where Warrant is.

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
  return {
    statements: Object.keys(model.statements ?? {}).length,
    arguments: Object.keys(model.arguments ?? {}).length,
    inferences,
    relations,
    parserErrors: (model.parserErrors ?? []).length,
  };
}

/**
 * The files refused today, and why: two use what a map cannot hold yet (a
 * support of an argument; an argument inside a premise–conclusion
 * structure, which @argdown/core itself rejects), the lexer tests are
 * fragments on purpose. Any other file must import.
 */
const REFUSED = new Map([
  ["Populism-Core-Argument-Argdown-Example.argdown", "line 196: a support must join two statements"],
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

  it("has the files SOURCES.md lists", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
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
      table.push(`${name}: refused — ${refusal.message}`);
      return;
    }
    expect(REFUSED.has(name)).toBe(false);
    const before = modelCounts(source);
    const after = modelCounts(exported);
    // Warrant's export always parses.
    expect(after.parserErrors).toBe(0);
    const relations = (counts: ReturnType<typeof modelCounts>) =>
      Object.entries(counts.relations)
        .filter(([, n]) => n > 0)
        .map(([type, n]) => `${n} ${type}`)
        .join(", ") || "none";
    table.push(
      `${name}: ${before.statements} → ${after.statements} statements, ${before.arguments} → ${after.arguments} arguments, ` +
        `${before.inferences} → ${after.inferences} inferences; relations ${relations(before)} → ${relations(after)}`,
    );
  });
});
