import { shortText } from "@/lib/argument/statement-text";
import type { FeedbackCommentView } from "@/lib/classroom/feedback-comment-view";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { SnapshotAnnotation } from "@/lib/validation/classroom";
import { KIND_LABELS } from "../../../documents/[id]/_annotations/kinds";
import { CommentForm } from "./comment-form";

type Props = {
  assignmentId: string;
  studentId: string;
  annotations: SnapshotAnnotation[];
  map: { title: string; graph: MapGraph } | null;
  comments: FeedbackCommentView[];
};

function Comments({ comments }: { comments: FeedbackCommentView[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="feedback-comments" aria-label="Your comments">
      {comments.map((comment) => (
        <li key={comment.id}>
          <span className="meta">{comment.author.name}:</span> {comment.body}
        </li>
      ))}
    </ul>
  );
}

/** The grader's comments on one annotation or statement, and "Comment" to add one. */
function Feedback({
  comments,
  ...form
}: { comments: FeedbackCommentView[] } & React.ComponentProps<typeof CommentForm>) {
  return (
    <>
      <Comments comments={comments} />
      <CommentForm {...form} />
    </>
  );
}

const NODE_LABELS: Record<string, string> = { ...KIND_LABELS, statement: "Statement" };

/**
 * The student's submitted work as lists: their annotations in text order
 * and their map's statements and relations (the map as sentences, which
 * reads at any width and to a screen reader), each with the grader's
 * comments on it and a "Comment" button.
 */
export function SubmittedWork({ assignmentId, studentId, annotations, map, comments }: Props) {
  const on = (match: (comment: FeedbackCommentView) => boolean) => comments.filter(match);
  const nodes = new Map((map?.graph.nodes ?? []).map((node) => [node.id, node]));
  const quote = (nodeId: string) => `“${shortText(nodes.get(nodeId)?.text ?? "?", 70)}”`;
  const conclusionOf = new Map((map?.graph.arguments ?? []).map((argument) => [argument.id, argument.conclusionId]));
  const relations = map
    ? [
        ...map.graph.arguments.map((argument) => ({
          id: argument.id,
          text: `${argument.premiseIds.map(quote).join(" and ")} ${argument.premiseIds.length > 1 ? "together support" : "supports"} ${quote(argument.conclusionId)}${argument.scheme ? ` (scheme: ${argument.scheme})` : ""}`,
        })),
        ...map.graph.attacks.map((attack) => ({
          id: attack.id,
          text:
            "nodeId" in attack.target
              ? `${quote(attack.attackerId)} attacks ${quote(attack.target.nodeId)}`
              : `${quote(attack.attackerId)} undercuts a reason for ${quote(conclusionOf.get(attack.target.argumentId) ?? "?")}`,
        })),
      ]
    : [];
  const general = on((comment) => !comment.annotationId && !comment.mapNodeId);

  return (
    <div className="submitted-work">
      <section aria-labelledby="submitted-annotations">
        <h2 id="submitted-annotations">Annotations ({annotations.length})</h2>
        {annotations.length === 0 ? (
          <p className="meta">No annotations submitted.</p>
        ) : (
          <ol className="graded-list">
            {annotations.map((annotation) => (
              <li
                key={annotation.id}
                id={`annotation-${annotation.id}`}
                className={`annotation-item kind-${annotation.kind}`}
                aria-label={`${KIND_LABELS[annotation.kind]}: ${shortText(annotation.exact, 60)}`}
              >
                <span className="kind-badge">{KIND_LABELS[annotation.kind]}</span>
                <blockquote>{shortText(annotation.exact, 240)}</blockquote>
                {annotation.comment && <p>{annotation.comment}</p>}
                <Feedback
                  comments={on((comment) => comment.annotationId === annotation.id)}
                  assignmentId={assignmentId}
                  studentId={studentId}
                  target={{ annotationId: annotation.id }}
                  about="this annotation"
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="submitted-map">
        <h2 id="submitted-map">Map{map ? `: ${map.title}` : ""}</h2>
        {!map ? (
          <p className="meta">Submitted without a map.</p>
        ) : (
          <>
            <h3>Statements ({map.graph.nodes.length})</h3>
            <ul className="graded-list">
              {map.graph.nodes.map((node) => (
                <li key={node.id} className="map-statement-item" aria-label={`Statement: ${shortText(node.text, 60)}`}>
                  <span className="kind-badge">{NODE_LABELS[node.kind] ?? node.kind}</span> {node.text}
                  <Feedback
                    comments={on((comment) => comment.mapNodeId === node.id)}
                    assignmentId={assignmentId}
                    studentId={studentId}
                    target={{ mapNodeId: node.id }}
                    about="this statement"
                  />
                </li>
              ))}
            </ul>
            <h3>Relations ({relations.length})</h3>
            {relations.length === 0 ? (
              <p className="meta">No relations.</p>
            ) : (
              <ul className="relation-list">
                {relations.map((relation) => (
                  <li key={relation.id}>{relation.text}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {general.length > 0 && (
        <section aria-labelledby="general-comments">
          <h2 id="general-comments">Comments on the work as a whole</h2>
          <Comments comments={general} />
        </section>
      )}
    </div>
  );
}
