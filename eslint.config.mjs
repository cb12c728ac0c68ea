// @ts-check
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Layer rules (docs/ARCHITECTURE.md, "Layout"): lib/ never imports app/; the
 * pure domain folders never touch React, Next, Prisma or process.env; only
 * lib/db builds a Prisma client. tests/unit/lint-layers.test.ts proves each
 * rule fires on a file its glob is meant to cover.
 */
const APP_IMPORTS = { group: ["@/app", "@/app/*", "**/app/*", "../app/*"], message: "lib/ must not import app/." };
const PRISMA_IMPORTS = {
  group: ["@prisma/*", "pglite-prisma-adapter", "@electric-sql/pglite", "@/lib/db/generated/*", "**/db/generated/*"],
  message: "Only lib/db builds or imports the Prisma client; take a client (Db) as a parameter.",
  allowTypeImports: true,
};
const FRAMEWORK_IMPORTS = {
  group: ["react", "react-dom", "react/*", "next", "next/*", "next-auth", "next-auth/*", "@/lib/db/*", "**/db/*"],
  message: "lib/editor, lib/anchoring, lib/argument and lib/w3c are framework-free.",
};
const PROCESS_ENV = {
  object: "process",
  property: "env",
  message: "Pure domain code takes its settings as parameters.",
};

// The one change path (lib/db/with-document-change.ts): a document's tables
// are written only on the `tx` that path hands out, never on a client, in a
// transaction of one's own, or with raw SQL.
const DOCUMENT_TABLES = "annotation|reply|argumentMap|mapVersion|document|documentShare|shareLink|shareLinkUse";
const WRITES = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const DOCUMENT_WRITE = `CallExpression[callee.property.name=/^(${WRITES})$/][callee.object.property.name=/^(${DOCUMENT_TABLES})$/]`;
const CHANGE_PATH = "Write a document's data inside withDocumentChange (lib/db/with-document-change.ts), on its tx.";
const DOCUMENT_WRITE_RULES = [
  { selector: `${DOCUMENT_WRITE}:not([callee.object.object.name="tx"])`, message: CHANGE_PATH },
  { selector: `CallExpression[callee.property.name="$transaction"] ${DOCUMENT_WRITE}`, message: CHANGE_PATH },
  { selector: "CallExpression[callee.property.name=/^[$]executeRaw(Unsafe)?$/]", message: CHANGE_PATH },
  { selector: "TaggedTemplateExpression[tag.property.name=/^[$]executeRaw$/]", message: CHANGE_PATH },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "tests/.tmp/**",
      ".stryker-tmp/**",
      "reports/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Benchmarks pass functions to page.evaluate: they run in the browser.
    files: ["scripts/bench*.mjs", "scripts/bench/**/*.mjs"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "tests/**/*.{ts,mjs}", "scripts/**/*.{ts,mjs}", "*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [PRISMA_IMPORTS] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx,mjs}"],
    ignores: ["lib/db/**", "lib/editor/**", "lib/anchoring/**", "lib/argument/**", "lib/w3c/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [APP_IMPORTS, PRISMA_IMPORTS] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: { "no-restricted-syntax": ["error", ...DOCUMENT_WRITE_RULES] },
  },
  {
    files: ["lib/db/**/*.{ts,mjs}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [APP_IMPORTS] }] },
  },
  {
    files: ["lib/editor/**/*.ts", "lib/anchoring/**/*.ts", "lib/argument/**/*.ts", "lib/w3c/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [APP_IMPORTS, PRISMA_IMPORTS, FRAMEWORK_IMPORTS] },
      ],
      "no-restricted-properties": ["error", PROCESS_ENV],
    },
  },
);
