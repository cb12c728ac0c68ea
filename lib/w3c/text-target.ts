import { z } from "zod";
import { MAX_QUOTE_LENGTH, QUOTE_CONTEXT_LENGTH, ZTextTarget, type TextTarget } from "@/lib/validation/annotation";
import { W3CParseError } from "./parse-error";

const NEEDS_QUOTE =
  "The annotation needs a TextQuoteSelector (the quoted passage) so it can be placed in the document; " +
  "a position alone is not enough, and RangeSelector, CssSelector and XPathSelector are not supported.";

const ZQuote = z.object({
  exact: z
    .string("the TextQuoteSelector's exact text must be a string")
    .min(1, "the TextQuoteSelector's exact text is empty")
    .max(MAX_QUOTE_LENGTH, `the quoted passage must be at most ${MAX_QUOTE_LENGTH} characters`),
  prefix: z.string("the TextQuoteSelector's prefix must be a string").optional(),
  suffix: z.string("the TextQuoteSelector's suffix must be a string").optional(),
});

const POSITION_MESSAGE = "a TextPositionSelector's start and end must be whole numbers with 0 ≤ start < end";
const ZPosition = z
  .object({
    start: z.number(POSITION_MESSAGE).int(POSITION_MESSAGE).min(0, POSITION_MESSAGE),
    end: z.number(POSITION_MESSAGE).int(POSITION_MESSAGE),
  })
  .refine((position) => position.end > position.start, { message: POSITION_MESSAGE, path: ["end"] });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The index of the first selector of `type`, or -1. */
function indexOfType(selectors: unknown[], type: string): number {
  return selectors.findIndex((selector) => isObject(selector) && selector.type === type);
}

// Each keeps the context next to the quote: Warrant stores at most
// QUOTE_CONTEXT_LENGTH characters each side, and other tools may keep more.
// A surrogate pair cut in half at the far end is dropped, not kept broken.

/** The end of `prefix` nearest the quote. */
function prefixNearQuote(prefix: string): string {
  if (prefix.length <= QUOTE_CONTEXT_LENGTH) return prefix;
  return prefix.slice(-QUOTE_CONTEXT_LENGTH).replace(/^[\uDC00-\uDFFF]/, "");
}

/** The start of `suffix` nearest the quote. */
function suffixNearQuote(suffix: string): string {
  if (suffix.length <= QUOTE_CONTEXT_LENGTH) return suffix;
  return suffix.slice(0, QUOTE_CONTEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, "");
}

/**
 * The passage a W3C Web Annotation `target` (found at `path`) selects, as a
 * TextTarget. Accepts one target — an object, or a one-item list — with a
 * `selector` (an object or a list of alternatives) holding a
 * TextQuoteSelector; other selector types beside it are ignored, `source`
 * is not checked (the caller decides which document receives the import)
 * and unknown properties are ignored.
 *
 * With a TextPositionSelector too, start/end come from it and
 * `positionKnown` is true. Without one, `positionKnown` is false and the
 * target still satisfies ZTextTarget (start 0, end the quote's length): it
 * must be re-anchored by its quote, which is what the importer does for
 * every annotation anyway. Prefix and suffix are cut to the
 * QUOTE_CONTEXT_LENGTH characters nearest the quote. Throws W3CParseError.
 */
export function parseW3CTextTarget(target: unknown, path: string): { target: TextTarget; positionKnown: boolean } {
  if (Array.isArray(target)) {
    if (target.length !== 1) {
      const message =
        target.length === 0 ? "The annotation has no target." : "Annotations with several targets are not supported.";
      throw new W3CParseError(path, message);
    }
    return parseW3CTextTarget(target[0], W3CParseError.pathOf(path, 0));
  }
  if (target === undefined) throw new W3CParseError(path, "The annotation has no target.");
  if (!isObject(target)) throw new W3CParseError(path, NEEDS_QUOTE);

  const selectorPath = W3CParseError.pathOf(path, "selector");
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const at = (index: number) =>
    Array.isArray(target.selector) ? W3CParseError.pathOf(selectorPath, index) : selectorPath;
  const quoteIndex = indexOfType(selectors, "TextQuoteSelector");
  if (quoteIndex < 0) throw new W3CParseError(selectorPath, NEEDS_QUOTE);
  const quote = W3CParseError.check(ZQuote, selectors[quoteIndex], at(quoteIndex));

  const positionIndex = indexOfType(selectors, "TextPositionSelector");
  const position =
    positionIndex < 0 ? undefined : W3CParseError.check(ZPosition, selectors[positionIndex], at(positionIndex));

  const parsed = W3CParseError.check(
    ZTextTarget,
    {
      exact: quote.exact,
      prefix: prefixNearQuote(quote.prefix ?? ""),
      suffix: suffixNearQuote(quote.suffix ?? ""),
      start: position?.start ?? 0,
      end: position?.end ?? quote.exact.length,
    },
    selectorPath,
  );
  return { target: parsed, positionKnown: position !== undefined };
}
