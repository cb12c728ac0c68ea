import type { Tx } from "@/lib/db/client";
import { SAMPLE_SEED_KEY } from "./seed-sample-document";

/**
 * The id of the seeded sample article, or null where there is none (a
 * database nobody seeded). Whether a reader may open it is decided where it
 * is opened, by readableDocument, as for any document.
 */
export async function findSampleDocumentId(db: Tx): Promise<string | null> {
  const sample = await db.document.findUnique({ where: { seedKey: SAMPLE_SEED_KEY }, select: { id: true } });
  return sample?.id ?? null;
}
