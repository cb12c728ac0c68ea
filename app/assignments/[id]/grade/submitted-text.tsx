import { countBucket, overlapSegments } from "@/lib/anchoring/overlap-segments";
import type { SnapshotAnnotation } from "@/lib/validation/classroom";

/**
 * The document's text, read-only, with the student's submitted annotations
 * highlighted where the snapshot placed them (start/end over the plain
 * text). Overlaps are cut into stretches as the reader draws them
 * (overlapSegments), with the same kind tints and underline styles; each
 * highlight links to its annotation in the list beside the text.
 */
export function SubmittedText({ text, annotations }: { text: string; annotations: SnapshotAnnotation[] }) {
  const inText = annotations.filter((annotation) => annotation.start >= 0 && annotation.end <= text.length);
  const kindOf = new Map(inText.map((annotation) => [annotation.id, annotation.kind]));
  const segments = overlapSegments(
    inText.map((annotation) => ({
      id: annotation.id,
      from: annotation.start,
      to: annotation.end,
      className: `annotation-${annotation.kind}`,
    })),
    null,
  );
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.from > at) pieces.push(text.slice(at, segment.from));
    const first = segment.ids[0]!;
    pieces.push(
      <a
        key={segment.from}
        href={`#annotation-${first}`}
        className={`annotation ${segment.sharedClass ?? "annotation-mixed"} annotation-count-${countBucket(segment.count)}`}
        title={segment.count === 1 ? `${kindOf.get(first)} annotation` : `${segment.count} annotations`}
      >
        {text.slice(segment.from, segment.to)}
      </a>,
    );
    at = segment.to;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return (
    <div className="submitted-text" aria-label="The document, with the student's annotations highlighted" role="region">
      {pieces}
    </div>
  );
}
