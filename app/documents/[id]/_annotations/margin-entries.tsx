"use client";

import { memo } from "react";
import type { MarginEntry } from "@/lib/annotations/passage-groups";
import { hasReason, type AnnotationLink } from "@/lib/argument/annotation-links";
import type { AnnotationUpdate, AnnotationView } from "@/lib/validation/annotation";
import type { Relation } from "@/lib/validation/argument-map";
import { AnnotationItem } from "./annotation-item";
import type { AudienceGroup } from "./audience";
import { LinkDialog } from "./link-dialog";
import { PassageGroup } from "./passage-group";

/**
 * Items drawn at first: a document with thousands of annotations must not
 * draw thousands of margin entries before the reader can start; "Show more"
 * draws the next page, and a selected annotation is always drawn.
 */
export const PAGE_SIZE = 200;

export type Entry = MarginEntry<AnnotationView>;

export const membersOf = (entry: Entry) => ("annotation" in entry ? [entry.annotation] : entry.annotations);

/** A group's key: its first annotation's id. */
export const keyOf = (entry: Entry) => membersOf(entry)[0]!.id;

/** What the margin's items do, each taking the annotation's id first. Must keep its identity (see MarginEntries). */
export type MarginActions = {
  select: (id: string) => void;
  update: (id: string, update: AnnotationUpdate) => Promise<void>;
  remove: (id: string) => Promise<void>;
  reply: (id: string, body: string) => Promise<void>;
  setHidden: (id: string, hidden: boolean) => Promise<void>;
  startLink: (id: string) => void;
  link: (fromId: string, toId: string, relation: Relation) => Promise<void>;
  cancelLink: () => void;
  /** Goes to the annotation at a link's other end. */
  reveal: (id: string) => void;
  toggleGroup: (key: string) => void;
  showMore: () => void;
};

type Props = {
  /** The placed annotations that pass the filters, in document order, those on one passage grouped. */
  entries: readonly Entry[];
  /** Those that pass the filters whose passage was not found. */
  lost: readonly AnnotationView[];
  limit: number;
  /** Whether "Show more" is offered for the entries past `limit`. */
  moreButton: boolean;
  /** The index in `entries` of the selected annotation's entry, or -1: always drawn. */
  selectedEntry: number;
  openGroups: ReadonlySet<string>;
  selectedId: string | null;
  orphaned: ReadonlySet<string>;
  /** The ids of the annotations not deleted: a link chip to one of them is a button. */
  present: ReadonlySet<string>;
  userId: string;
  canAnnotate: boolean;
  canModerate: boolean;
  groups: AudienceGroup[];
  /** Every annotation, the link dialog's candidates. */
  annotations: AnnotationView[];
  links: ReadonlyMap<string, AnnotationLink[]>;
  linkingFrom: string | null;
  linkTarget: string | null;
  actions: MarginActions;
};

/**
 * The margin's list (drawn once there is something to list) and its
 * "Orphaned" section. Memoised, with data props
 * and one stable `actions`: the workspace re-renders on every live frame
 * (several a second in a class, as readers come and go: presence), and
 * redrawing two hundred items for each cost tens of milliseconds of script
 * a time on every student's page (issue 12). It re-renders only when what
 * it shows changes.
 */
export const MarginEntries = memo(function MarginEntries(props: Props) {
  const { entries, lost, limit, actions } = props;

  const item = (annotation: AnnotationView) => (
    <AnnotationItem
      key={annotation.id}
      annotation={annotation}
      selected={props.selectedId === annotation.id}
      orphaned={props.orphaned.has(annotation.id)}
      isAuthor={annotation.author.id === props.userId}
      canAnnotate={props.canAnnotate}
      canModerate={props.canModerate}
      groups={props.groups}
      onSelect={() => actions.select(annotation.id)}
      onUpdate={(update) => actions.update(annotation.id, update)}
      onDelete={() => actions.remove(annotation.id)}
      onReply={(body) => actions.reply(annotation.id, body)}
      onSetHidden={(hidden) => actions.setHidden(annotation.id, hidden)}
      links={props.links.get(annotation.id) ?? []}
      canReveal={(id) => props.present.has(id)}
      onReveal={actions.reveal}
      onStartLink={() => actions.startLink(annotation.id)}
      linkDialog={
        props.linkingFrom === annotation.id ? (
          <LinkDialog
            source={annotation}
            candidates={props.annotations}
            pickedId={props.linkTarget}
            canUndercut={(id) => hasReason(props.links.get(id))}
            onLink={(targetId, relation) => actions.link(annotation.id, targetId, relation)}
            onCancel={actions.cancelLink}
          />
        ) : null
      }
    />
  );

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
        expanded={props.openGroups.has(key)}
        onToggle={() => actions.toggleGroup(key)}
      >
        {members.slice(0, shownMembers).map(item)}
        {members.length > shownMembers && (
          <li>
            <button type="button" className="secondary show-more" onClick={actions.showMore}>
              Show more on this passage ({members.length - shownMembers} not shown)
            </button>
          </li>
        )}
      </PassageGroup>
    );
  };

  return (
    <>
      <ol className="annotation-list" aria-label="Annotation list">
        {entries.slice(0, Math.max(limit, props.selectedEntry + 1)).map(entry)}
      </ol>
      {props.moreButton && entries.length > limit && (
        <button type="button" className="secondary show-more" onClick={actions.showMore}>
          Show more ({entries.length - limit} not shown)
        </button>
      )}
      {lost.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="orphaned">
          <h3 id="orphaned-heading">Orphaned</h3>
          <p className="hint">These passages are no longer in the text; the quotes are kept.</p>
          <ol className="annotation-list">{lost.map(item)}</ol>
        </section>
      )}
    </>
  );
});
