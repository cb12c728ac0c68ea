import { memberGroupsWhere } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";

/** The groups `userId` belongs to, by name, with their role and how many have joined. */
export async function listGroups(db: Tx, userId: string) {
  const rows = await db.group.findMany({
    where: memberGroupsWhere(userId),
    select: {
      id: true,
      name: true,
      createdAt: true,
      members: { where: { userId }, select: { role: true } },
      _count: { select: { members: { where: { userId: { not: null } } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    role: row.members[0]!.role,
    members: row._count.members,
  }));
}

export type GroupSummary = Awaited<ReturnType<typeof listGroups>>[number];
