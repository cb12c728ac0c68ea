"use client";

import type { OnConnectEnd } from "@xyflow/react";
import { useState, type RefObject } from "react";
import { dragLinkChoices, type DragLinkChoices, type DragRelation } from "@/lib/argument/drag-link";
import { shortText } from "@/lib/argument/statement-text";
import type { MapGraph } from "@/lib/validation/argument-map";
import { boxUnder, popoverAt } from "./drop-point";

type Pending = {
  fromId: string;
  toId: string;
  at: { x: number; y: number };
  fromText: string;
  toText: string;
  choices: DragLinkChoices;
};

/** What a box says, shortened for the link popover: a statement's text, or which argument a junction is. */
export function boxText(graph: MapGraph, id: string): string {
  const node = graph.nodes.find((n) => n.id === id);
  if (node) return shortText(node.text, 60);
  const argument = graph.arguments.find((a) => a.id === id);
  const conclusion = graph.nodes.find((n) => n.id === argument?.conclusionId);
  return `the argument for ${shortText(conclusion?.text ?? "", 40)}`;
}

/**
 * Drag-to-link: a drag from a box's handle that ends on another box (on
 * its handle or anywhere on it) opens a choice of supports / attacks /
 * undercuts where it was dropped; the choice is made as one edit. The box
 * dragged from is the reason or the objection, whichever handle it left.
 */
export function useDragLink(
  graph: MapGraph,
  container: RefObject<HTMLDivElement | null>,
  onLink: (fromId: string, toId: string, relation: DragRelation) => void,
) {
  const [pending, setPending] = useState<Pending | null>(null);

  const onConnectEnd: OnConnectEnd = (event, connection) => {
    const fromId = connection.fromNode?.id;
    const point = "changedTouches" in event ? event.changedTouches[0] : event;
    const frame = container.current?.getBoundingClientRect();
    if (!fromId || !point || !frame) return;
    const toId = connection.toNode?.id ?? boxUnder(point.clientX, point.clientY);
    if (!toId || toId === fromId) return;
    const choices = dragLinkChoices(graph, fromId, toId);
    if (!Object.values(choices).some(Boolean)) return;
    const at = popoverAt(point, frame);
    setPending({ fromId, toId, at, fromText: boxText(graph, fromId), toText: boxText(graph, toId), choices });
  };

  /** Closes the popover and gives the focus back to the box the drag started from. */
  function finish() {
    const fromId = pending?.fromId;
    setPending(null);
    if (fromId)
      container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(fromId)}"]`)?.focus();
  }

  return {
    pending,
    onConnectEnd,
    choose: (relation: DragRelation) => {
      if (pending) onLink(pending.fromId, pending.toId, relation);
      finish();
    },
    cancel: finish,
  };
}
