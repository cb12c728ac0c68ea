import type { Db } from "@/lib/db/client";
import { visibleMap } from "./visible-map";

/** A map `userId` may see. NotFoundError otherwise. */
export async function getMap(db: Db, userId: string, id: string) {
  return (await visibleMap(db, userId, id)).view;
}
