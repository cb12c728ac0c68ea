import type { Db } from "@/lib/db/client";
import { visibleMap } from "./visible-map";

/** The owner deletes a map and its history. NotFoundError / ForbiddenError otherwise. */
export async function deleteMap(db: Db, userId: string, id: string) {
  await visibleMap(db, userId, id, { mustEdit: true });
  await db.argumentMap.delete({ where: { id } });
  return { id };
}
