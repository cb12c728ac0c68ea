// @ts-check
import { ArgdownApplication } from "@argdown/core/dist/ArgdownApplication.js";
import { IArgument, IEquivalenceClass, isConclusion, isReconstructed } from "@argdown/core/dist/model/model.js";
import { DataPlugin } from "@argdown/core/dist/plugins/DataPlugin.js";
import { ModelPlugin } from "@argdown/core/dist/plugins/ModelPlugin.js";
import { ParserPlugin } from "@argdown/core/dist/plugins/ParserPlugin.js";

// Argdown as @argdown/core reads it, as plain data. Plain JavaScript, so
// that the server's Argdown thread (lib/maps/argdown-worker.mjs) runs it
// as it is, and the calling thread too (argdown-parse.ts): @argdown/core's
// lexer takes time growing with the square of some inputs (every "{",
// "[", "<", "/*" or "<!--" never closed is rescanned to the end of its line
// or of the file), so the server reads uploads only in that thread, with
// a time limit. Its model holds functions and cycles, which cannot cross
// to another thread: readArgdown copies what the import reads of it.
//
// @argdown/core is imported by file (dist/…), not from its index, which
// would also load the HTML, SVG (viz.js) and web-component exporters.

/**
 * Where an element starts in the source (1-based); @argdown/core leaves
 * some elements without a place.
 * @typedef {{ startLine?: number, startColumn?: number }} ArgdownPlace
 */
/**
 * A statement (an equivalence class of Argdown's) or an argument: its
 * title, data, canonical text (the last defining member's, as Argdown
 * takes it), its tags, and its members' places.
 * @typedef {{
 *   title: string,
 *   data: unknown,
 *   tags: string[],
 *   text: string | undefined,
 *   members: (ArgdownPlace & { isReference: boolean })[],
 * }} ArgdownItem
 */
/** @typedef {ArgdownItem & { type: "equivalence-class" }} ArgdownStatement */
/**
 * The inference rule line ("-- rule {data} --") before a conclusion.
 * @typedef {ArgdownPlace & { type: "inference", data: unknown, inferenceRules: string[] }} ArgdownInference
 */
/**
 * A statement of a premise–conclusion structure; `inference` only on a conclusion.
 * @typedef {{ title: string, inference?: ArgdownInference }} ArgdownPcsStatement
 */
/**
 * An argument; `pcs` is its premise–conclusion structure, empty when it has none.
 * @typedef {ArgdownItem & ArgdownPlace & { type: "argument", pcs: ArgdownPcsStatement[] }} ArgdownArgument
 */
/** @typedef {ArgdownStatement | ArgdownArgument | ArgdownInference} ArgdownMember */
/**
 * A relation: its type ("support", "attack", "contradictory", "undercut",
 * "entails"…), its ends (the same objects as in statements, arguments and
 * the structures' inferences) and where it is written.
 * @typedef {{ relationType: string, from?: ArgdownMember, to?: ArgdownMember, occurrences: ArgdownPlace[] }} ArgdownRelation
 */
/**
 * What Argdown's model holds once read: statements by title, arguments by
 * title, relations, the front matter's `title` when it is a non-empty
 * string, and the whole front matter as JSON (null when there is none).
 * @typedef {{
 *   statements: Record<string, ArgdownStatement>,
 *   arguments: Record<string, ArgdownArgument>,
 *   relations: ArgdownRelation[],
 *   title: string | null,
 *   frontMatter: Record<string, unknown> | null,
 * }} ArgdownModel
 */
/**
 * Why the source cannot be read, and where (1-based; null when unknown).
 * @typedef {{ reason: string, line: number | null, column: number | null }} ArgdownReadError
 */
/** @typedef {{ model: ArgdownModel | null } | { error: ArgdownReadError }} ArgdownRead */

/** @typedef {NonNullable<import("@argdown/core").IArgdownResponse["tokens"]>[number]} Token */

class ReadError extends Error {
  /**
   * @param {string} reason
   * @param {number | null} [line]
   * @param {number | null} [column]
   */
  constructor(reason, line = null, column = null) {
    super(reason);
    this.read = { reason, line, column };
  }
}

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

/** @param {Token} token @returns {[number | null, number | null]} */
const at = (token) => [token.startLine ?? null, token.startColumn ?? null];
/** @param {number | undefined} n */
const known = (n) => (n !== undefined && Number.isFinite(n) ? n : null);

/**
 * Where a "\" stands before a line break or the end, which no Argdown token matches.
 * @param {string} source
 * @returns {[number, number] | null}
 */
function loneBackslash(source) {
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
 * @param {readonly Token[]} tokens
 */
function checkTokens(tokens) {
  tokens.forEach((token, i) => {
    const type = token.tokenType.name;
    const next = tokens[i + 1]?.tokenType.name ?? "EOF";
    if (RELATION_TOKENS.has(type) && NOTHING.has(next)) {
      const symbol = token.image.trim();
      throw new ReadError(
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
      throw new ReadError(
        `"${bracket}" opens a title that is never closed: end it with "${close}", or write "\\${bracket}" for the character itself`,
        ...at(token),
      );
    }
  });
}

/**
 * DataPlugin's listener, with js-yaml's errors turned into ReadErrors at the data's line.
 * @param {DataPlugin} plugin
 * @param {"Data" | "FrontMatter"} listener
 */
function withLine(plugin, listener) {
  const read = plugin.tokenListeners[listener];
  plugin.tokenListeners[listener] = (request, response, token, ...rest) => {
    try {
      read(request, response, token, ...rest);
    } catch (error) {
      const what = listener === "Data" ? "this data" : "the front matter";
      throw new ReadError(`${what} is not valid YAML: ${/** @type {Error} */ (error).message}`, ...at(token));
    }
  };
}

/**
 * The parts of @argdown/core's model the import reads, as plain objects:
 * each element copied once, so that a relation's ends are the very
 * statement, argument or inference objects listed elsewhere.
 * @param {import("@argdown/core").IArgdownResponse} response
 * @returns {Omit<ArgdownModel, "title" | "frontMatter">}
 */
function plainModel(response) {
  /** @type {Map<object, ArgdownMember>} */
  const copies = new Map();
  /** @param {import("@argdown/core").IStatement[]} members */
  const membersOf = (members) =>
    members.map(({ startLine, startColumn, isReference }) => ({ startLine, startColumn, isReference: !!isReference }));
  /** @param {import("@argdown/core").IEquivalenceClass} ec @returns {ArgdownStatement} */
  const statementOf = (ec) => {
    const copy = copies.get(ec);
    if (copy) return /** @type {ArgdownStatement} */ (copy);
    /** @type {ArgdownStatement} */
    const statement = {
      type: "equivalence-class",
      title: ec.title ?? "",
      data: ec.data,
      tags: [...(ec.tags ?? [])],
      text: IEquivalenceClass.getCanonicalMemberText(ec),
      members: membersOf(ec.members),
    };
    copies.set(ec, statement);
    return statement;
  };
  /** @param {import("@argdown/core").IInference} inference @returns {ArgdownInference} */
  const inferenceOf = (inference) => {
    const copy = copies.get(inference);
    if (copy) return /** @type {ArgdownInference} */ (copy);
    /** @type {ArgdownInference} */
    const plain = {
      type: "inference",
      startLine: inference.startLine,
      startColumn: inference.startColumn,
      data: inference.data,
      inferenceRules: inference.inferenceRules ?? [],
    };
    copies.set(inference, plain);
    return plain;
  };
  /** @param {import("@argdown/core").IArgument} argument @returns {ArgdownArgument} */
  const argumentOf = (argument) => {
    const copy = copies.get(argument);
    if (copy) return /** @type {ArgdownArgument} */ (copy);
    /** @type {ArgdownArgument} */
    const plain = {
      type: "argument",
      title: argument.title ?? "",
      data: argument.data,
      tags: [...(argument.tags ?? [])],
      text: IArgument.getCanonicalMemberText(argument),
      members: membersOf(argument.members),
      startLine: argument.startLine,
      startColumn: argument.startColumn,
      pcs: isReconstructed(argument)
        ? argument.pcs.map((statement) => ({
            title: statement.title ?? "",
            ...(isConclusion(statement) && statement.inference ? { inference: inferenceOf(statement.inference) } : {}),
          }))
        : [],
    };
    copies.set(argument, plain);
    return plain;
  };
  /** @param {import("@argdown/core").RelationMember | undefined} member @returns {ArgdownMember | undefined} */
  const memberOf = (member) => {
    if (!member) return undefined;
    if (member.type === "equivalence-class")
      return statementOf(/** @type {import("@argdown/core").IEquivalenceClass} */ (member));
    if (member.type === "argument") return argumentOf(/** @type {import("@argdown/core").IArgument} */ (member));
    return inferenceOf(/** @type {import("@argdown/core").IInference} */ (member));
  };
  const statements = Object.fromEntries(
    Object.entries(response.statements ?? {}).map(([title, ec]) => [title, statementOf(ec)]),
  );
  const args = Object.fromEntries(
    Object.entries(response.arguments ?? {}).map(([title, argument]) => [title, argumentOf(argument)]),
  );
  const relations = (response.relations ?? []).map((relation) => ({
    relationType: String(relation.relationType),
    from: memberOf(relation.from),
    to: memberOf(relation.to),
    occurrences: (relation.occurrences ?? []).map(({ startLine, startColumn }) => ({ startLine, startColumn })),
  }));
  return { statements, arguments: args, relations };
}

/**
 * @param {string} source
 * @returns {ArgdownModel | null}
 */
function modelOf(source) {
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
  let response;
  try {
    response = app.run({ ...request, process: ["parse-input"] });
  } catch (error) {
    const place = loneBackslash(source);
    if (place) throw new ReadError('a "\\" must be followed by the character it escapes', ...place);
    throw new ReadError(`Argdown could not read this: ${/** @type {Error} */ (error).message}`);
  }
  const tokens = response.tokens ?? [];
  if (tokens.every((token) => NO_CONTENT.has(token.tokenType.name))) return null;
  const [first] = response.parserErrors ?? [];
  if (first) throw new ReadError(first.message, known(first.token.startLine), known(first.token.startColumn));
  checkTokens(tokens);
  try {
    app.run({ ...request, process: ["build-model"] }, response);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Argdown could not build a model of this: ${/** @type {Error} */ (error).message}`);
  }
  const frontMatter = /** @type {{ frontMatter?: unknown }} */ (response).frontMatter;
  const title = /** @type {{ title?: unknown } | undefined} */ (frontMatter)?.title;
  return {
    ...plainModel(response),
    title: typeof title === "string" && title.trim() ? title.trim() : null,
    // As JSON (a YAML date becomes its ISO string), to be kept with the map.
    frontMatter:
      frontMatter !== null && typeof frontMatter === "object" && !Array.isArray(frontMatter)
        ? JSON.parse(JSON.stringify(frontMatter))
        : null,
  };
}

/**
 * `source` read and modelled by @argdown/core 1.7.5 (ParserPlugin, then
 * DataPlugin and ModelPlugin in Argdown's default "loose" mode) as plain
 * data: `{ model }`, null when it holds nothing but front matter and blank
 * lines, or `{ error }` with a line (when known) for the first lexer or
 * parser error, for the mistakes in checkTokens, for data that is not
 * YAML, and for anything the model plugin refuses (e.g. two
 * premise–conclusion structures for one argument). Any exception is a bug.
 * @param {string} source
 * @returns {ArgdownRead}
 */
export function readArgdown(source) {
  try {
    return { model: modelOf(source) };
  } catch (error) {
    if (error instanceof ReadError) return { error: error.read };
    throw error;
  }
}
