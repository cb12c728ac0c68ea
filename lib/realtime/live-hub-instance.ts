import { getDb } from "@/lib/db/client";
import { getChangeListener } from "@/lib/db/change-listener";
import { EVENTS_CHANNEL } from "./change-event";
import { LiveHub } from "./live-hub";
import { PRESENCE_CHANNEL } from "./presence";

const KEY = Symbol.for("warrant.live-hub");
type Slot = { [KEY]?: LiveHub };

/** This process's live hub, started on the first stream. */
export function getLiveHub(): LiveHub {
  const slot = globalThis as Slot;
  slot[KEY] ??= new LiveHub(getDb(), getChangeListener([EVENTS_CHANNEL, PRESENCE_CHANNEL]));
  return slot[KEY];
}
