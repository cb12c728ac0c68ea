"use client";

import { useState, type DragEvent, type RefObject } from "react";
import type { DragLinkChoices, DragRelation } from "@/lib/argument/drag-link";
import { passageDropChoices, type DroppedPassage } from "@/lib/argument/passage-drop";
import { shortText } from "@/lib/argument/statement-text";
import type { MapGraph } from "@/lib/validation/argument-map";
import { carriesPassage, droppedPassage } from "../passage-drag";
import { boxUnder, popoverAt } from "./drop-point";
import { boxText } from "./use-drag-link";

type Pending = {
  passage: DroppedPassage;
  toId: string;
  at: { x: number; y: number };
  fromText: string;
  toText: string;
  choices: DragLinkChoices;
};

/**
 * A highlighted passage dragged from the text onto a box of the map: the
 * box under the pointer is marked as the drop target while the passage is
 * over it (`over`), and a drop opens the same choice as a drag from box to
 * box (supports / attacks / undercuts, what cannot apply disabled). Only a
 * map the reader may edit takes the drop. `passageOf` finds the dropped
 * annotation among those the reader sees.
 */
export function usePassageDrop(
  graph: MapGraph,
  canEdit: boolean,
  container: RefObject<HTMLDivElement | null>,
  passageOf: (annotationId: string) => DroppedPassage | undefined,
  onLink: (passage: DroppedPassage, toId: string, relation: DragRelation) => void,
) {
  const [over, setOver] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  /** On entering a box as on moving over it: the drop is allowed by whichever came last. */
  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!canEdit || !carriesPassage(event.dataTransfer)) return;
    const toId = boxUnder(event.clientX, event.clientY) ?? null;
    if (toId !== over) setOver(toId);
    // Only a box takes the drop: elsewhere on the canvas the pointer says no.
    if (!toId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "link";
  }

  function onDragLeave(event: DragEvent<HTMLDivElement>) {
    if (!container.current?.contains(event.relatedTarget as Node | null)) setOver(null);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    setOver(null);
    const annotationId = droppedPassage(event.dataTransfer);
    const toId = boxUnder(event.clientX, event.clientY);
    const frame = container.current?.getBoundingClientRect();
    if (!canEdit || !annotationId || !toId || !frame) return;
    event.preventDefault();
    const passage = passageOf(annotationId);
    if (!passage) return;
    const choices = passageDropChoices(graph, passage, toId);
    // Its own box: nothing to link.
    if (!Object.values(choices).some(Boolean)) return;
    const at = popoverAt(event, frame);
    setPending({ passage, toId, at, fromText: shortText(passage.quote, 60), toText: boxText(graph, toId), choices });
  }

  /** Closes the popover and puts the focus on the box the passage was dropped on. */
  function finish() {
    const toId = pending?.toId;
    setPending(null);
    if (toId)
      container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(toId)}"]`)?.focus();
  }

  return {
    over,
    pending,
    dropHandlers: { onDragEnter: onDragOver, onDragOver, onDragLeave, onDrop },
    choose: (relation: DragRelation) => {
      if (pending) onLink(pending.passage, pending.toId, relation);
      finish();
    },
    cancel: finish,
  };
}
