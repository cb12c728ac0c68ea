import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Each layer rule must fire on a file its glob is meant to cover; a rule
// whose glob matches nothing would pass silently.
const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
}

describe("layer rules", () => {
  it.each([
    ["lib/editor/x.ts", "@/lib/db/client"],
    ["lib/editor/x.ts", "react"],
    ["lib/anchoring/x.ts", "next/navigation"],
    ["lib/argument/x.ts", "@prisma/client"],
    ["lib/argument/formats/x.ts", "@/lib/db/client"],
    ["lib/w3c/x.ts", "next/server"],
    ["lib/auth/x.ts", "@/app/api/_lib/handle-route"],
    ["lib/documents/x.ts", "@/lib/db/generated/client"],
    ["app/documents/x.ts", "@electric-sql/pglite"],
    ["lib/db/x.ts", "@/app/layout"],
  ])("%s may not import %s", async (file, module) => {
    const code = `import { thing } from "${module}";\nexport const x = thing;\n`;
    expect(await ruleIdsFor(file, code)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("keeps process.env out of the pure domain folders", async () => {
    expect(await ruleIdsFor("lib/editor/x.ts", "export const x = process.env.X;\n")).toContain(
      "no-restricted-properties",
    );
  });

  it("allows what each layer is for", async () => {
    expect(
      await ruleIdsFor(
        "lib/db/x.ts",
        'import { PrismaClient } from "./generated/client";\nexport const x = PrismaClient;\n',
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        "lib/auth/x.ts",
        'import type { Prisma } from "@/lib/db/generated/client";\nexport type X = Prisma.UserWhereInput;\n',
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor("lib/editor/x.ts", 'import { Schema } from "prosemirror-model";\nexport const x = Schema;\n'),
    ).toEqual([]);
  });
});
