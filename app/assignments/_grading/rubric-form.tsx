"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import type { RubricView } from "@/lib/classroom/create-rubric";
import { MAX_RUBRIC_CRITERIA, MAX_RUBRIC_LEVELS } from "@/lib/validation/classroom";
import { api } from "../../_lib/api";
import { useAttempt } from "../../_lib/use-attempt";

type Level = { id: string; label: string; points: string };
type Criterion = { id: string; title: string; levels: Level[] };

/**
 * "New rubric" for a teacher: a title and criteria, each with levels worth
 * points, saved to the course so any of its assignments can use it. Ids are
 * made here, once per row, so a grade keeps pointing at the same level.
 */
export function RubricForm({ courseId, onCreated }: { courseId: string; onCreated?: (rubric: RubricView) => void }) {
  const router = useRouter();
  const { error, busy, attempt } = useAttempt();
  const next = useRef(0);
  const newId = (prefix: string) => `${prefix}${++next.current}`;
  const newLevel = (label = "", points = ""): Level => ({ id: newId("l"), label, points });
  const newCriterion = (): Criterion => ({
    id: newId("c"),
    title: "",
    levels: [newLevel("Missing", "0"), newLevel("Complete", "2")],
  });
  const [title, setTitle] = useState("");
  const [criteria, setCriteria] = useState<Criterion[]>(() => [newCriterion()]);
  const [saved, setSaved] = useState<string | null>(null);
  const titleId = useId();

  const change = (index: number, update: (criterion: Criterion) => Criterion) =>
    setCriteria((all) => all.map((criterion, i) => (i === index ? update(criterion) : criterion)));
  const changeLevel = (index: number, levelIndex: number, update: Partial<Level>) =>
    change(index, (criterion) => ({
      ...criterion,
      levels: criterion.levels.map((level, i) => (i === levelIndex ? { ...level, ...update } : level)),
    }));
  const maxPoints = criteria.reduce(
    (sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => Number(level.points) || 0)),
    0,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    void attempt(async () => {
      const rubric = await api.grading.createRubric(courseId, {
        title,
        criteria: criteria.map((criterion) => ({
          id: criterion.id,
          title: criterion.title,
          levels: criterion.levels.map((level) => ({ id: level.id, label: level.label, points: Number(level.points) })),
        })),
      });
      setSaved(`Rubric "${rubric.title}" saved (${rubric.maxPoints} points at most).`);
      setTitle("");
      setCriteria([newCriterion()]);
      if (onCreated) onCreated(rubric);
      else router.refresh();
    });
  }

  return (
    <form className="rubric-form" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>New rubric</h2>
      <label>
        Rubric title
        <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
      </label>
      {criteria.map((criterion, index) => (
        <fieldset key={criterion.id} className="rubric-criterion">
          <legend>Criterion {index + 1}</legend>
          <label>
            Criterion {index + 1} title
            <input
              value={criterion.title}
              onChange={(event) => change(index, (c) => ({ ...c, title: event.target.value }))}
              required
              maxLength={200}
            />
          </label>
          {criterion.levels.map((level, levelIndex) => (
            <div key={level.id} className="rubric-level">
              <label>
                Criterion {index + 1}, level {levelIndex + 1} label
                <input
                  value={level.label}
                  onChange={(event) => changeLevel(index, levelIndex, { label: event.target.value })}
                  required
                  maxLength={200}
                />
              </label>
              <label>
                Points
                <input
                  type="number"
                  min={0}
                  max={1000}
                  step="any"
                  value={level.points}
                  onChange={(event) => changeLevel(index, levelIndex, { points: event.target.value })}
                  required
                  aria-label={`Criterion ${index + 1}, level ${levelIndex + 1} points`}
                />
              </label>
              {criterion.levels.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => change(index, (c) => ({ ...c, levels: c.levels.filter((_, i) => i !== levelIndex) }))}
                >
                  Remove level {levelIndex + 1} of criterion {index + 1}
                </button>
              )}
            </div>
          ))}
          <div className="actions">
            {criterion.levels.length < MAX_RUBRIC_LEVELS && (
              <button
                type="button"
                className="secondary"
                onClick={() => change(index, (c) => ({ ...c, levels: [...c.levels, newLevel()] }))}
              >
                Add a level to criterion {index + 1}
              </button>
            )}
            {criteria.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => setCriteria((all) => all.filter((_, i) => i !== index))}
              >
                Remove criterion {index + 1}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <div className="actions">
        {criteria.length < MAX_RUBRIC_CRITERIA && (
          <button type="button" className="secondary" onClick={() => setCriteria((all) => [...all, newCriterion()])}>
            Add a criterion
          </button>
        )}
        <button type="submit" disabled={busy}>
          Save rubric
        </button>
      </div>
      <p className="hint">At most {maxPoints.toLocaleString("en", { maximumFractionDigits: 3 })} points.</p>
      {saved && <p role="status">{saved}</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
