import { audienceGroupsWhere } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";

/** The groups `userId` may make an annotation or map visible to on a document, by name. */
export async function audienceGroups(
  tx: Tx,
  userId: string,
  document: { id: string; visibility: "PRIVATE" | "EVERYONE" },
) {
  return tx.group.findMany({
    where: audienceGroupsWhere(userId, document),
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
