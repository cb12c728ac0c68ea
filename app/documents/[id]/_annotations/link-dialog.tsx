"use client";

import { useId, useState, type FormEvent } from "react";
import type { AnnotationView } from "@/lib/validation/annotation";
import type { Relation } from "@/lib/validation/argument-map";
import { KIND_LABELS } from "./kinds";

type Props = {
  source: AnnotationView;
  candidates: AnnotationView[];
  /** A target picked by clicking its highlight in the text while this is open. */
  pickedId: string | null;
  onLink: (targetId: string, relation: Relation) => Promise<void>;
  onCancel: () => void;
};

const RELATIONS: [Relation, string, string][] = [
  ["supports", "Supports", "is a reason for it"],
  ["attacks", "Attacks", "is a reason against it"],
  ["undercuts", "Undercuts", "attacks the link between it and a reason given for it"],
];

function shorten(text: string) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
}

/**
 * Links the selected annotation to another: pick the target from a
 * searchable list (or click its highlight in the text) and the relation.
 */
export function LinkDialog({ source, candidates, pickedId, onLink, onCancel }: Props) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [relation, setRelation] = useState<Relation>("supports");
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const targetId = pickedId ?? chosen;
  const shown = candidates.filter(
    (c) =>
      c.id !== source.id && !c.deleted && `${c.target.exact} ${c.comment}`.toLowerCase().includes(query.toLowerCase()),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!targetId) return setError("Choose the annotation to link to");
    try {
      await onLink(targetId, relation);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not link");
    }
  }

  return (
    <form role="dialog" aria-label="Link annotation" className="link-dialog stack compact" onSubmit={submit}>
      <label>
        Find the target
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Type to filter, or click a highlight in the text"
          aria-controls={listId}
        />
      </label>
      <div role="listbox" id={listId} aria-label="Target annotation" className="link-targets" tabIndex={-1}>
        {shown.map((candidate) => (
          <div
            key={candidate.id}
            role="option"
            tabIndex={0}
            aria-selected={candidate.id === targetId}
            onClick={() => setChosen(candidate.id)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                setChosen(candidate.id);
              }
            }}
          >
            <strong>{KIND_LABELS[candidate.kind]}</strong> {shorten(candidate.target.exact)}
          </div>
        ))}
        {shown.length === 0 && <p className="hint">No other annotations match.</p>}
      </div>
      <fieldset className="relations">
        <legend>Relation</legend>
        {RELATIONS.map(([value, label, hint]) => (
          <label key={value} title={hint}>
            <input
              type="radio"
              name="relation"
              value={value}
              checked={relation === value}
              onChange={() => setRelation(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit">Link</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
