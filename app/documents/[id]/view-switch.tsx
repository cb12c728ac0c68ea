"use client";

import { countText } from "@/lib/format/count-text";

type Props = {
  mapShown: boolean;
  onShowMap: (shown: boolean) => void;
  /** How many annotations the margin lists, for its button on narrow screens. */
  annotationCount: number;
  marginOpen: boolean;
  onToggleMargin: () => void;
};

/** The id of the margin's drawer, which the "Annotations" button controls on narrow screens. */
export const MARGIN_DRAWER_ID = "margin-drawer";

/**
 * What the workspace shows. On a wide screen, "Map" opens the map beside the
 * text. Below 1,100 px (styles/small-screens.css) the map takes the whole
 * width instead, so "Text" and "Map" switch between the two, and the margin
 * is a drawer opened from "Annotations (n)".
 */
export function ViewSwitch({ mapShown, onShowMap, annotationCount, marginOpen, onToggleMargin }: Props) {
  return (
    <div className="view-switch">
      {!mapShown && (
        <button
          type="button"
          className="secondary narrow-only"
          aria-expanded={marginOpen}
          aria-controls={MARGIN_DRAWER_ID}
          onClick={onToggleMargin}
        >
          Annotations ({countText(annotationCount)})
        </button>
      )}
      <div role="group" aria-label="View" className="view-buttons">
        <button type="button" className="narrow-only" aria-pressed={!mapShown} onClick={() => onShowMap(false)}>
          Text
        </button>
        <button type="button" aria-pressed={mapShown} onClick={() => onShowMap(!mapShown)}>
          Map
        </button>
      </div>
    </div>
  );
}
