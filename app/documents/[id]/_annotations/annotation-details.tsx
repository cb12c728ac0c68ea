"use client";

import { useState, type FormEvent } from "react";
import type { AnnotationItemProps } from "./annotation-item";
import { audienceFromValue, audienceValue, AudienceOptions } from "./audience";

/** A selected annotation: its editor for the author, the comment for others, links and the reply thread. */
export function AnnotationDetails(props: AnnotationItemProps) {
  const { annotation, isAuthor, canAnnotate, onUpdate, onDelete, onReply, onSetHidden } = props;
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
        ...audienceFromValue(String(form.get("visibility"))),
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
      {!annotation.deleted && isAuthor && canAnnotate && (
        // Keyed by what it edits: an undo or redo that changes the fields shows them, not what was typed before.
        <form
          key={`${annotation.comment}\u0000${annotation.tags.join(",")}\u0000${audienceValue(annotation)}`}
          onSubmit={save}
          className="stack compact"
          aria-label="Edit annotation"
        >
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
            <select name="visibility" defaultValue={audienceValue(annotation)}>
              <AudienceOptions groups={props.groups} current={annotation} />
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
      {!annotation.deleted && !(isAuthor && canAnnotate) && annotation.comment && (
        <p className="item-comment">{annotation.comment}</p>
      )}
      {annotation.hidden && (
        <p className="item-hidden-note">
          {isAuthor
            ? "The document's owner or an editor has hidden this from everyone else; only you and they see it."
            : "Hidden from everyone but its author and the document's moderators."}
        </p>
      )}
      {!annotation.deleted && props.canModerate && !isAuthor && (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void attempt(() => onSetHidden(!annotation.hidden))}
        >
          {annotation.hidden ? "Show to others" : "Hide from others"}
        </button>
      )}
      {!annotation.deleted &&
        canAnnotate &&
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
      {!annotation.deleted && canAnnotate && (
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
