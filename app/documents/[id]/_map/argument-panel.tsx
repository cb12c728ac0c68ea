"use client";

import { SCHEMES, schemeById } from "@/lib/argument/schemes";
import type { MapArgument, MapGraph } from "@/lib/validation/argument-map";

type Props = {
  graph: MapGraph;
  argument: MapArgument;
  canEdit: boolean;
  onScheme: (scheme: string | null) => void;
  onAnswer: (question: number, answer: "open" | "answered" | "fails") => void;
  onJoin: () => void;
  onSplit: () => void;
  onRemove: () => void;
  onClose: () => void;
};

function label(graph: MapGraph, nodeId: string) {
  const text = graph.nodes.find((node) => node.id === nodeId)?.text ?? "";
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/**
 * One support inference: its premises and conclusion, linked or not, its
 * argumentation scheme and that scheme's critical questions as a checklist.
 */
export function ArgumentPanel({ graph, argument, canEdit, ...on }: Props) {
  const scheme = argument.scheme ? schemeById(argument.scheme) : undefined;
  const siblings = graph.arguments.filter((a) => a.conclusionId === argument.conclusionId && a.id !== argument.id);
  return (
    <section className="map-side-panel" aria-label="Argument">
      <h3>{argument.premiseIds.length > 1 ? "Linked argument" : "Argument"}</h3>
      <p className="hint">
        {argument.premiseIds
          .map((id) => `“${label(graph, id)}”`)
          .join(argument.premiseIds.length > 1 ? " together with " : "")}{" "}
        supports “{label(graph, argument.conclusionId)}”.
      </p>
      <label className="inline-label">
        Scheme
        <select
          value={argument.scheme ?? ""}
          disabled={!canEdit}
          onChange={(event) => on.onScheme(event.target.value || null)}
        >
          <option value="">No scheme</option>
          {SCHEMES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {scheme && (
        <fieldset className="critical-questions">
          <legend>Critical questions</legend>
          {scheme.criticalQuestions.map((question, index) => (
            <label key={question}>
              <input
                type="checkbox"
                disabled={!canEdit}
                checked={argument.answers[String(index)] === "answered"}
                onChange={(event) => on.onAnswer(index, event.target.checked ? "answered" : "open")}
              />
              {question}
            </label>
          ))}
        </fieldset>
      )}
      {canEdit && (
        <div className="row">
          {siblings.length > 0 && (
            <button type="button" className="secondary" onClick={on.onJoin}>
              Join with other reasons into a linked argument
            </button>
          )}
          {argument.premiseIds.length > 1 && (
            <button type="button" className="secondary" onClick={on.onSplit}>
              Split into independent reasons
            </button>
          )}
          <button type="button" className="danger" onClick={on.onRemove}>
            Remove link
          </button>
        </div>
      )}
      <button type="button" className="link-button" onClick={on.onClose}>
        Close
      </button>
    </section>
  );
}
