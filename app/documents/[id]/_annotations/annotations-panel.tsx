"use client";

import { useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { groupByPassage } from "@/lib/annotations/passage-groups";
import type { AnnotationLink } from "@/lib/argument/annotation-links";
import type { AnnotationUpdate, AnnotationView } from "@/lib/validation/annotation";
import type { Relation } from "@/lib/validation/argument-map";
import { api } from "../../../_lib/api";
import { AnnotationFilters, NO_FILTERS, passes } from "./annotation-filters";
import type { AudienceGroup } from "./audience";
import { keyOf, MarginEntries, membersOf, PAGE_SIZE, type Entry, type MarginActions } from "./margin-entries";

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
 * Entries drawn with the list's first render; the rest of the first page
 * (PAGE_SIZE) follow once the browser is idle (within a second). The
 * highlights are drawn after the render that brings the list, so two
 * hundred items in it held them back on every student's page (issue 12);
 * a window shows about ten.
 */
const FIRST_DRAW = 40;

/** Runs `task` when the browser is idle, within `timeout` ms; returns a cancel. */
function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 1);
  return () => clearTimeout(timer);
}

function selectedIndex(list: readonly Entry[], id: string | null): number {
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
  const [limit, setLimit] = useState(FIRST_DRAW);
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const panel = useRef<HTMLElement>(null);
  const present = useMemo(
    () => new Set(annotations.filter((annotation) => !annotation.deleted).map((annotation) => annotation.id)),
    [annotations],
  );

  // The handlers as the workspace last gave them: `actions` calls through
  // these, so it keeps its identity and the memoised list is not redrawn
  // when the workspace re-renders for something the margin does not show.
  const latest = useRef(props);
  latest.current = props;
  const actions = useMemo<MarginActions>(
    () => ({
      select: (id) => latest.current.onSelect(id),
      update: (id, update) => latest.current.onUpdate(id, update),
      remove: (id) => latest.current.onDelete(id),
      reply: (id, body) => latest.current.onReply(id, body),
      setHidden: (id, hidden) => latest.current.onSetHidden(id, hidden),
      startLink: (id) => latest.current.onStartLink(id),
      link: (fromId, toId, relation) => latest.current.onLink(fromId, toId, relation),
      cancelLink: () => latest.current.onCancelLink(),
      // A link chip's other end: selected, its passage shown, and its item scrolled into the margin's view.
      reveal: (id) => {
        latest.current.onReveal(id);
        requestAnimationFrame(() =>
          panel.current
            ?.querySelector(`article[data-annotation-id="${CSS.escape(id)}"]`)
            ?.scrollIntoView({ block: "nearest" }),
        );
      },
      toggleGroup: (key) =>
        setOpenGroups((open) => {
          const next = new Set(open);
          if (!next.delete(key)) next.add(key);
          return next;
        }),
      showMore: () => setLimit((shown) => shown + PAGE_SIZE),
    }),
    [],
  );

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

  const { entries, lost } = useMemo(() => {
    const shown = annotations.filter((a) => passes(a, filters) && (!matches || matches.has(a.id)));
    // Many annotations on one passage are one entry, opened on demand.
    return {
      entries: groupByPassage(shown.filter((a) => !orphaned.has(a.id))),
      lost: shown.filter((a) => orphaned.has(a.id)),
    };
  }, [annotations, filters, matches, orphaned]);
  // Whether the first draw left out entries, or members of a group on one passage.
  const drawnAll = useMemo(
    () => entries.length <= limit && entries.every((entry) => membersOf(entry).length <= limit),
    [entries, limit],
  );
  useEffect(() => {
    if (limit >= PAGE_SIZE || drawnAll) return;
    return whenIdle(() => setLimit((shown) => Math.max(shown, PAGE_SIZE)), 1_000);
  }, [limit, drawnAll]);
  const selectedEntry = useMemo(() => selectedIndex(entries, props.selectedId), [entries, props.selectedId]);
  const groupWithSelected = selectedEntry >= 0 ? keyOf(entries[selectedEntry]!) : null;
  // A highlight clicked in the text opens its group, so the margin shows it.
  useEffect(() => {
    if (groupWithSelected)
      setOpenGroups((open) => (open.has(groupWithSelected) ? open : new Set(open).add(groupWithSelected)));
  }, [groupWithSelected, props.selectedId]);

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
      {entries.length === 0 && lost.length === 0 ? (
        <p className="empty">
          {props.loading ? (
            <>
              <span className="with-scripts">Loading the annotations…</span>
              {/* The page's HTML shows the text and its highlights; the list itself is the scripts' work. */}
              <span className="without-scripts">Turn on JavaScript to see the annotations, add yours and reply.</span>
            </>
          ) : annotations.length === 0 ? (
            props.canAnnotate ? (
              "Select a passage in the text to tag it as a claim, premise, evidence, objection, question or note."
            ) : (
              "Nobody has shared an annotation on this document with you yet."
            )
          ) : (
            "No annotations match."
          )}
        </p>
      ) : (
        <MarginEntries
          entries={entries}
          lost={lost}
          limit={limit}
          // While the first page is still being drawn, there is no "Show more" yet.
          moreButton={limit >= PAGE_SIZE}
          selectedEntry={selectedEntry}
          openGroups={openGroups}
          selectedId={props.selectedId}
          orphaned={orphaned}
          present={present}
          userId={props.userId}
          canAnnotate={props.canAnnotate}
          canModerate={props.canModerate}
          groups={props.groups}
          annotations={annotations}
          links={props.links}
          linkingFrom={props.linkingFrom}
          linkTarget={props.linkTarget}
          actions={actions}
        />
      )}
    </aside>
  );
}
