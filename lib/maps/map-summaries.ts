import { canEditMapGraph, canManageMap, visibleMapsSql, type DocumentRole } from "@/lib/auth/permissions";

/** A map as a list of maps reads it: the row, its owner and group, and whether the reader belongs to that group. */
export type MapRow = {
  id: string;
  title: string;
  visibility: "private" | "group" | "everyone";
  groupId: string | null;
  version: number;
  /** A Date through Prisma; a timestamp with its offset from JSON (mapRowsJsonSql). */
  updatedAt: Date | string;
  ownerId: string;
  owner: { id: string; name: string };
  group: { id: string; name: string } | null;
  inGroup: boolean;
};

/**
 * The maps `userId` sees (rows already allowed by the visibility rule), as
 * the reader page and GET …/maps give them: their own first, then those
 * others share, each with what the reader may do to it.
 */
export function mapSummaries(userId: string, role: DocumentRole, rows: readonly MapRow[]) {
  const maps = rows.map(({ id, title, visibility, groupId, version, updatedAt, ownerId, owner, group, inGroup }) => {
    const audience = { authorId: ownerId, visibility, groupId };
    return {
      id,
      title,
      visibility,
      version,
      owner: { id: owner.id, name: owner.name },
      group: group && { id: group.id, name: group.name },
      isOwn: ownerId === userId,
      canEdit: canEditMapGraph(userId, role, audience, inGroup),
      canManage: canManageMap(userId, role, audience),
      updatedAt: new Date(updatedAt).toISOString(),
    };
  });
  return [...maps.filter((map) => map.isOwn), ...maps.filter((map) => !map.isOwn)];
}

export type MapSummary = ReturnType<typeof mapSummaries>[number];

/**
 * The MapRows of the document aliased `d` that the reader `userParam` sees
 * (visibleMapsSql, hidden authors left to the caller), oldest first, as one
 * JSON array: a column of the reader page's one statement.
 */
export function mapRowsJsonSql(userParam: string): string {
  return `(select coalesce(json_agg(json_build_object(
      'id', am.id, 'title', am.title, 'visibility', am.visibility, 'groupId', am."groupId", 'version', am.version,
      'updatedAt', am."updatedAt", 'ownerId', am."ownerId", 'owner', json_build_object('id', o.id, 'name', o.name),
      'group', case when g.id is null then null else json_build_object('id', g.id, 'name', g.name) end,
      'inGroup', exists(select 1 from "GroupMember" m where m."groupId" = am."groupId" and m."userId" = ${userParam}))
    order by am."createdAt", am.id), '[]'::json)
    from "ArgumentMap" am join "User" o on o.id = am."ownerId" left join "Group" g on g.id = am."groupId"
    where ${visibleMapsSql(userParam)})`;
}
