import { describe, expect, it } from "vitest";
import { MAX_QUOTE_LENGTH } from "@/lib/validation/annotation";
import { parseW3CAnnotations } from "@/lib/w3c/parse";
import { W3CParseError } from "@/lib/w3c/parse-error";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const QUOTE = { type: "TextQuoteSelector", exact: "liberty", prefix: "the ", suffix: " of" };
const POSITION = { type: "TextPositionSelector", start: 4, end: 11 };
const TARGET = { exact: "liberty", prefix: "the ", suffix: " of", start: 4, end: 11 };

/** A minimal annotation Warrant can import, without its own @context (as inside a page). */
function annotation(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "Annotation",
    id: "https://example.org/anno/1",
    target: { source: "https://example.org/doc", selector: [QUOTE, POSITION] },
    ...extra,
  };
}

function collectionOf(items: unknown[]): Record<string, unknown> {
  return {
    "@context": CONTEXT,
    id: "https://example.org/c",
    type: "AnnotationCollection",
    total: items.length,
    first: { id: "https://example.org/c?page=0", type: "AnnotationPage", startIndex: 0, items },
  };
}

/** The W3CParseError `run` throws, as { path, message }. */
function errorOf(run: () => unknown): { path: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof W3CParseError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error("expected a W3CParseError");
}

const NOTE = { kind: "note", comment: "", tags: [], target: TARGET, positionKnown: true };

describe("parseW3CAnnotations: accepted shapes", () => {
  it("a single Annotation", () => {
    expect(parseW3CAnnotations({ "@context": CONTEXT, ...annotation() })).toEqual({
      annotations: [{ sourceId: "https://example.org/anno/1", ...NOTE }],
      replies: [],
      placeholders: [],
    });
  });

  it("a list of Annotations, each with its own @context", () => {
    const list = [
      { "@context": CONTEXT, ...annotation() },
      {
        "@context": [CONTEXT, { extra: "http://example.org/ns#" }],
        ...annotation({ id: "https://example.org/anno/2" }),
      },
    ];
    expect(parseW3CAnnotations(list).annotations.map((parsed) => parsed.sourceId)).toEqual([
      "https://example.org/anno/1",
      "https://example.org/anno/2",
    ]);
  });

  it("an AnnotationPage's items", () => {
    const page = { "@context": CONTEXT, id: "https://example.org/p", type: "AnnotationPage", items: [annotation()] };
    expect(parseW3CAnnotations(page).annotations).toEqual([{ sourceId: "https://example.org/anno/1", ...NOTE }]);
  });

  it("an AnnotationCollection with its first page embedded, and an empty one without a page", () => {
    expect(parseW3CAnnotations(collectionOf([annotation()])).annotations).toHaveLength(1);
    const empty = { "@context": CONTEXT, id: "https://example.org/c", type: "AnnotationCollection", total: 0 };
    expect(parseW3CAnnotations(empty)).toEqual({ annotations: [], replies: [], placeholders: [] });
    const { total: _total, ...untold } = empty;
    expect(parseW3CAnnotations(untold)).toEqual({ annotations: [], replies: [], placeholders: [] });
  });

  it("takes a TextPositionSelector wherever it stands among the selectors, and no context as empty", () => {
    const { prefix: _prefix, suffix: _suffix, ...bare } = QUOTE;
    const [parsed] = parseW3CAnnotations(
      collectionOf([annotation({ target: { selector: [POSITION, bare] } })]),
    ).annotations;
    expect(parsed.target).toEqual({ ...TARGET, prefix: "", suffix: "" });
    expect(parsed.positionKnown).toBe(true);
  });

  it("ignores a selector that is null or not an object beside the quote", () => {
    const [parsed] = parseW3CAnnotations(
      collectionOf([annotation({ target: { selector: [null, 7, QUOTE] } })]),
    ).annotations;
    expect(parsed).toMatchObject({ target: { ...TARGET, start: 0, end: 7 }, positionKnown: false });
  });

  it("takes one kind said twice, in any case", () => {
    const kind = (value: string) => ({ type: "TextualBody", purpose: "classifying", value });
    const [parsed] = parseW3CAnnotations(
      collectionOf([annotation({ body: [kind("Claim"), kind("claim ")] })]),
    ).annotations;
    expect(parsed.kind).toBe("claim");
  });

  it("a body or selector given as one object, a bodyValue, IRI bodies skipped, unknown properties ignored", () => {
    const parsed = parseW3CAnnotations([
      {
        "@context": "https://www.w3.org/ns/anno.jsonld",
        ...annotation({
          body: { type: "TextualBody", purpose: "classifying", value: " Claim ", language: "en" },
          target: { source: "https://example.org/doc", selector: QUOTE, styleClass: "x" },
          stylesheet: "https://example.org/style.css",
        }),
      },
      { "@context": CONTEXT, ...annotation({ bodyValue: "Plain comment", id: undefined }) },
      {
        "@context": CONTEXT,
        ...annotation({
          body: ["https://example.org/comment/1", { id: "https://example.org/audio", format: "audio/mpeg" }],
        }),
      },
    ]);
    expect(parsed.annotations).toEqual([
      {
        sourceId: "https://example.org/anno/1",
        kind: "claim",
        comment: "",
        tags: [],
        target: { ...TARGET, start: 0, end: 7 },
        positionKnown: false,
      },
      { ...NOTE, comment: "Plain comment" },
      { sourceId: "https://example.org/anno/1", ...NOTE },
    ]);
  });

  it("keeps the 32 characters of context nearest the quote", () => {
    const long = "x".repeat(40);
    const quote = { ...QUOTE, prefix: `${long}ABCD`, suffix: `ABCD${long}` };
    const [parsed] = parseW3CAnnotations(collectionOf([annotation({ target: { selector: quote } })])).annotations;
    expect(parsed.target.prefix).toBe(`${"x".repeat(28)}ABCD`);
    expect(parsed.target.suffix).toBe(`ABCD${"x".repeat(28)}`);
  });

  it("drops a character cut in half at the far end of the context, and keeps whole ones", () => {
    const contextOf = (prefix: string, suffix: string) =>
      parseW3CAnnotations(collectionOf([annotation({ target: { selector: { ...QUOTE, prefix, suffix } } })]))
        .annotations[0].target;
    // 😀 is two UTF-16 units; 32 units from the quote end in the middle of it.
    const cut = contextOf(`xx😀${"y".repeat(31)}`, `${"y".repeat(31)}😀xx`);
    expect(cut.prefix).toBe("y".repeat(31));
    expect(cut.suffix).toBe("y".repeat(31));
    const whole = contextOf(`${"x".repeat(20)}a😀${"y".repeat(20)}`, `${"y".repeat(20)}😀a${"x".repeat(20)}`);
    expect(whole.prefix).toBe(`${"x".repeat(9)}a😀${"y".repeat(20)}`);
    expect(whole.suffix).toBe(`${"y".repeat(20)}😀a${"x".repeat(9)}`);
    // Context of 32 units or fewer is not cut, so nothing of it is dropped, not even a stray half.
    const uncut = contextOf(`\uDC00${"y".repeat(31)}`, `${"y".repeat(31)}\uD800`);
    expect(uncut.prefix).toBe(`\uDC00${"y".repeat(31)}`);
    expect(uncut.suffix).toBe(`${"y".repeat(31)}\uD800`);
  });

  it("splits comments, tags and the kind by purpose; several comment bodies become paragraphs", () => {
    const [parsed] = parseW3CAnnotations(
      collectionOf([
        annotation({
          body: [
            { type: "TextualBody", purpose: "commenting", value: "First." },
            { type: "TextualBody", purpose: ["tagging"], value: " claim " },
            { type: "TextualBody", value: "Second." },
            { type: "TextualBody", purpose: "classifying", value: "objection" },
            { type: "TextualBody", purpose: "tagging", value: "claim" },
          ],
        }),
      ]),
    ).annotations;
    expect(parsed).toMatchObject({ kind: "objection", comment: "First.\n\nSecond.", tags: ["claim"] });
  });

  it("reads replies (motivation replying, target an annotation IRI) and placeholders (as:Tombstone)", () => {
    const parsed = parseW3CAnnotations(
      collectionOf([
        annotation({ type: ["Annotation", "as:Tombstone"], created: "2025-03-05T09:00:00+02:00" }),
        annotation({
          id: "https://example.org/reply/1",
          motivation: "replying",
          body: { type: "TextualBody", purpose: "replying", value: "  Agreed.  " },
          target: "https://example.org/anno/1",
          created: "2025-03-05T18:00:00Z",
        }),
        annotation({ motivation: ["replying"], bodyValue: "Me too.", target: { id: "https://example.org/anno/1" } }),
        annotation({
          motivation: "replying",
          body: [
            { type: "TextualBody", purpose: "replying", value: "Yes." },
            { type: "TextualBody", value: "And more." },
          ],
          target: ["https://example.org/anno/1"],
        }),
      ]),
    );
    expect(parsed).toEqual({
      annotations: [],
      replies: [
        { parentSourceId: "https://example.org/anno/1", body: "Agreed.", created: "2025-03-05T18:00:00.000Z" },
        { parentSourceId: "https://example.org/anno/1", body: "Me too." },
        { parentSourceId: "https://example.org/anno/1", body: "Yes.\n\nAnd more." },
      ],
      placeholders: [
        {
          sourceId: "https://example.org/anno/1",
          target: TARGET,
          positionKnown: true,
          created: "2025-03-05T07:00:00.000Z",
        },
      ],
    });
  });

  it("reads a replying annotation that targets a passage, not an annotation, as an annotation", () => {
    const parsed = parseW3CAnnotations(
      collectionOf([
        annotation({
          motivation: "replying",
          bodyValue: "A reply to the text.",
          target: { id: "https://example.org/doc", selector: [QUOTE, POSITION] },
        }),
      ]),
    );
    expect(parsed.replies).toEqual([]);
    expect(parsed.annotations).toEqual([
      { sourceId: "https://example.org/anno/1", ...NOTE, comment: "A reply to the text." },
    ]);
  });

  it("reads a Hypothesis-style annotation (quote, position and range selectors; markdown comment; tags)", () => {
    // Written by hand after the W3C model as Hypothesis exports it: no
    // motivation, an untyped-purpose markdown comment, "tagging" bodies, a
    // one-item target list whose selectors include one we do not use.
    const hypothesis = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      id: "https://hypothes.is/a/3bD9mPq2Ee-xQv8a1Kz0Yw",
      created: "2024-11-02T15:04:05.123456+00:00",
      modified: "2024-11-02T15:10:00.000000+00:00",
      creator: "acct:reader@hypothes.is",
      body: [
        { type: "TextualBody", value: "This is **the** crux of the essay.", format: "text/markdown" },
        { type: "TextualBody", purpose: "tagging", value: "crux" },
        { type: "TextualBody", purpose: "tagging", value: "harm principle" },
      ],
      target: [
        {
          source: "https://example.com/mill/on-liberty",
          selector: [
            {
              type: "RangeSelector",
              startContainer: "/main[1]/p[3]",
              startOffset: 24,
              endContainer: "/main[1]/p[3]",
              endOffset: 84,
            },
            { type: "TextPositionSelector", start: 1204, end: 1264 },
            {
              type: "TextQuoteSelector",
              exact: "the only purpose for which power can be rightfully exercised",
              prefix: "ciple is, that ",
              suffix: " over any member of a civilised ",
            },
          ],
        },
      ],
    };
    expect(parseW3CAnnotations(hypothesis)).toEqual({
      annotations: [
        {
          sourceId: "https://hypothes.is/a/3bD9mPq2Ee-xQv8a1Kz0Yw",
          kind: "note",
          comment: "This is **the** crux of the essay.",
          tags: ["crux", "harm principle"],
          target: {
            exact: "the only purpose for which power can be rightfully exercised",
            prefix: "ciple is, that ",
            suffix: " over any member of a civilised ",
            start: 1204,
            end: 1264,
          },
          positionKnown: true,
          created: "2024-11-02T15:04:05.123Z",
        },
      ],
      replies: [],
      placeholders: [],
    });
  });
});

describe("parseW3CAnnotations: errors name the path and say what is wrong", () => {
  const NOT_DATA =
    "This is not W3C Web Annotation data: expected an Annotation, a list of Annotations, " +
    "an AnnotationPage or an AnnotationCollection with its first page embedded.";
  const NO_CONTEXT = `This is not W3C Web Annotation JSON-LD: its "@context" must include ${CONTEXT}.`;
  const NEEDS_QUOTE =
    "The annotation needs a TextQuoteSelector (the quoted passage) so it can be placed in the document; " +
    "a position alone is not enough, and RangeSelector, CssSelector and XPathSelector are not supported.";
  const NOT_AN_ANNOTATION = 'Each item must be an Annotation (type "Annotation").';
  const inCollection = (fourth: Record<string, unknown>) =>
    collectionOf([annotation(), annotation(), annotation(), { ...annotation(), ...fourth }]);
  const withBody = (body: unknown) => inCollection({ body });
  const tag = (value: string) => ({ type: "TextualBody", purpose: "tagging", value });

  it.each<[string, unknown, string, string]>([
    ["a number", 42, "", NOT_DATA],
    ["an unrelated object", { name: "x" }, "", NOT_DATA],
    ["an object of another type", { "@context": CONTEXT, type: "Person" }, "type", NOT_DATA],
    ["an annotation without @context", annotation(), "@context", NO_CONTEXT],
    [
      "an annotation with another @context",
      { ...annotation(), "@context": "https://schema.org" },
      "@context",
      NO_CONTEXT,
    ],
    ["a list item without @context", [annotation()], "[0].@context", NO_CONTEXT],
    ["a page item that is not an Annotation", inCollection({ type: "Note" }), "first.items[3].type", NOT_AN_ANNOTATION],
    [
      "a page item given only by IRI",
      collectionOf(["https://example.org/anno/9"]),
      "first.items[0]",
      "This annotation is only linked, and Warrant fetches nothing: embed the annotations.",
    ],
    [
      "a collection whose first page is not embedded",
      { ...collectionOf([]), first: "https://example.org/c?page=0" },
      "first",
      "This collection's annotations are on a separate page, and Warrant fetches nothing: embed the first page in the collection.",
    ],
    [
      "a collection that continues on further pages",
      { ...collectionOf([annotation()]), first: { type: "AnnotationPage", items: [], next: "https://example.org/p2" } },
      "first.next",
      "This collection continues on further pages, which Warrant does not fetch: export it as a single page.",
    ],
    ["no target", inCollection({ target: undefined }), "first.items[3].target", "The annotation has no target."],
    [
      "a target that is only an IRI",
      inCollection({ target: "https://example.org/doc" }),
      "first.items[3].target",
      NEEDS_QUOTE,
    ],
    [
      "several targets",
      inCollection({ target: [annotation().target, annotation().target] }),
      "first.items[3].target",
      "Annotations with several targets are not supported.",
    ],
    [
      "a TextPositionSelector without a TextQuoteSelector",
      inCollection({ target: { source: "https://example.org/doc", selector: [POSITION] } }),
      "first.items[3].target.selector",
      NEEDS_QUOTE,
    ],
    [
      "a RangeSelector only",
      inCollection({ target: { selector: { type: "RangeSelector", startSelector: {}, endSelector: {} } } }),
      "first.items[3].target.selector",
      NEEDS_QUOTE,
    ],
    [
      "an empty quote",
      inCollection({ target: { selector: [{ ...QUOTE, exact: "" }, POSITION] } }),
      "first.items[3].target.selector[0].exact",
      "the TextQuoteSelector's exact text is empty",
    ],
    [
      "a position whose end is not after its start",
      inCollection({ target: { selector: [QUOTE, { ...POSITION, end: 4 }] } }),
      "first.items[3].target.selector[1].end",
      "a TextPositionSelector's start and end must be whole numbers with 0 ≤ start < end",
    ],
    [
      "an unknown kind",
      withBody([{ type: "TextualBody", purpose: "classifying", value: "hypothesis" }]),
      "first.items[3].body[0].value",
      "kind must be one of: claim, premise, evidence, objection, question, note",
    ],
    [
      "two kinds",
      withBody([
        { type: "TextualBody", purpose: "classifying", value: "claim" },
        { type: "TextualBody", purpose: "classifying", value: "premise" },
      ]),
      "first.items[3].body[1].value",
      "An annotation has one kind; this one says both claim and premise.",
    ],
    [
      "a comment over 10,000 characters",
      withBody([tag("ok"), { type: "TextualBody", purpose: "commenting", value: "x".repeat(10_001) }]),
      "first.items[3].body[1].value",
      "comment must be at most 10000 characters",
    ],
    [
      "comment bodies over 10,000 characters together",
      withBody([
        { type: "TextualBody", value: "x".repeat(5_000) },
        { type: "TextualBody", value: "x".repeat(5_000) },
      ]),
      "first.items[3].body",
      "comment must be at most 10000 characters",
    ],
    [
      "more than 20 tags",
      withBody(Array.from({ length: 21 }, (_, index) => tag(`t${index}`))),
      "first.items[3].body",
      "at most 20 tags",
    ],
    [
      "a tag over 50 characters",
      withBody([tag("fine"), tag("x".repeat(51))]),
      "first.items[3].body[1].value",
      "each tag must be at most 50 characters",
    ],
    ["an empty tag", withBody([tag("   ")]), "first.items[3].body[0].value", "tags cannot be empty"],
    [
      "a body value that is not text",
      withBody({ value: 3 }),
      "first.items[3].body.value",
      "a text body's value must be a string",
    ],
    [
      "both body and bodyValue",
      inCollection({ body: [tag("a")], bodyValue: "b" }),
      "first.items[3].bodyValue",
      "An annotation cannot have both body and bodyValue.",
    ],
    [
      "an empty reply",
      inCollection({ motivation: "replying", target: "https://example.org/anno/1", bodyValue: "  " }),
      "first.items[3].bodyValue",
      "the reply is empty",
    ],
    [
      "a created date without a timezone",
      inCollection({ created: "2025-03-01T09:00:00" }),
      "first.items[3].created",
      "created must be an ISO 8601 date-time with a timezone",
    ],
    ["an id that is not a string", inCollection({ id: 7 }), "first.items[3].id", "id must be an IRI (a string)"],
    ["null", null, "", NOT_DATA],
    ["a type that is not text", { "@context": CONTEXT, type: 7 }, "type", "type must be a string or a list of strings"],
    ["a page without @context", { type: "AnnotationPage", items: [] }, "@context", NO_CONTEXT],
    [
      "a page without items",
      { "@context": CONTEXT, type: "AnnotationPage" },
      "items",
      "An AnnotationPage lists its annotations in items.",
    ],
    ["a page item that is a number", collectionOf([42]), "first.items[0]", NOT_AN_ANNOTATION],
    ["a page item that is null", collectionOf([null]), "first.items[0]", NOT_AN_ANNOTATION],
    [
      "an item of a page at the top",
      { "@context": CONTEXT, type: "AnnotationPage", items: [annotation(), []] },
      "items[1]",
      NOT_AN_ANNOTATION,
    ],
    [
      "a page item with another @context",
      inCollection({ "@context": "https://schema.org" }),
      "first.items[3].@context",
      NO_CONTEXT,
    ],
    [
      "an item whose type is not text",
      inCollection({ type: ["Annotation", 7] }),
      "first.items[3].type",
      "type must be a string or a list of strings",
    ],
    [
      "a single annotation's own problem",
      { "@context": CONTEXT, ...annotation({ target: [] }) },
      "target",
      "The annotation has no target.",
    ],
    [
      "a collection that has annotations but no first page",
      { ...collectionOf([annotation()]), first: undefined },
      "first",
      "This collection has annotations but no first page.",
    ],
    [
      "a collection whose first page is not a page",
      { ...collectionOf([]), first: { type: "Annotation", items: [] } },
      "first.type",
      'The collection\'s first page must be an AnnotationPage (type "AnnotationPage").',
    ],
    [
      "a collection whose first page's type is not text",
      { ...collectionOf([]), first: { type: 7, items: [] } },
      "first.type",
      "type must be a string or a list of strings",
    ],
    [
      "a motivation that is not text",
      inCollection({ motivation: 7 }),
      "first.items[3].motivation",
      "motivation must be a string or a list of strings",
    ],
    [
      "a placeholder without a target",
      inCollection({ type: ["Annotation", "as:Tombstone"], target: undefined }),
      "first.items[3].target",
      "The annotation has no target.",
    ],
    [
      "a reply to two annotations",
      inCollection({ motivation: "replying", target: ["https://example.org/a/1", "https://example.org/a/2"] }),
      "first.items[3].target",
      "Annotations with several targets are not supported.",
    ],
    [
      "a reply whose target's id is not text",
      inCollection({ motivation: "replying", target: { id: 7 }, bodyValue: "Yes." }),
      "first.items[3].target.selector",
      NEEDS_QUOTE,
    ],
    [
      "an empty reply in several bodies",
      inCollection({
        motivation: "replying",
        target: "https://example.org/anno/1",
        body: [
          { type: "TextualBody", value: " " },
          { type: "TextualBody", value: " " },
        ],
      }),
      "first.items[3].body",
      "the reply is empty",
    ],
    ["an empty target list", inCollection({ target: [] }), "first.items[3].target", "The annotation has no target."],
    ["a null target", inCollection({ target: null }), "first.items[3].target", NEEDS_QUOTE],
    [
      "a quote that is not text",
      inCollection({ target: { selector: [{ ...QUOTE, exact: 7 }] } }),
      "first.items[3].target.selector[0].exact",
      "the TextQuoteSelector's exact text must be a string",
    ],
    [
      "a quote too long",
      inCollection({ target: { selector: { ...QUOTE, exact: "x".repeat(MAX_QUOTE_LENGTH + 1) } } }),
      "first.items[3].target.selector.exact",
      `the quoted passage must be at most ${MAX_QUOTE_LENGTH} characters`,
    ],
    [
      "a prefix that is not text",
      inCollection({ target: { selector: [{ ...QUOTE, prefix: 7 }] } }),
      "first.items[3].target.selector[0].prefix",
      "the TextQuoteSelector's prefix must be a string",
    ],
    [
      "a suffix that is not text",
      inCollection({ target: { selector: [{ ...QUOTE, suffix: 7 }] } }),
      "first.items[3].target.selector[0].suffix",
      "the TextQuoteSelector's suffix must be a string",
    ],
    ["a body that is a number", withBody([5]), "first.items[3].body[0]", "Each body must be an object or an IRI."],
    ["a body that is null", withBody(null), "first.items[3].body", "Each body must be an object or an IRI."],
    [
      "a body that is a list",
      withBody([[tag("a")]]),
      "first.items[3].body[0]",
      "Each body must be an object or an IRI.",
    ],
    [
      "a purpose that is not text",
      withBody([{ type: "TextualBody", purpose: 7, value: "x" }]),
      "first.items[3].body[0].purpose",
      "a body's purpose must be a string or a list of strings",
    ],
    [
      "a bodyValue that is not text",
      inCollection({ bodyValue: 7 }),
      "first.items[3].bodyValue",
      "bodyValue must be a string",
    ],
    [
      "more than 20 tags, one of them empty: the count is checked first",
      withBody([tag(""), ...Array.from({ length: 20 }, (_, index) => tag(`t${index}`))]),
      "first.items[3].body",
      "at most 20 tags",
    ],
  ])("%s", (_name, input, path, message) => {
    expect(errorOf(() => parseW3CAnnotations(input))).toEqual({ path, message });
  });

  it("throws a W3CParseError, an Error named W3CParseError", () => {
    expect(() => parseW3CAnnotations(42)).toThrow(W3CParseError);
    const error = new W3CParseError("first.items[0]", "message");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("W3CParseError");
  });
});
