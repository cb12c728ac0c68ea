import type { Db } from "@/lib/db/client";
import { toMapView } from "./map-view";
import { visibleMap } from "./visible-map";

/** A map `userId` may see. NotFoundError otherwise. */
export async function getMap(db: Db, userId: string, id: string) {
  return toMapView(await visibleMap(db, userId, id), userId);
}
