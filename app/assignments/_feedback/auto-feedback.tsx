import type { MapComparison } from "@/lib/classroom/compare-maps";

/**
 * The auto-feedback on one student's map, as lib/classroom/compare-maps.ts
 * gives it: the suggested score, what was found and related, and one
 * sentence per difference. Presentational only, for the grading view and a
 * student's released result. Each sentence carries the nodes it is about
 * (data-reference-node, data-student-node) so a caller can point at them.
 */
export function AutoFeedback({ feedback, headingLevel = 2 }: { feedback: MapComparison; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const { statements, relations } = feedback;
  return (
    <section className="auto-feedback" aria-labelledby="auto-feedback-heading">
      <Heading id="auto-feedback-heading">Auto-feedback</Heading>
      <p className="auto-feedback-score">
        Suggested score: <strong>{feedback.score}</strong> / 100
      </p>
      <dl className="auto-feedback-counts">
        <div>
          <dt>Statements</dt>
          <dd>
            {statements.found} found, {statements.missed} missed, {statements.extra} extra
          </dd>
        </div>
        <div>
          <dt>Relations</dt>
          <dd>
            {relations.right} right, {relations.reversed} reversed, {relations.wrongType} of the wrong type,{" "}
            {relations.missing} missing
          </dd>
        </div>
      </dl>
      {feedback.differences.length === 0 ? (
        <p>No differences from the reference map.</p>
      ) : (
        <ul className="auto-feedback-sentences" aria-label="Differences from the reference map">
          {feedback.differences.map((difference, index) => (
            <li
              key={index}
              data-kind={difference.kind}
              data-reference-node={difference.referenceNodeId ?? undefined}
              data-student-node={difference.studentNodeId ?? undefined}
            >
              {difference.sentence}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
