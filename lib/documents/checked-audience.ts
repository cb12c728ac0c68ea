import { audienceGroupsWhere } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import type { AnnotationVisibility } from "@/lib/validation/annotation";

/**
 * The visibility and group to store for `userId`'s annotation or map on a
 * document. A "group" visibility must name a group they belong to whose
 * members can read the document (audienceGroupsWhere); otherwise throws
 * InvalidInputError naming "groupId". Other visibilities store no group.
 */
export async function checkedAudience(
  tx: Tx,
  userId: string,
  document: { id: string; visibility: "PRIVATE" | "EVERYONE" },
  audience: { visibility: AnnotationVisibility; groupId?: string | null },
): Promise<{ visibility: AnnotationVisibility; groupId: string | null }> {
  if (audience.visibility !== "group") return { visibility: audience.visibility, groupId: null };
  const group = audience.groupId
    ? await tx.group.findFirst({
        where: { id: audience.groupId, ...audienceGroupsWhere(userId, document) },
        select: { id: true },
      })
    : null;
  if (!group) {
    throw new InvalidInputError("groupId", "groupId: not a group of yours that this document is shared with");
  }
  return { visibility: "group", groupId: group.id };
}
