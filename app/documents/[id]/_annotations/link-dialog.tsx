"use client";

import { useId, useState, type FormEvent } from "react";
import { shortText } from "@/lib/argument/statement-text";
import type { AnnotationView } from "@/lib/validation/annotation";
import type { Relation } from "@/lib/validation/argument-map";
import { KIND_LABELS } from "./kinds";

type Props = {
  source: AnnotationView;
  candidates: AnnotationView[];
  /** A target picked by clicking its highlight in the text while this is open. */
  pickedId: string | null;
  /** Whether an undercut can target the annotation: only a conclusion with a reason for it has a step to undercut. */
  canUndercut: (targetId: string) => boolean;
  onLink: (targetId: string, relation: Relation) => Promise<void>;
  onCancel: () => void;
};

/** Characters of a target's passage shown in the list. */
const TARGET_PREVIEW = 90;

const RELATIONS: [Relation, string, string][] = [
  ["supports", "Supports", "is a reason for it"],
  ["attacks", "Attacks", "is a reason against it"],
  ["undercuts", "Undercuts", "attacks the link between it and a reason given for it"],
];

/** Why this link cannot be made, said before the reader sends it; null when it can. */
function refuse(
  source: AnnotationView,
  targetId: string | null,
  relation: Relation,
  canUndercut: (id: string) => boolean,
  chosen: string | null,
): string | null {
  if (chosen === source.id) return "That is the annotation you are linking from; choose another one.";
  if (relation === "undercuts" && targetId && !canUndercut(targetId)) {
    return "Nothing supports it yet, so there is no step from a reason to it to undercut. Link a reason to it first (Supports), or choose Attacks.";
  }
  return null;
}

/**
 * Links the selected annotation to another: pick the target from a
 * searchable list (or click its highlight in the text) and the relation.
 */
export function LinkDialog({ source, candidates, pickedId, canUndercut, onLink, onCancel }: Props) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [relation, setRelation] = useState<Relation>("supports");
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const refusalId = useId();
  // The target is the one chosen last, in the list or in the text: a highlight
  // clicked becomes the choice, and a later pick in the list replaces it.
  const [lastPicked, setLastPicked] = useState(pickedId);
  if (pickedId !== lastPicked) {
    setLastPicked(pickedId);
    if (pickedId) setChosen(pickedId);
  }
  const targetId = chosen === source.id ? null : chosen;
  const refusal = refuse(source, targetId, relation, canUndercut, chosen);
  const shown = candidates.filter(
    (c) =>
      c.id !== source.id && !c.deleted && `${c.target.exact} ${c.comment}`.toLowerCase().includes(query.toLowerCase()),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!targetId) return setError("Choose the annotation to link to");
    if (refusal) return;
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
            <strong>{KIND_LABELS[candidate.kind]}</strong> {shortText(candidate.target.exact, TARGET_PREVIEW)}
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
      <p role="status" className="hint link-refusal" id={refusalId}>
        {refusal}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={refusal !== null} aria-describedby={refusal ? refusalId : undefined}>
          Link
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
