"use client";

import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { ApiError, api } from "@/app/_lib/api";
import { FieldError, errorId } from "@/app/_lib/field-error";
import { KIND_LABELS } from "@/app/documents/[id]/_annotations/kinds";
import type { ClassWork, ClassWorkItem } from "@/lib/classroom/class-work";
import { formatInCourseZone } from "@/lib/classroom/course-time";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/validation/annotation";
import type { ClassWorkFilterInput } from "@/lib/validation/classroom";

const VISIBILITY_WORDS = {
  private: "Private",
  group: "Shared with a group",
  everyone: "Shared with everyone",
} as const;

/** The filter form's fields, as the query string names them. */
type Filter = { student: string; kind: AnnotationKind | ""; from: string; to: string; staff: boolean };

/** The filters typed or picked (the staff checkbox aside): each is one query parameter the server may refuse by name. */
const TEXT_FIELDS = ["student", "kind", "from", "to"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const NO_FILTER: Filter = { student: "", kind: "", from: "", to: "", staff: false };

function asQuery(filter: Filter): ClassWorkFilterInput {
  return {
    student: filter.student || undefined,
    kind: filter.kind || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
    staff: filter.staff ? "include" : undefined,
  };
}

/**
 * The filters (Student, Kind, From, To, and the staff's own work), the
 * list they select, "Show more" for the next page, and the two downloads,
 * whose links carry the filters last applied (what the list shows).
 */
export function ClassWorkBrowser({ initial }: { initial: ClassWork }) {
  const assignmentId = initial.assignment.id;
  const zone = initial.course.timeZone;
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [applied, setApplied] = useState<Filter>(NO_FILTER);
  const [items, setItems] = useState<ClassWorkItem[]>(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(filter: Filter, cursor?: string) {
    setBusy(true);
    setError(null);
    try {
      const page = await api.classWork.list(assignmentId, asQuery(filter), cursor);
      setItems((shown) => (cursor ? [...shown, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
      setApplied(filter);
    } catch (caught) {
      setError({
        field: caught instanceof ApiError && caught.field ? caught.field : "filter",
        message: caught instanceof Error ? caught.message : "Could not load the class's work",
      });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void load(draft);
  }

  /** What each filter control needs: its id (for its label), value, change handler and, when refused, its error. */
  const control = (name: TextField) => ({
    id: `class-work-${name}`,
    value: draft[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setDraft({ ...draft, [name]: event.target.value }),
    ...(error?.field === name ? { "aria-invalid": true, "aria-describedby": errorId(name) } : {}),
  });
  const when = (iso: string) => formatInCourseZone(new Date(iso), zone);

  return (
    <>
      <form className="class-work-filters" onSubmit={submit} aria-label="Filter the class's work">
        <FilterField name="student" label="Student" error={error}>
          <select {...control("student")}>
            <option value="">All students</option>
            {initial.students.map((student) => (
              <option key={student.id} value={student.id}>
                {student.name}
                {student.removed ? " (removed)" : ""}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="kind" label="Kind" error={error}>
          <select {...control("kind")}>
            <option value="">All kinds</option>
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="from" label="From" error={error}>
          <input type="date" {...control("from")} />
        </FilterField>
        <FilterField name="to" label="To" error={error}>
          <input type="date" {...control("to")} />
        </FilterField>
        <label className="class-work-staff">
          <input
            type="checkbox"
            checked={draft.staff}
            onChange={(event) => setDraft({ ...draft, staff: event.target.checked })}
          />
          Include staff&apos;s annotations
        </label>
        <div className="row">
          <button type="submit" className="button" disabled={busy}>
            Apply filters
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => {
              setDraft(NO_FILTER);
              void load(NO_FILTER);
            }}
          >
            Clear filters
          </button>
        </div>
        {error && !(TEXT_FIELDS as readonly string[]).includes(error.field) && (
          <p role="alert" className="field-error">
            {error.message}
          </p>
        )}
      </form>

      <nav aria-label="Downloads" className="row class-work-downloads">
        <a className="button secondary" href={api.classWork.jsonLdUrl(assignmentId, asQuery(applied))} download>
          Download W3C JSON-LD
        </a>
        <a className="button secondary" href={api.classWork.csvUrl(assignmentId, asQuery(applied))} download>
          Download CSV
        </a>
      </nav>

      <p role="status" className="meta">
        {busy
          ? "Loading…"
          : `${items.length}${nextCursor ? "+" : ""} ${items.length === 1 ? "annotation" : "annotations"} shown`}
      </p>
      {items.length === 0 ? (
        <p>Nothing the class wrote matches these filters.</p>
      ) : (
        <ol className="class-work-list" aria-label="The class's annotations">
          {items.map((item) => (
            <li
              key={item.id}
              className="class-work-item"
              aria-label={`${KIND_LABELS[item.kind]} by ${item.author.name}`}
            >
              <p className="class-work-head">
                <strong>{item.author.name}</strong>
                {item.author.removed && <span className="meta"> (removed from the course)</span>}
                <span className={`class-work-kind annotation-${item.kind}`}>{KIND_LABELS[item.kind]}</span>
                <span className="meta">
                  {VISIBILITY_WORDS[item.visibility]} · <time dateTime={item.createdAt}>{when(item.createdAt)}</time>
                </span>
              </p>
              <blockquote className="class-work-quote">{item.target.exact}</blockquote>
              {item.comment && <p className="class-work-comment">{item.comment}</p>}
              {item.tags.length > 0 && <p className="meta">Tags: {item.tags.join(", ")}</p>}
              {item.replies.length > 0 && (
                <ol className="class-work-replies" aria-label={`Replies to ${item.author.name}`}>
                  {item.replies.map((reply) => (
                    <li key={reply.id}>
                      <p className="class-work-head">
                        <strong>{reply.author.name}</strong>
                        <span className="meta">
                          replied · <time dateTime={reply.createdAt}>{when(reply.createdAt)}</time>
                        </span>
                      </p>
                      <p className="class-work-comment">{reply.body}</p>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {nextCursor && (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => void load(applied, nextCursor)}
        >
          Show more
        </button>
      )}
    </>
  );
}

/** A filter's label above its control, and the server's reason below it when it refused that parameter. */
function FilterField(props: {
  name: TextField;
  label: string;
  error: { field: string; message: string } | null;
  children: ReactNode;
}) {
  return (
    <div className="class-work-field">
      <label htmlFor={`class-work-${props.name}`}>{props.label}</label>
      {props.children}
      <FieldError field={props.name} message={props.error?.field === props.name ? props.error.message : undefined} />
    </div>
  );
}
