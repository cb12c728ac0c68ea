import type { MapComparison } from "@/lib/classroom/compare-maps";
import type { getAssignment } from "@/lib/classroom/get-assignment";
import { instructionsHtml } from "@/lib/classroom/instructions-html";
import type { OutlineStatement } from "@/lib/classroom/reference-map-outline";
import { AutoFeedback } from "../_feedback/auto-feedback";

type Result = NonNullable<Awaited<ReturnType<typeof getAssignment>>["result"]>;

/**
 * A student's released result: the grade (score and the level chosen on
 * each rubric criterion), the grader's feedback (Markdown rendered like the
 * instructions), the comments on their work quoting what each is about, the
 * auto-feedback when the assignment has a reference map, and the reference
 * map itself when the teacher released it. Before release: "Not graded yet".
 */
export function YourResult({ result, feedback }: { result: Result | null; feedback: MapComparison | null }) {
  if (!result) {
    return (
      <section aria-labelledby="your-grade-heading" className="your-result">
        <h2 id="your-grade-heading">Your grade</h2>
        <p>Not graded yet</p>
        <p className="meta">Grades are not released yet.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="your-grade-heading" className="your-result">
      <h2 id="your-grade-heading">Your grade</h2>
      {result.score === null ? (
        <p>Not graded</p>
      ) : (
        <p className="your-score">
          Score: <strong>{result.score}</strong>
        </p>
      )}
      {result.rubric && (
        <table className="your-rubric">
          <caption>{result.rubric.title}</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Level</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {result.rubric.levels.map((level) => (
              <tr key={level.criterionId}>
                <th scope="row">{level.criterion}</th>
                <td>{level.label ?? "Not chosen"}</td>
                <td>{level.points ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Feedback</h3>
      {result.feedback.trim() ? (
        // Rendered with raw HTML off and unsafe links refused (lib/classroom/instructions-html.ts).
        <div className="instructions" dangerouslySetInnerHTML={{ __html: instructionsHtml(result.feedback) }} />
      ) : (
        <p className="meta">No written feedback.</p>
      )}
      {result.comments.length > 0 && (
        <>
          <h3>Comments on your work</h3>
          <ul className="your-comments">
            {result.comments.map((comment) => (
              <li key={comment.id}>
                {comment.about && (
                  <p className="meta">
                    On your {comment.about.kind === "annotation" ? "annotation" : "map statement"}
                    {comment.about.text && (
                      <>
                        : <q>{comment.about.text}</q>
                      </>
                    )}
                  </p>
                )}
                <p>
                  {comment.body} <span className="meta">— {comment.author.name}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {feedback && <AutoFeedback feedback={feedback} headingLevel={3} />}
      {result.referenceMap && (
        <section aria-labelledby="reference-map-heading">
          <h3 id="reference-map-heading">Reference map: {result.referenceMap.title}</h3>
          <OutlineList statements={result.referenceMap.claims} role="Main claim" />
        </section>
      )}
    </section>
  );
}

/**
 * Claims with their reasons and objections nested under them, each named in
 * words (not by indentation alone) and quoting its passage when anchored.
 */
function OutlineList({
  statements,
  role,
}: {
  statements: OutlineStatement[];
  role: "Main claim" | "Reason" | "Objection";
}) {
  return (
    <ul className="reference-outline" aria-label={`${role}s`}>
      {statements.map((statement) => (
        <li key={statement.id}>
          <strong>{role}:</strong> {statement.quote ? <q>{statement.quote}</q> : <span>{statement.text}</span>}
          {statement.quote && statement.quote !== statement.text && <span className="meta"> ({statement.text})</span>}
          {statement.reasons.length > 0 && <OutlineList statements={statement.reasons} role="Reason" />}
          {statement.objections.length > 0 && <OutlineList statements={statement.objections} role="Objection" />}
        </li>
      ))}
    </ul>
  );
}
