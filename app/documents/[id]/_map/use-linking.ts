"use client";

import { useCallback, useMemo, useState } from "react";
import { ensureAnnotationNode, linkStatements } from "@/lib/argument/edit-map";
import type { Relation } from "@/lib/validation/argument-map";
import type { AnnotationView } from "@/lib/validation/annotation";
import type { useMaps } from "./use-maps";

/**
 * Linking one annotation to another from the margin: which annotation the
 * reader links from, the target picked in the text, and the link itself,
 * written into the reader's own map (made as "Map 1" when there is none).
 */
export function useLinking(annotations: AnnotationView[], maps: ReturnType<typeof useMaps>) {
  const [from, setFrom] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);

  const link = useCallback(
    async (fromId: string, toId: string, relation: Relation) => {
      const source = annotations.find((a) => a.id === fromId)!;
      const destination = annotations.find((a) => a.id === toId)!;
      await maps.ensureMap();
      maps.edit((graph) => {
        const withFrom = ensureAnnotationNode(graph, {
          id: source.id,
          kind: source.kind,
          quote: source.target.exact,
        });
        const withTo = ensureAnnotationNode(withFrom.graph, {
          id: destination.id,
          kind: destination.kind,
          quote: destination.target.exact,
        });
        let argumentId: string | undefined;
        if (relation === "undercuts") {
          argumentId = withTo.graph.arguments.find((a) => a.conclusionId === withTo.nodeId)?.id;
          if (!argumentId)
            throw new Error(
              "Nothing supports that annotation yet, so there is no reason-to-conclusion link to undercut",
            );
        }
        return linkStatements(withTo.graph, withFrom.nodeId, withTo.nodeId, relation, argumentId);
      });
      setFrom(null);
      setTarget(null);
    },
    [annotations, maps],
  );

  return useMemo(
    () => ({
      from,
      target,
      start: (id: string) => {
        setFrom(id);
        setTarget(null);
      },
      pick: setTarget,
      cancel: () => setFrom(null),
      link,
    }),
    [from, target, link],
  );
}
