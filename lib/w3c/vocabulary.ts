/**
 * The W3C Web Annotation terms Warrant writes and reads, in one place so the
 * serializer (w3c-serialize.ts) and the parser (w3c-parse.ts) cannot drift
 * apart. Terms are spelled as compacted against the anno.jsonld context.
 *
 * - `context`: the JSON-LD context every exported document carries; the
 *   parser also takes the https spelling, which names the same context.
 * - `tombstone`: the extra type of a deleted annotation kept as a placeholder
 *   for its replies. "as:" is a prefix anno.jsonld itself defines (Activity
 *   Streams), so the type stays a proper IRI without a second context.
 * - Body purposes: the kind is a `classifying` body, the comment a
 *   `commenting` one, each free tag a `tagging` one, a reply's text a
 *   `replying` one — all from the Web Annotation vocabulary's list.
 */
export const W3C_TERMS = {
  context: "http://www.w3.org/ns/anno.jsonld",
  contextAliases: ["http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"],
  tombstone: "as:Tombstone",
  tombstoneAliases: [
    "as:Tombstone",
    "http://www.w3.org/ns/activitystreams#Tombstone",
    "https://www.w3.org/ns/activitystreams#Tombstone",
  ],
  purpose: {
    kind: "classifying",
    comment: "commenting",
    tag: "tagging",
    reply: "replying",
  },
} as const;
