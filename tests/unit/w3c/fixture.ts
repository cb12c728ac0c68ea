import type { AnnotationView } from "@/lib/validation/annotation";

/** The serializer's inputs shared by the W3C tests. */
export const EXPORT_INPUT = {
  documentUrl: "https://warrant.example.org/documents/doc-1",
  documentTitle: "On Liberty",
  collectionUrl: "https://warrant.example.org/api/documents/doc-1/annotations?format=w3c",
  baseUrl: "https://warrant.example.org",
};

const ANN = { id: "user-ann", name: "Ann Lee" };
const BEN = { id: "user-ben", name: "Ben Okafor" };

/**
 * Three annotations in document order — one shared with a comment, tags and
 * a reply; one private with neither comment nor tags; one deleted that is
 * kept as a placeholder for its reply — plus their two replies.
 */
export const VIEWS: AnnotationView[] = [
  {
    id: "anno-1",
    documentId: "doc-1",
    author: ANN,
    kind: "claim",
    comment: "The thesis: liberty limits only harm to others.\nSee §4.",
    tags: ["thesis", "harm principle"],
    visibility: "everyone",
    group: null,
    target: {
      exact: "the only purpose for which power can be rightfully exercised",
      prefix: "That principle is, that ",
      suffix: " over any member of a civilised",
      start: 120,
      end: 180,
    },
    createdAt: "2025-03-01T09:00:00.000Z",
    updatedAt: "2025-03-02T10:30:00.000Z",
    deleted: false,
    hidden: false,
    replies: [{ id: "reply-1", author: BEN, body: "Is offence a harm?", createdAt: "2025-03-03T08:15:00.000Z" }],
  },
  {
    id: "anno-2",
    documentId: "doc-1",
    author: BEN,
    kind: "evidence",
    comment: "",
    tags: [],
    visibility: "private",
    group: null,
    target: { exact: "😀 Mill", prefix: "", suffix: " wrote", start: 0, end: 7 },
    createdAt: "2025-03-04T12:00:00.000Z",
    updatedAt: "2025-03-04T12:00:00.000Z",
    deleted: false,
    hidden: false,
    replies: [],
  },
  {
    id: "anno-3",
    documentId: "doc-1",
    author: ANN,
    kind: "objection",
    comment: "",
    tags: [],
    visibility: "everyone",
    group: null,
    target: {
      exact: "his own good",
      prefix: "physical or moral, ",
      suffix: ", is not a sufficient",
      start: 300,
      end: 312,
    },
    createdAt: "2025-03-05T07:00:00.000Z",
    updatedAt: "2025-03-06T07:00:00.000Z",
    deleted: true,
    hidden: false,
    replies: [
      { id: "reply-2", author: ANN, body: "I withdrew this objection.", createdAt: "2025-03-05T18:00:00.000Z" },
    ],
  },
];
