import type { Db } from "@/lib/db/client";
import { changeMap } from "./visible-map";

/** The owner deletes a map and its history. NotFoundError / ForbiddenError otherwise. */
export async function deleteMap(db: Db, userId: string, id: string) {
  return changeMap(db, userId, id, "manage", async (tx) => {
    await tx.argumentMap.delete({ where: { id } });
    return { id };
  });
}
