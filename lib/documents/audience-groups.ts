import { audienceGroupsSql, audienceGroupsWhere } from "@/lib/auth/permissions";
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

export type AudienceGroup = Awaited<ReturnType<typeof audienceGroups>>[number];

/**
 * audienceGroups of the document aliased `d` for the reader `userParam`, in
 * the same order, as one JSON array: a column of the reader page's one
 * statement (readable-document.ts).
 */
export function audienceGroupsJsonSql(userParam: string): string {
  return `(select coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) order by g.name, g.id), '[]'::json)
    from "Group" g where ${audienceGroupsSql(userParam)})`;
}
