import { z } from "zod";
import { NODE_KINDS, ZMapArgument } from "@/lib/validation/argument-map";

// Warrant's fields as Argdown data: the "{…}" after a statement or inside
// an inference ("-- rule {…} --"), which @argdown/core's DataPlugin reads
// as YAML. Argdown itself only looks at a few keys (isInMap, isGroup…), so
// these pass through other Argdown tools untouched.

/** A value Warrant writes as data. */
export type ArgdownDataValue =
  string | number | boolean | null | ArgdownDataValue[] | { [key: string]: ArgdownDataValue | undefined };

// Characters a data string must not hold literally: braces could end the
// Data token early (its pattern stops at "} x"), "\u2028" and "\u2029" also
// end it, "===" would end front matter, and js-yaml refuses non-printable
// characters.
const UNSAFE_IN_DATA = /[{}=\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

function yamlString(value: string): string {
  // JSON strings are YAML double-quoted scalars; JSON.stringify already
  // escapes control characters and lone surrogates.
  return JSON.stringify(value).replace(
    UNSAFE_IN_DATA,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const yamlKey = (name: string) => (/^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : yamlString(name));

function yamlValue(value: ArgdownDataValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return yamlString(value);
  // js-yaml reads "-0" as the integer 0; "-0.0" is the float -0.
  if (typeof value === "number") return Object.is(value, -0) ? "-0.0" : String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(", ")}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined) as [string, ArgdownDataValue][];
  return `{${entries.map(([name, item]) => `${yamlKey(name)}: ${yamlValue(item)}`).join(", ")}}`;
}

/**
 * `fields` as one line of Argdown data, e.g. `{kind: "claim", position:
 * {x: 10, y: -4.5}}`: a YAML flow mapping, strings JSON-quoted, undefined
 * fields left out. Null when nothing is left (so no "{}" is written).
 * Numbers must be finite.
 */
export function argdownData(fields: Record<string, ArgdownDataValue | undefined>): string | null {
  const text = yamlValue(fields);
  return text === "{}" ? null : text;
}

/**
 * `fields` as Argdown front matter ("===", one YAML line per field, "===").
 * Strings never contain a literal "=", so the block cannot end early.
 */
export function argdownFrontMatter(fields: Record<string, ArgdownDataValue | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${yamlKey(name)}: ${yamlValue(value as ArgdownDataValue)}`);
  return ["===", ...lines, "==="].join("\n");
}

/**
 * The data Warrant reads on a statement; every field is optional, so plain
 * Argdown reads as kind "statement" with no annotation and no position.
 * `text`, when present, is the exact statement text, written only when it
 * holds line breaks, which an Argdown statement cannot.
 */
export const ZArgdownStatementData = z.object({
  kind: z.enum(NODE_KINDS, `kind must be one of: ${NODE_KINDS.join(", ")}`).optional(),
  annotation: z.uuid("annotation must be a UUID").optional(),
  position: z
    .object({ x: z.number().finite(), y: z.number().finite() }, "position must be {x: number, y: number}")
    .optional(),
  text: z.string("text must be a string").optional(),
  /** A premise the reader added as unstated (MapNode.unstated); Warrant writes only `true`. */
  unstated: z.boolean("unstated must be true or false").optional(),
});

/**
 * The data Warrant reads on an inference: `scheme` (exact, written only
 * when the inference rule does not name it exactly), `answers` to the
 * scheme's critical questions, `roles` (which numbered premise plays which
 * of the scheme's premises), and Argdown's own `uses` (the numbers of the
 * premises this inference draws on).
 */
export const ZArgdownInferenceData = z.object({
  scheme: ZMapArgument.shape.scheme.optional(),
  answers: ZMapArgument.shape.answers.optional(),
  uses: z.array(z.number().int().min(1), "uses must be a list of premise numbers").optional(),
  /**
   * The scheme roles the reader picked (MapArgument.roles): scheme premise
   * index → the number of the premise, in the argument's numbered list,
   * that plays it.
   */
  roles: z
    .record(z.string().regex(/^\d+$/, "roles are keyed by scheme premise index"), z.number().int().min(1))
    .optional(),
});
