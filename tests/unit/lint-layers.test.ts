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

  it.each([
    ["on a client", "export const f = (db: D) => db.annotation.create({ data: {} });"],
    ["in a transaction of its own", "export const f = (db: D) => db.$transaction((tx: D) => tx.reply.deleteMany({}));"],
    ["with raw SQL", "export const f = (db: D) => db.$executeRaw`delete from x`;"],
    ["from a route", "export const f = (db: D) => db.documentShare.update({ where: {}, data: {} });"],
  ])("refuses writing a document's data %s", async (_how, code) => {
    const file = code.includes("documentShare") ? "app/api/x/route.ts" : "lib/annotations/x.ts";
    expect(await ruleIdsFor(file, `type D = any;\n${code}\n`)).toContain("no-restricted-syntax");
  });

  it("allows writes on the change path's tx, and other tables anywhere", async () => {
    const code =
      'import { withDocumentChange } from "@/lib/db/with-document-change";\n' +
      "type D = never;\n" +
      'export const f = (db: D) => withDocumentChange(db, "x", (tx) => tx.annotation.update({ where: {}, data: {} }));\n' +
      "export const g = (db: D) => db.groupMember.create({ data: {} });\n";
    expect(await ruleIdsFor("lib/annotations/x.ts", code)).not.toContain("no-restricted-syntax");
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
