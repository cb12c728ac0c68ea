import fs from "node:fs";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { Db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { SAMPLE_SEED_KEY, seedSampleDocument } from "@/lib/documents/seed-sample-document";
import {
  QUOTE_CONTEXT_LENGTH,
  ZAnnotationCreate,
  type AnnotationKind,
  type AnnotationVisibility,
  type TextTarget,
} from "@/lib/validation/annotation";

/** The sample article as prisma/seed holds it. */
export const SAMPLE_TEXT = fs.readFileSync("prisma/seed/asymmetry-of-patronage.txt", "utf8");

/** The seeded sample article (readable by everyone): its id and plain-text projection. */
export async function sampleDocument(db: Db) {
  await seedSampleDocument(db, SAMPLE_TEXT);
  return db.document.findUniqueOrThrow({
    where: { seedKey: SAMPLE_SEED_KEY },
    select: { id: true, plainText: true, ownerId: true },
  });
}

/** A private document of `ownerId` made with createDocument: its id and plain-text projection. */
export async function privateDocument(db: Db, ownerId: string, text = SAMPLE_TEXT) {
  const { id } = await createDocument(db, ownerId, { format: "text", text });
  return db.document.findUniqueOrThrow({ where: { id }, select: { id: true, plainText: true, ownerId: true } });
}

/**
 * A valid target for the `occurrence`-th (0-based) `phrase` in `text`, with
 * W3C prefix/suffix of up to QUOTE_CONTEXT_LENGTH characters.
 */
export function targetOf(text: string, phrase: string, occurrence = 0): TextTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`targetOf: occurrence ${occurrence} of "${phrase}" is not in the text`);
  }
  const end = start + phrase.length;
  return {
    exact: phrase,
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    start,
    end,
  };
}

export type TestAnnotationInput = {
  kind?: AnnotationKind;
  comment?: string;
  tags?: string[];
  visibility?: AnnotationVisibility;
  groupId?: string;
  occurrence?: number;
};

/** `userId` annotates `phrase` of a document through ZAnnotationCreate and createAnnotation, as the API does. */
export async function annotate(
  db: Db,
  userId: string,
  document: { id: string; plainText: string },
  phrase: string,
  input: TestAnnotationInput = {},
) {
  const { occurrence, ...fields } = input;
  const parsed = ZAnnotationCreate.parse({
    kind: "claim",
    ...fields,
    target: targetOf(document.plainText, phrase, occurrence),
  });
  return createAnnotation(db, userId, document.id, parsed);
}
