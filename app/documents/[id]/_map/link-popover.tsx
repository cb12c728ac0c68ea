"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import { DRAG_RELATIONS, type DragLinkChoices, type DragRelation } from "@/lib/argument/drag-link";

const LABELS: Record<DragRelation, string> = { supports: "Supports", attacks: "Attacks", undercuts: "Undercuts" };
const WHY_NOT: Record<DragRelation, string> = {
  supports: "only a statement can be supported",
  attacks: "only a statement can be attacked",
  undercuts: "nothing supports it yet",
};

type Props = {
  /** The dialog's name: what was dropped (boxes by default, or a passage from the text). */
  label?: string;
  /** Where the box was dropped, in px inside the canvas. */
  at: { x: number; y: number };
  fromText: string;
  toText: string;
  choices: DragLinkChoices;
  onChoose: (relation: DragRelation) => void;
  onCancel: () => void;
};

/**
 * After a box (or a passage from the text) is dragged onto another: what the link is, chosen in one
 * click or key. Focus starts on the first choice; Escape or Cancel makes
 * no link. A choice that does not apply stays visible, disabled, and says
 * why, so the three relations are always in the same place.
 */
export function LinkPopover({ label = "Link the boxes", at, fromText, toText, choices, onChoose, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  }

  const firstChoice = DRAG_RELATIONS.find((relation) => choices[relation]);
  return (
    <div
      role="dialog"
      aria-label={label}
      className="link-popover nodrag nopan"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <p className="link-popover-what">
        <q>{fromText}</q> …
      </p>
      <div className="link-popover-choices">
        {DRAG_RELATIONS.map((relation) => (
          <button
            key={relation}
            ref={relation === firstChoice ? first : undefined}
            type="button"
            className={`secondary relation-choice-${relation}`}
            disabled={!choices[relation]}
            title={choices[relation] ? undefined : WHY_NOT[relation]}
            onClick={() => onChoose(relation)}
          >
            {LABELS[relation]}
          </button>
        ))}
      </div>
      <p className="link-popover-what">
        … <q>{toText}</q>
      </p>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
