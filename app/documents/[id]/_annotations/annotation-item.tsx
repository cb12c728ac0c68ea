"use client";

import type { ReactNode } from "react";
import type { AnnotationLink } from "@/lib/argument/annotation-links";
import { shortText } from "@/lib/argument/statement-text";
import type { AnnotationUpdate, AnnotationView } from "@/lib/validation/annotation";
import { AnnotationDetails } from "./annotation-details";
import type { AudienceGroup } from "./audience";
import { KIND_LABELS } from "./kinds";
import { LinkChips } from "./link-chips";

export type AnnotationItemProps = {
  annotation: AnnotationView;
  /** This annotation's links in the open map. */
  links: AnnotationLink[];
  /** Whether the annotation at a link's other end is in the margin, to go to. */
  canReveal: (annotationId: string) => boolean;
  /** Goes to the annotation at a link's other end. */
  onReveal: (annotationId: string) => void;
  /** The link dialog, when the reader is linking from this annotation. */
  linkDialog: ReactNode;
  onStartLink: () => void;
  selected: boolean;
  orphaned: boolean;
  isAuthor: boolean;
  /** Whether the reader may reply, link and make maps (Commenter or more). */
  canAnnotate: boolean;
  /** Whether the reader moderates the document: may hide it from others. */
  canModerate: boolean;
  /** The groups the reader may make it visible to. */
  groups: AudienceGroup[];
  onSelect: () => void;
  onUpdate: (update: AnnotationUpdate) => Promise<void>;
  onDelete: () => Promise<void>;
  onReply: (body: string) => Promise<void>;
  onSetHidden: (hidden: boolean) => Promise<void>;
};

const QUOTE_PREVIEW = 160;

/** One annotation in the margin: a summary, and when selected its editor and thread. */
export function AnnotationItem(props: AnnotationItemProps) {
  const { annotation, selected, orphaned, onSelect } = props;
  const label = annotation.deleted
    ? "Deleted annotation"
    : `${KIND_LABELS[annotation.kind]} by ${annotation.author.name}`;
  const replies = annotation.replies.length;
  return (
    <li>
      <article
        aria-label={label}
        className={`annotation-item kind-${annotation.kind}${selected ? " is-selected" : ""}`}
        data-annotation-id={annotation.id}
      >
        <button type="button" className="item-summary" aria-expanded={selected} onClick={onSelect}>
          <span className="item-meta">
            <span className={`kind-badge kind-${annotation.kind}`}>
              {annotation.deleted ? "deleted" : KIND_LABELS[annotation.kind]}
            </span>{" "}
            <span className="item-author">{annotation.author.name}</span>
            {annotation.visibility === "private" && <span className="item-private"> · only you</span>}
            {annotation.visibility === "group" && annotation.group && (
              <span className="item-group"> · {annotation.group.name}</span>
            )}
            {annotation.hidden && <span className="item-hidden"> · hidden from others</span>}
            {orphaned && <span className="item-orphaned"> · passage not found</span>}
          </span>
          <q className="item-quote">{shortText(annotation.target.exact, QUOTE_PREVIEW)}</q>
          {annotation.comment && !selected && <span className="item-comment">{annotation.comment}</span>}
          {annotation.tags.length > 0 && (
            <span className="item-tags">
              {annotation.tags.map((tag) => (
                <span key={tag} className="tag">
                  #{tag}
                </span>
              ))}
            </span>
          )}
          <span className="item-replies">{replies === 1 ? "1 reply" : `${replies} replies`}</span>
        </button>
        <LinkChips links={props.links} canReveal={props.canReveal} onReveal={props.onReveal} />
        {selected && <AnnotationDetails {...props} />}
      </article>
    </li>
  );
}
