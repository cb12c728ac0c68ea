"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { wallClockToInstant } from "@/lib/classroom/course-time";
import { ANNOTATION_KINDS } from "@/lib/validation/annotation";
import type { AssignmentCreateInput, Requirements } from "@/lib/validation/classroom";
import { ApiError, api } from "../../_lib/api";
import { errorId, FieldError } from "../../_lib/field-error";
import { failureMessage } from "../../_lib/use-attempt";
import { ReferenceMapSelect } from "../../assignments/_reference-map/reference-map-select";
import { ImportReading } from "./import-reading";

type Props = { courseId: string; timeZone: string; documents: { id: string; title: string; ownerName: string }[] };

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const count = (form: FormData, name: string) => Math.floor(Number(form.get(name) ?? 0)) || 0;

/** A datetime-local value read in the course's zone, as an instant the API takes; undefined when empty. */
function instant(form: FormData, name: string, timeZone: string): string | undefined {
  const value = text(form, name);
  return value ? wallClockToInstant(value, timeZone).toISOString() : undefined;
}

/** The requirement fields: a count of 0 (or empty) leaves that requirement out. */
function requirementsOf(form: FormData): Requirements {
  const kinds = ANNOTATION_KINDS.filter((kind) => form.get(`kind-${kind}`) === "on");
  const annotations = count(form, "annotations");
  return {
    ...(annotations > 0 && { annotations: { count: annotations, ...(kinds.length > 0 && { kinds }) } }),
    ...(count(form, "links") > 0 && { links: count(form, "links") }),
    ...(count(form, "reasons") > 0 && { map: { reasons: count(form, "reasons") } }),
    ...(form.get("scheme") === "on" && { scheme: true }),
    ...(count(form, "replies") > 0 && { replies: count(form, "replies") }),
  };
}

/**
 * "New assignment", for a course's teachers. Dates are typed as wall-clock
 * time in the course's zone (named beside each) and sent as instants; the
 * server checks everything again and names the field it refuses.
 */
export function NewAssignmentForm({ courseId, timeZone, documents }: Props) {
  const router = useRouter();
  const [latePolicy, setLatePolicy] = useState<"accept" | "refuse" | "until">("accept");
  const [mode, setMode] = useState<"individual" | "groups">("individual");
  const [imported, setImported] = useState<Props["documents"]>([]);
  const readings = [...imported, ...documents];
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? "");
  const [referenceMapId, setReferenceMapId] = useState("");
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setError(null);
    setCreated(null);
    setBusy(true);
    try {
      const input: AssignmentCreateInput = {
        documentId: text(form, "documentId"),
        title: text(form, "title"),
        instructions: String(form.get("instructions") ?? ""),
        opensAt: instant(form, "opensAt", timeZone),
        dueAt: instant(form, "dueAt", timeZone) ?? "",
        latePolicy,
        lateUntil: latePolicy === "until" ? instant(form, "lateUntil", timeZone) : undefined,
        mode,
        ...(mode === "individual"
          ? { peersVisible: text(form, "peersVisible") as "afterPosting" | "afterDue" }
          : { groupSize: count(form, "groupSize") }),
        requirements: requirementsOf(form),
        ...(referenceMapId && { referenceMapId }),
      };
      const assignment = await api.assignments.create(courseId, input);
      formElement.reset();
      setReferenceMapId("");
      setCreated(`Created “${assignment.title}”, due ${assignment.dueText}.`);
      router.refresh();
    } catch (caught) {
      setError({ field: caught instanceof ApiError ? (caught.field ?? null) : null, message: failureMessage(caught) });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const described = (field: string) => (error?.field === field ? { "aria-describedby": errorId(field) } : {});
  const zoneNote = `(${timeZone})`;

  return (
    <form className="new-assignment" onSubmit={submit} aria-label="New assignment">
      <h3>New assignment</h3>
      <label>
        Document
        <select
          name="documentId"
          required
          value={documentId}
          onChange={(event) => {
            setDocumentId(event.target.value);
            setReferenceMapId("");
          }}
          {...described("documentId")}
        >
          {readings.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title} — {document.ownerName}
            </option>
          ))}
        </select>
        <FieldError field="documentId" message={fieldError("documentId")} />
      </label>
      <ImportReading
        onImported={(document) => {
          setImported((earlier) => [{ ...document, ownerName: "you" }, ...earlier]);
          setDocumentId(document.id);
          setReferenceMapId("");
        }}
      />
      <ReferenceMapSelect
        documentId={documentId}
        value={referenceMapId}
        onChange={setReferenceMapId}
        describedBy={error?.field === "referenceMapId" ? errorId("referenceMapId") : undefined}
      />
      <FieldError field="referenceMapId" message={fieldError("referenceMapId")} />
      <label>
        Title
        <input name="title" required maxLength={200} {...described("title")} />
        <FieldError field="title" message={fieldError("title")} />
      </label>
      <label>
        Instructions (Markdown)
        <textarea name="instructions" {...described("instructions")} />
        <FieldError field="instructions" message={fieldError("instructions")} />
      </label>
      <div className="dates">
        <label>
          Opens {zoneNote}
          <input type="datetime-local" name="opensAt" {...described("opensAt")} />
          <FieldError field="opensAt" message={fieldError("opensAt")} />
        </label>
        <label>
          Due {zoneNote}
          <input type="datetime-local" name="dueAt" required {...described("dueAt")} />
          <FieldError field="dueAt" message={fieldError("dueAt")} />
        </label>
      </div>
      <label>
        Late policy
        <select
          name="latePolicy"
          value={latePolicy}
          onChange={(event) => setLatePolicy(event.target.value as typeof latePolicy)}
        >
          <option value="accept">Accept late work (marked late)</option>
          <option value="refuse">Refuse after the due date</option>
          <option value="until">Accept late work until a date</option>
        </select>
      </label>
      {latePolicy === "until" && (
        <label>
          Late work until {zoneNote}
          <input type="datetime-local" name="lateUntil" required {...described("lateUntil")} />
          <FieldError field="lateUntil" message={fieldError("lateUntil")} />
        </label>
      )}
      <label>
        Mode
        <select name="mode" value={mode} onChange={(event) => setMode(event.target.value as typeof mode)}>
          <option value="individual">Individual</option>
          <option value="groups">Small groups</option>
        </select>
      </label>
      {mode === "individual" ? (
        <label>
          Classmates&apos; annotations are shown
          <select name="peersVisible" defaultValue="afterPosting">
            <option value="afterPosting">After the student posts one of their own</option>
            <option value="afterDue">After the due date</option>
          </select>
        </label>
      ) : (
        <label>
          Students per group
          <input type="number" name="groupSize" min={2} max={50} defaultValue={3} {...described("groupSize")} />
          <FieldError field="groupSize" message={fieldError("groupSize")} />
        </label>
      )}
      <fieldset>
        <legend>Requirements (0 or empty: not required)</legend>
        <label>
          Annotations, at least
          <input type="number" name="annotations" min={0} max={500} />
        </label>
        <div className="row" role="group" aria-label="Of these kinds (none ticked: any kind)">
          {ANNOTATION_KINDS.map((kind) => (
            <label key={kind} className="checkbox-label">
              <input type="checkbox" name={`kind-${kind}`} /> {kind}
            </label>
          ))}
        </div>
        <label>
          Links in the map, at least
          <input type="number" name="links" min={0} max={500} />
        </label>
        <label>
          Reasons for one main claim, at least
          <input type="number" name="reasons" min={0} max={100} />
        </label>
        <label className="checkbox-label">
          <input type="checkbox" name="scheme" /> A scheme named on at least one argument
        </label>
        <label>
          Replies to classmates, at least
          <input type="number" name="replies" min={0} max={100} />
        </label>
        <FieldError
          field="requirements"
          message={error?.field?.startsWith("requirements") ? error.message : undefined}
        />
      </fieldset>
      <button type="submit" disabled={busy}>
        Create assignment
      </button>
      <p role="status" className="meta">
        {created}
      </p>
      {error &&
        !error.field?.match(
          /^(documentId|title|instructions|opensAt|dueAt|lateUntil|groupSize|requirements|referenceMapId)/,
        ) && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
    </form>
  );
}
