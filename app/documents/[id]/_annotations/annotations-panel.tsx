"use client";

import { useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { groupByPassage, type MarginEntry } from "@/lib/annotations/passage-groups";
import { hasReason, type AnnotationLink } from "@/lib/argument/annotation-links";
import type { AnnotationUpdate, AnnotationView } from "@/lib/validation/annotation";
import type { Relation } from "@/lib/validation/argument-map";
import { api } from "../../../_lib/api";
import { AnnotationFilters, NO_FILTERS, passes } from "./annotation-filters";
import { AnnotationItem } from "./annotation-item";
import type { AudienceGroup } from "./audience";
import { LinkDialog } from "./link-dialog";
import { PassageGroup } from "./passage-group";

type Props = {
  documentId: string;
  userId: string;
  /** Whether the reader may reply, link and import (Commenter or more). */
  canAnnotate: boolean;
  /** Whether the reader moderates the document (owner or editor): may hide others' annotations. */
  canModerate: boolean;
  /** The groups the reader may make an annotation visible to. */
  groups: AudienceGroup[];
  annotations: AnnotationView[];
  /** The list is still on its way (the page shows the text first). */
  loading?: boolean;
  orphaned: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onUpdate: (id: string, update: AnnotationUpdate) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onReply: (id: string, body: string) => Promise<void>;
  onSetHidden: (id: string, hidden: boolean) => Promise<void>;
  onImport: (json: string) => Promise<string>;
  links: ReadonlyMap<string, AnnotationLink[]>;
  linkingFrom: string | null;
  linkTarget: string | null;
  onStartLink: (id: string) => void;
  onLink: (fromId: string, toId: string, relation: Relation) => Promise<void>;
  onCancelLink: () => void;
  /** Drawn beside the title, which stays in view as the list scrolls (the drawer's Close button on a phone). */
  headerAction?: ReactNode;
  /** Selects an annotation and shows its passage (a link chip's other end). */
  onReveal: (id: string) => void;
};

/**
 * Items drawn at first: a document with thousands of annotations must not
 * draw thousands of margin entries before the reader can start; "Show more"
 * draws the next page, and a selected annotation is always drawn.
 */
const PAGE_SIZE = 200;

type Entry = MarginEntry<AnnotationView>;

const membersOf = (entry: Entry) => ("annotation" in entry ? [entry.annotation] : entry.annotations);

/** A group's key: its first annotation's id. */
const keyOf = (entry: Entry) => membersOf(entry)[0]!.id;

function selectedIndex(list: Entry[], id: string | null): number {
  return id ? list.findIndex((entry) => membersOf(entry).some((annotation) => annotation.id === id)) : -1;
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
  const [filters, setFilters] = useState(NO_FILTERS);
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<ReadonlySet<string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const panel = useRef<HTMLElement>(null);
  const present = useMemo(
    () => new Set(annotations.filter((annotation) => !annotation.deleted).map((annotation) => annotation.id)),
    [annotations],
  );

  /** A link chip's other end: selected, its passage shown, and its item scrolled into the margin's view. */
  function reveal(id: string) {
    props.onReveal(id);
    requestAnimationFrame(() =>
      panel.current
        ?.querySelector(`article[data-annotation-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: "nearest" }),
    );
  }

  useEffect(() => {
    if (query.trim() === "") {
      setMatches(null);
      return;
    }
    const timer = setTimeout(() => {
      api.annotations
        .list(documentId, { q: query })
        .then(({ annotations: found }) => setMatches(new Set(found.map((annotation) => annotation.id))))
        .catch(() => setStatus("Search failed; try again."));
    }, 200);
    return () => clearTimeout(timer);
  }, [documentId, query]);

  const shown = annotations.filter((a) => passes(a, filters) && (!matches || matches.has(a.id)));
  const placed = shown.filter((a) => !orphaned.has(a.id));
  const lost = shown.filter((a) => orphaned.has(a.id));
  // Many annotations on one passage are one entry, opened on demand.
  const entries = groupByPassage(placed);
  const selectedEntry = selectedIndex(entries, props.selectedId);
  const groupWithSelected = selectedEntry >= 0 ? keyOf(entries[selectedEntry]!) : null;
  // A highlight clicked in the text opens its group, so the margin shows it.
  useEffect(() => {
    if (groupWithSelected)
      setOpenGroups((open) => (open.has(groupWithSelected) ? open : new Set(open).add(groupWithSelected)));
  }, [groupWithSelected, props.selectedId]);
  const toggleGroup = (key: string) =>
    setOpenGroups((open) => {
      const next = new Set(open);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const entry = (shownEntry: Entry) => {
    if ("annotation" in shownEntry) return item(shownEntry.annotation);
    const key = keyOf(shownEntry);
    const members = shownEntry.annotations;
    const readers = new Set(members.map((annotation) => annotation.author.id)).size;
    // Thousands on one passage are drawn a page at a time too, the selected one always.
    const shownMembers = Math.max(limit, members.findIndex((annotation) => annotation.id === props.selectedId) + 1);
    return (
      <PassageGroup
        key={`group-${key}`}
        passage={shownEntry.passage}
        count={shownEntry.annotations.length}
        readers={readers}
        expanded={openGroups.has(key)}
        onToggle={() => toggleGroup(key)}
      >
        {members.slice(0, shownMembers).map(item)}
        {members.length > shownMembers && (
          <li>
            <button type="button" className="secondary show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show more on this passage ({members.length - shownMembers} not shown)
            </button>
          </li>
        )}
      </PassageGroup>
    );
  };

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
      canAnnotate={props.canAnnotate}
      canModerate={props.canModerate}
      groups={props.groups}
      onSelect={() => props.onSelect(annotation.id)}
      onUpdate={(update) => props.onUpdate(annotation.id, update)}
      onDelete={() => props.onDelete(annotation.id)}
      onReply={(body) => props.onReply(annotation.id, body)}
      onSetHidden={(hidden) => props.onSetHidden(annotation.id, hidden)}
      links={props.links.get(annotation.id) ?? []}
      canReveal={(id) => present.has(id)}
      onReveal={reveal}
      onStartLink={() => props.onStartLink(annotation.id)}
      linkDialog={
        props.linkingFrom === annotation.id ? (
          <LinkDialog
            source={annotation}
            candidates={annotations}
            pickedId={props.linkTarget}
            canUndercut={(id) => hasReason(props.links.get(id))}
            onLink={(targetId, relation) => props.onLink(annotation.id, targetId, relation)}
            onCancel={props.onCancelLink}
          />
        ) : null
      }
    />
  );

  return (
    <aside aria-label="Annotations" className="annotations-panel" ref={panel}>
      <div className="panel-heading">
        <h2 className="panel-title">Annotations</h2>
        {props.headerAction}
      </div>
      <div className="panel-tools">
        <input
          type="search"
          aria-label="Search annotations"
          placeholder="Search quotes, comments, tags"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <AnnotationFilters annotations={annotations} filters={filters} onChange={setFilters} />
        <div className="row">
          <a
            className="button secondary"
            href={exportUrl(documentId, {
              kind: filters.kind,
              author: filters.author,
              group: filters.group,
              tag: filters.tag,
              q: query.trim(),
            })}
            download
          >
            Export annotations
          </a>
          {props.canAnnotate && (
            <label className="button secondary file-button">
              Import annotations
              <input type="file" accept=".json,.jsonld,application/ld+json,application/json" onChange={importFile} />
            </label>
          )}
        </div>
        {status && (
          <p role="status" className="panel-status">
            {status}
          </p>
        )}
      </div>
      {placed.length === 0 && lost.length === 0 ? (
        <p className="empty">
          {props.loading
            ? "Loading the annotations…"
            : annotations.length === 0
              ? props.canAnnotate
                ? "Select a passage in the text to tag it as a claim, premise, evidence, objection, question or note."
                : "Nobody has shared an annotation on this document with you yet."
              : "No annotations match."}
        </p>
      ) : (
        <>
          <ol className="annotation-list" aria-label="Annotation list">
            {entries.slice(0, Math.max(limit, selectedEntry + 1)).map(entry)}
          </ol>
          {entries.length > limit && (
            <button type="button" className="secondary show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show more ({entries.length - limit} not shown)
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
