"use client";

import { useEffect, useMemo, useState, type ChangeEvent } from "react";
import {
  ANNOTATION_KINDS,
  type AnnotationKind,
  type AnnotationUpdate,
  type AnnotationView,
} from "@/lib/validation/annotation";
import { annotationApi } from "./annotation-api";
import { AnnotationItem } from "./annotation-item";
import { LinkDialog } from "./link-dialog";
import type { AnnotationLink } from "@/lib/argument/annotation-links";
import type { Relation } from "@/lib/validation/argument-map";
import { KIND_LABELS } from "./kinds";

type Props = {
  documentId: string;
  userId: string;
  annotations: AnnotationView[];
  orphaned: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onUpdate: (id: string, update: AnnotationUpdate) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onReply: (id: string, body: string) => Promise<void>;
  onImport: (json: string) => Promise<string>;
  links: ReadonlyMap<string, AnnotationLink[]>;
  linkingFrom: string | null;
  linkTarget: string | null;
  onStartLink: (id: string) => void;
  onLink: (fromId: string, toId: string, relation: Relation) => Promise<void>;
  onCancelLink: () => void;
};

/**
 * Items drawn at first: a document with thousands of annotations must not
 * draw thousands of margin entries before the reader can start; "Show more"
 * draws the next page, and a selected annotation is always drawn.
 */
const PAGE_SIZE = 200;

function selectedIndex(list: AnnotationView[], id: string | null): number {
  return id ? list.findIndex((annotation) => annotation.id === id) : -1;
}

/** The W3C export of what the margin shows: the same filters and search. */
function exportUrl(documentId: string, filters: Record<string, string>) {
  const params = new URLSearchParams({ format: "w3c" });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return `/api/documents/${documentId}/annotations?${params}`;
}

/**
 * The margin: every annotation the reader may see, in document order, with
 * filters by kind, author and tag and a full-text search (PostgreSQL, on the
 * server); passages that could not be placed are listed under "Orphaned".
 */
export function AnnotationsPanel(props: Props) {
  const { annotations, orphaned, documentId } = props;
  const [kind, setKind] = useState<AnnotationKind | "">("");
  const [author, setAuthor] = useState("");
  const [tag, setTag] = useState("");
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<ReadonlySet<string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    if (query.trim() === "") {
      setMatches(null);
      return;
    }
    const timer = setTimeout(() => {
      annotationApi
        .list(documentId, query)
        .then((found) => setMatches(new Set(found.map((annotation) => annotation.id))))
        .catch(() => setStatus("Search failed; try again."));
    }, 200);
    return () => clearTimeout(timer);
  }, [documentId, query]);

  const authors = useMemo(
    () => [...new Map(annotations.map((a) => [a.author.id, a.author.name])).entries()],
    [annotations],
  );
  const tags = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort(), [annotations]);
  const shown = annotations.filter(
    (a) =>
      (!kind || a.kind === kind) &&
      (!author || a.author.id === author) &&
      (!tag || a.tags.includes(tag)) &&
      (!matches || matches.has(a.id)),
  );
  const placed = shown.filter((a) => !orphaned.has(a.id));
  const lost = shown.filter((a) => orphaned.has(a.id));

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setStatus("Importing…");
    try {
      setStatus(await props.onImport(await file.text()));
    } catch (caught) {
      setStatus(caught instanceof Error ? caught.message : "The import failed");
    }
  }

  const item = (annotation: AnnotationView) => (
    <AnnotationItem
      key={annotation.id}
      annotation={annotation}
      selected={props.selectedId === annotation.id}
      orphaned={orphaned.has(annotation.id)}
      isAuthor={annotation.author.id === props.userId}
      onSelect={() => props.onSelect(annotation.id)}
      onUpdate={(update) => props.onUpdate(annotation.id, update)}
      onDelete={() => props.onDelete(annotation.id)}
      onReply={(body) => props.onReply(annotation.id, body)}
      links={props.links.get(annotation.id) ?? []}
      onStartLink={() => props.onStartLink(annotation.id)}
      linkDialog={
        props.linkingFrom === annotation.id ? (
          <LinkDialog
            source={annotation}
            candidates={annotations}
            pickedId={props.linkTarget}
            onLink={(targetId, relation) => props.onLink(annotation.id, targetId, relation)}
            onCancel={props.onCancelLink}
          />
        ) : null
      }
    />
  );

  return (
    <aside aria-label="Annotations" className="annotations-panel">
      <h2 className="panel-title">Annotations</h2>
      <div className="panel-tools">
        <input
          type="search"
          aria-label="Search annotations"
          placeholder="Search quotes, comments, tags"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="filters">
          <select
            aria-label="Filter by kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as AnnotationKind | "")}
          >
            <option value="">All kinds</option>
            {ANNOTATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <select aria-label="Filter by author" value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">All authors</option>
            {authors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                #{t}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <a className="button secondary" href={exportUrl(documentId, { kind, author, tag, q: query.trim() })} download>
            Export annotations
          </a>
          <label className="button secondary file-button">
            Import annotations
            <input type="file" accept=".json,.jsonld,application/ld+json,application/json" onChange={importFile} />
          </label>
        </div>
        {status && (
          <p role="status" className="panel-status">
            {status}
          </p>
        )}
      </div>
      {placed.length === 0 && lost.length === 0 ? (
        <p className="empty">
          {annotations.length === 0
            ? "Select a passage in the text to tag it as a claim, premise, evidence, objection, question or note."
            : "No annotations match."}
        </p>
      ) : (
        <>
          <ol className="annotation-list" aria-label="Annotation list">
            {placed.slice(0, Math.max(limit, selectedIndex(placed, props.selectedId) + 1)).map(item)}
          </ol>
          {placed.length > limit && (
            <button type="button" className="secondary show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show more ({placed.length - limit} not shown)
            </button>
          )}
        </>
      )}
      {lost.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="orphaned">
          <h3 id="orphaned-heading">Orphaned</h3>
          <p className="hint">These passages are no longer in the text; the quotes are kept.</p>
          <ol className="annotation-list">{lost.map(item)}</ol>
        </section>
      )}
    </aside>
  );
}
