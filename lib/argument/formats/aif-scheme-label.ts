import { ZMapArgument } from "@/lib/validation/argument-map";
import { AIF_DEFAULT_INFERENCE } from "./aif-document";
import { SCHEMES, schemeById } from "../schemes";

// AIF names an inference by the text of its RA-node: the scheme's name, or
// "Default Inference" when the analyst chose none. The Argdown exporter uses
// the same label for its inference rules, so both formats read alike.

const MAX_SCHEME_LENGTH = ZMapArgument.shape.scheme.unwrap().maxLength ?? 64;

/** Lower case, letters and digits only, without a leading "argument from". */
function normalized(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^argument from /, "");
}

const ID_BY_NAME = new Map(SCHEMES.map((scheme) => [normalized(scheme.name), scheme.id]));

/**
 * The label for a map argument's `scheme`: the catalogue's name for a known
 * scheme id ("expert-opinion" → "Argument from Expert Opinion"), any other
 * string as it is, and "Default Inference" for null.
 */
export function schemeLabel(scheme: string | null): string {
  if (scheme === null) return AIF_DEFAULT_INFERENCE;
  return schemeById(scheme)?.name ?? scheme;
}

/**
 * The map `scheme` a label stands for, the inverse of schemeLabel:
 * - null for "Default Inference" (in any case) or a blank label;
 * - a catalogued scheme's id for its id or its name, ignoring case,
 *   punctuation and a leading "Argument from" (AIFdb writes "Argument From
 *   Expert Opinion", some corpora plain "Expert Opinion");
 * - otherwise the label itself, trimmed and cut to the 64 UTF-16 units a map
 *   keeps (never inside a surrogate pair).
 */
export function schemeFromLabel(label: string): string | null {
  const trimmed = label.trim();
  if (trimmed === "" || trimmed.toLowerCase() === AIF_DEFAULT_INFERENCE.toLowerCase()) return null;
  // Stryker disable next-line ConditionalExpression: a shortcut; every catalogued id normalizes to its name's key in ID_BY_NAME.
  if (schemeById(trimmed)) return trimmed;
  const known = ID_BY_NAME.get(normalized(trimmed));
  if (known) return known;
  let cut = "";
  for (const char of trimmed) {
    if (cut.length + char.length > MAX_SCHEME_LENGTH) break;
    cut += char;
  }
  return cut.trimEnd();
}
