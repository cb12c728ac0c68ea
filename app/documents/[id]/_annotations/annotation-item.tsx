"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import type { AnnotationLink } from "@/lib/argument/annotation-links";
import type { AnnotationUpdate, AnnotationView, AnnotationVisibility } from "@/lib/validation/annotation";
import { KIND_LABELS, VISIBILITY_LABELS } from "./kinds";

type Props = {
  annotation: AnnotationView;
  /** This annotation's links in the open map. */
  links: AnnotationLink[];
  /** The link dialog, when the reader is linking from this annotation. */
  linkDialog: ReactNode;
  onStartLink: () => void;
  selected: boolean;
  orphaned: boolean;
  isAuthor: boolean;
  onSelect: () => void;
  onUpdate: (update: AnnotationUpdate) => Promise<void>;
  onDelete: () => Promise<void>;
  onReply: (body: string) => Promise<void>;
};

const QUOTE_PREVIEW = 160;

function shorten(text: string) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > QUOTE_PREVIEW ? `${flat.slice(0, QUOTE_PREVIEW - 1)}…` : flat;
}

/** One annotation in the margin: a summary, and when selected its editor and thread. */
export function AnnotationItem(props: Props) {
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
            {orphaned && <span className="item-orphaned"> · passage not found</span>}
          </span>
          <q className="item-quote">{shorten(annotation.target.exact)}</q>
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
        {props.links.length > 0 && (
          <ul className="item-links" aria-label="Links">
            {props.links.map((link, i) => (
              <li key={i}>
                {link.phrase} <q>{shorten(link.other)}</q>
              </li>
            ))}
          </ul>
        )}
        {selected && <AnnotationDetails {...props} />}
      </article>
    </li>
  );
}

function AnnotationDetails(props: Props) {
  const { annotation, isAuthor, onUpdate, onDelete, onReply } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Something went wrong");
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tags = String(form.get("tags") ?? "")
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean);
    void attempt(() =>
      onUpdate({
        comment: String(form.get("comment") ?? ""),
        tags,
        visibility: form.get("visibility") as AnnotationVisibility,
      }),
    );
  }

  function reply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const body = String(new FormData(formElement).get("reply") ?? "");
    void attempt(async () => {
      await onReply(body);
      formElement.reset();
    });
  }

  return (
    <div className="item-details">
      {!annotation.deleted && isAuthor && (
        <form onSubmit={save} className="stack compact" aria-label="Edit annotation">
          <label>
            Comment
            <textarea name="comment" defaultValue={annotation.comment} rows={3} maxLength={10_000} />
          </label>
          <label>
            Tags
            <input name="tags" defaultValue={annotation.tags.join(", ")} placeholder="comma, separated" />
          </label>
          <label>
            Visibility
            <select name="visibility" defaultValue={annotation.visibility}>
              <option value="private">{VISIBILITY_LABELS.private}</option>
              <option value="everyone">{VISIBILITY_LABELS.everyone}</option>
            </select>
          </label>
          <div className="row">
            <button type="submit" disabled={busy}>
              Save
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void attempt(onDelete)}>
              Delete
            </button>
          </div>
        </form>
      )}
      {!annotation.deleted && !isAuthor && annotation.comment && <p className="item-comment">{annotation.comment}</p>}
      {!annotation.deleted &&
        (props.linkDialog ?? (
          <button type="button" className="secondary" onClick={props.onStartLink}>
            Link
          </button>
        ))}
      {annotation.replies.length > 0 && (
        <ol className="replies" aria-label="Replies">
          {annotation.replies.map((item) => (
            <li key={item.id}>
              <span className="item-author">{item.author.name}</span>
              <p>{item.body}</p>
            </li>
          ))}
        </ol>
      )}
      {!annotation.deleted && (
        <form onSubmit={reply} className="stack compact" aria-label="Reply">
          <label>
            Reply
            <textarea name="reply" rows={2} maxLength={10_000} required />
          </label>
          <button type="submit" disabled={busy}>
            Reply
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
