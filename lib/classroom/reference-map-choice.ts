import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";

/**
 * A reference map a teacher picks for an assignment must be one of their
 * own maps of the assignment's document: a map of another reading could not
 * anchor to its passages, and another person's map is not theirs to reveal
 * to the class. InvalidInputError otherwise (the same for a map that does
 * not exist, so ids of others' maps are not confirmed).
 */
export async function checkReferenceMapChoice(tx: Tx, userId: string, documentId: string, mapId: string) {
  const map = await tx.argumentMap.findFirst({
    where: { id: mapId, documentId, ownerId: userId },
    select: { id: true },
  });
  if (!map) throw new InvalidInputError("referenceMapId", "referenceMapId: not a map of yours on this document");
}
