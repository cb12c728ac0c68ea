"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { raisedObjection } from "@/lib/argument/question-objection";
import { filledQuestions, filledRoles, premiseRoles, quoted } from "@/lib/argument/scheme-roles";
import { SCHEMES, schemeById } from "@/lib/argument/schemes";
import type { MapArgument, MapGraph } from "@/lib/validation/argument-map";

export type Answer = "open" | "answered" | "fails";

type Props = {
  graph: MapGraph;
  argument: MapArgument;
  canEdit: boolean;
  onScheme: (scheme: string | null) => void;
  onAnswer: (question: number, answer: Answer) => void;
  onPickRole: (roleIndex: number, premiseId: string | null) => void;
  onAddPremise: (text: string) => void;
  onRaise: (question: number) => void;
  onJoin: () => void;
  onSplit: () => void;
  onRemove: () => void;
  onClose: () => void;
};

const ANSWERS: { value: Answer; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "answered", label: "Answered" },
  { value: "fails", label: "Fails" },
];

/**
 * One support inference, beside the map: its premises and conclusion, a
 * missing premise typed in place, its argumentation scheme with the roles
 * its statements play, and the scheme's critical questions read with those
 * statements — each answered, or raised as an objection in one step.
 */
export function ArgumentPanel({ graph, argument, canEdit, ...on }: Props) {
  const scheme = argument.scheme ? schemeById(argument.scheme) : undefined;
  const siblings = graph.arguments.filter((a) => a.conclusionId === argument.conclusionId && a.id !== argument.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState("");
  const unstated = new Set(graph.nodes.filter((node) => node.unstated).map((node) => node.id));

  // Opened from the map (a click or Enter on an argument), the panel takes the focus so a keyboard user lands in it.
  useEffect(() => heading.current?.focus(), [argument.id]);

  function addPremise(event: FormEvent) {
    event.preventDefault();
    if (!missing.trim()) return;
    on.onAddPremise(missing);
    setMissing("");
  }

  return (
    <section className="map-side-panel argument-panel" aria-label="Argument">
      <div className="argument-panel-head">
        <h3 ref={heading} tabIndex={-1}>
          {argument.premiseIds.length > 1 ? "Linked argument" : "Argument"}
        </h3>
        <button type="button" className="link-button" onClick={on.onClose}>
          Close
        </button>
      </div>
      <p className="argument-panel-label">{argument.premiseIds.length > 1 ? "Premises, together" : "Premise"}</p>
      <ul className="argument-panel-premises" aria-label="Premises">
        {argument.premiseIds.map((id) => (
          <li key={id}>
            {quoted(graph, id)}
            {unstated.has(id) && <span className="argument-panel-tag"> (unstated)</span>}
          </li>
        ))}
      </ul>
      <p className="argument-panel-label">Conclusion</p>
      <p className="argument-panel-conclusion">{quoted(graph, argument.conclusionId)}</p>

      {canEdit && (
        <form className="argument-panel-missing" onSubmit={addPremise}>
          <label htmlFor="missing-premise">Missing premise</label>
          <textarea
            id="missing-premise"
            rows={2}
            value={missing}
            placeholder="What the author takes for granted"
            onChange={(event) => setMissing(event.target.value)}
          />
          <button type="submit" className="secondary" disabled={!missing.trim()}>
            Add missing premise
          </button>
        </form>
      )}

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
        <fieldset className="argument-panel-roles">
          <legend>Which premise says…</legend>
          {premiseRoles(argument, scheme).map((role) => (
            <label key={role.index}>
              <span>{role.template}</span>
              <select
                value={role.premiseId ?? ""}
                disabled={!canEdit}
                onChange={(event) => on.onPickRole(role.index, event.target.value || null)}
              >
                <option value="">{role.premiseId ? "In order" : "No premise yet"}</option>
                {argument.premiseIds.map((id) => (
                  <option key={id} value={id}>
                    {quoted(graph, id)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <dl className="argument-panel-fillings" aria-label="In this argument">
            {filledRoles(graph, argument, scheme).map((role) => (
              <div key={role.token}>
                <dt>{role.token}</dt>
                <dd>{role.text}</dd>
              </div>
            ))}
          </dl>
        </fieldset>
      )}

      {scheme && (
        <fieldset className="critical-questions">
          <legend>Critical questions</legend>
          <ol>
            {filledQuestions(graph, argument, scheme).map((question) => {
              const raised = raisedObjection(graph, argument.id, question.index);
              return (
                <li key={question.index} className={`question-${question.answer}`}>
                  <p id={`question-${question.index}`}>{question.text}</p>
                  <div className="row">
                    <label className="inline-label">
                      Answer
                      <select
                        aria-describedby={`question-${question.index}`}
                        value={question.answer}
                        disabled={!canEdit}
                        onChange={(event) => on.onAnswer(question.index, event.target.value as Answer)}
                      >
                        {ANSWERS.map(({ value, label }) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </label>
                    {raised ? (
                      <span className="argument-panel-tag">Raised as objection</span>
                    ) : (
                      canEdit &&
                      question.answer === "open" && (
                        <button
                          type="button"
                          className="secondary"
                          aria-describedby={`question-${question.index}`}
                          onClick={() => on.onRaise(question.index)}
                        >
                          Raise as objection
                        </button>
                      )
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
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
    </section>
  );
}
