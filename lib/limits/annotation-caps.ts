import type { Tx } from "@/lib/db/client";
import { TooManyRequestsError } from "@/lib/errors";
import { MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT, MAX_ANNOTATIONS_PER_DOCUMENT, writeLimitsOn } from "./write-limits";

/** Nothing frees room on its own (deleting does, at once): ask the client to wait an hour, not to retry now. */
const CAP_RETRY_SECONDS = 3600;

/**
 * Refuses (429) adding `adding` annotations by `userId` to a document that
 * would then hold more than the per-document caps. Run inside the change
 * path: its lock on the document makes the count and the insert one step.
 */
export async function checkAnnotationCaps(tx: Tx, documentId: string, userId: string, adding: number) {
  if (!writeLimitsOn()) return;
  const [counts] = await tx.$queryRaw<{ total: number; theirs: number }[]>`
    select count(*)::int as total, (count(*) filter (where "authorId" = ${userId}::uuid))::int as theirs
    from "Annotation" where "documentId" = ${documentId}::uuid and "deletedAt" is null`;
  const { total = 0, theirs = 0 } = counts ?? {};
  if (theirs + adding > MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT) {
    throw new TooManyRequestsError(
      `One account may keep at most ${MAX_ANNOTATIONS_PER_AUTHOR_AND_DOCUMENT.toLocaleString("en")} annotations on a ` +
        `document; you have ${theirs.toLocaleString("en")}. Delete some before adding ${adding.toLocaleString("en")} more`,
      CAP_RETRY_SECONDS,
    );
  }
  if (total + adding > MAX_ANNOTATIONS_PER_DOCUMENT) {
    throw new TooManyRequestsError(
      `This document holds ${total.toLocaleString("en")} annotations, near its limit of ` +
        `${MAX_ANNOTATIONS_PER_DOCUMENT.toLocaleString("en")}: it has no room for ${adding.toLocaleString("en")} more`,
      CAP_RETRY_SECONDS,
    );
  }
}
