"use client";

import { createContext, useContext } from "react";

/**
 * What map nodes can ask of the map. Passed by context, not in node data:
 * node data stays serialisable ids and text (it is what gets saved).
 */
export type MapActions = {
  openPassage: (nodeId: string) => void;
  editText: (nodeId: string, text: string) => void;
  selectArgument: (argumentId: string) => void;
  canEdit: boolean;
};

export const MapActionsContext = createContext<MapActions | null>(null);

export function useMapActions(): MapActions {
  const actions = useContext(MapActionsContext);
  if (!actions) throw new Error("Map nodes render only inside a MapActionsContext");
  return actions;
}
