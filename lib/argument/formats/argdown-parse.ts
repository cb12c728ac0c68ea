import { ArgdownApplication } from "@argdown/core/dist/ArgdownApplication.js";
import type { IArgdownResponse } from "@argdown/core/dist/index.js";
import { DataPlugin } from "@argdown/core/dist/plugins/DataPlugin.js";
import { ModelPlugin } from "@argdown/core/dist/plugins/ModelPlugin.js";
import { ParserPlugin } from "@argdown/core/dist/plugins/ParserPlugin.js";
import { ArgdownImportError } from "./argdown-import-error";

// @argdown/core is imported by file (dist/…), not from its index, which
// would also load the HTML, SVG (viz.js) and web-component exporters.

type Token = NonNullable<IArgdownResponse["tokens"]>[number];

/** What Argdown's model holds once parsed: statements (equivalence classes), arguments and relations. */
export type ArgdownModel = Required<Pick<IArgdownResponse, "statements" | "arguments" | "relations">> & {
  /** The front matter's `title`, when it is a non-empty string. */
  title: string | null;
};

const RELATION_TOKENS = new Set([
  "IncomingSupport",
  "IncomingAttack",
  "OutgoingSupport",
  "OutgoingAttack",
  "Contradiction",
  "IncomingUndercut",
  "OutgoingUndercut",
]);
/** Tokens after which a new statement starts on the line. */
const STATEMENT_START = new Set([...RELATION_TOKENS, "Newline", "Emptyline", "Indent", "Dedent", "StatementNumber"]);
const NOTHING = new Set(["Newline", "Emptyline", "Indent", "Dedent", "EOF"]);
const NO_CONTENT = new Set(["FrontMatter", "Newline", "Emptyline"]);

const at = (token: Token) => [token.startLine ?? null, token.startColumn ?? null] as const;

/** Where a "\" stands before a line break or the end, which no Argdown token matches. */
function loneBackslash(source: string): [number, number] | null {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\") {
      if (i + 1 === source.length || /[\r\n\u2028\u2029]/.test(source[i + 1])) return [line, i - lineStart + 1];
      i++; // the escaped character
    } else if (source[i] === "\n" || (source[i] === "\r" && source[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}

/**
 * Mistakes @argdown/core accepts silently but that would give a wrong map:
 * a relation symbol with nothing after it (the model invents an empty
 * statement) and a title opened with "[" or "<" but never closed (the line
 * becomes an untitled statement starting with the bracket).
 */
function checkTokens(tokens: readonly Token[]): void {
  tokens.forEach((token, i) => {
    const type = token.tokenType.name;
    const next = tokens[i + 1]?.tokenType.name ?? "EOF";
    if (RELATION_TOKENS.has(type) && NOTHING.has(next)) {
      const symbol = token.image.trim();
      throw new ArgdownImportError(
        `"${symbol}" relates to nothing: write a statement, [Title] or <Title> after it`,
        ...at(token),
      );
    }
    const previous = tokens[i - 1]?.tokenType.name;
    const bracket = token.image.trim();
    if (
      type === "UnusedControlChar" &&
      (bracket === "[" || bracket === "<") &&
      (!previous || STATEMENT_START.has(previous))
    ) {
      const close = bracket === "[" ? "]" : ">";
      throw new ArgdownImportError(
        `"${bracket}" opens a title that is never closed: end it with "${close}", or write "\\${bracket}" for the character itself`,
        ...at(token),
      );
    }
  });
}

/** DataPlugin's listener, with js-yaml's errors turned into ArgdownImportErrors at the data's line. */
function withLine(plugin: DataPlugin, listener: "Data" | "FrontMatter"): void {
  const read = plugin.tokenListeners[listener];
  plugin.tokenListeners[listener] = (request, response, token, ...rest) => {
    try {
      read(request, response, token, ...rest);
    } catch (error) {
      const what = listener === "Data" ? "this data" : "the front matter";
      throw new ArgdownImportError(`${what} is not valid YAML: ${(error as Error).message}`, ...at(token));
    }
  };
}

/**
 * `source` parsed and modelled by @argdown/core 1.7.5 (ParserPlugin, then
 * DataPlugin and ModelPlugin in Argdown's default "loose" mode), or null
 * when it holds nothing but front matter and blank lines. Throws
 * ArgdownImportError with a line (when known) for the first lexer or parser
 * error, for the mistakes in checkTokens, for data that is not YAML, and for
 * anything the model plugin refuses (e.g. two premise–conclusion structures
 * for one argument).
 */
export function parseArgdown(source: string): ArgdownModel | null {
  if (source.trim() === "") return null;
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  const data = new DataPlugin();
  withLine(data, "Data");
  withLine(data, "FrontMatter");
  app.addPlugin(data, "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  // throwExceptions: without it the application swallows every error that is
  // not an ArgdownPluginError and carries on with half a model.
  const request = { input: source, logExceptions: false, throwExceptions: true };
  let response: IArgdownResponse;
  try {
    response = app.run({ ...request, process: ["parse-input"] });
  } catch (error) {
    const place = loneBackslash(source);
    if (place) throw new ArgdownImportError('a "\\" must be followed by the character it escapes', ...place);
    throw new ArgdownImportError(`Argdown could not read this: ${(error as Error).message}`);
  }
  const tokens = response.tokens ?? [];
  if (tokens.every((token) => NO_CONTENT.has(token.tokenType.name))) return null;
  const [first] = response.parserErrors ?? [];
  if (first) {
    const line = Number.isFinite(first.token.startLine) ? (first.token.startLine ?? null) : null;
    const column = Number.isFinite(first.token.startColumn) ? (first.token.startColumn ?? null) : null;
    throw new ArgdownImportError(first.message, line, column);
  }
  checkTokens(tokens);
  try {
    app.run({ ...request, process: ["build-model"] }, response);
  } catch (error) {
    if (error instanceof ArgdownImportError) throw error;
    throw new ArgdownImportError(`Argdown could not build a model of this: ${(error as Error).message}`);
  }
  const { statements = {}, arguments: args = {}, relations = [] } = response;
  const title = (response as { frontMatter?: { title?: unknown } }).frontMatter?.title;
  return {
    statements,
    arguments: args,
    relations,
    title: typeof title === "string" && title.trim() ? title.trim() : null,
  };
}
