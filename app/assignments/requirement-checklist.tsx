import type { RequirementProgress } from "@/lib/classroom/requirement-progress";
import type { StudentStatus } from "@/lib/classroom/student-status";

/**
 * The requirement checklist: each line says in words whether it is done and
 * how far along it is ("2 of 3"), so nothing rests on the tick's colour.
 */
export function RequirementChecklist({ lines, label }: { lines: RequirementProgress[]; label: string }) {
  if (lines.length === 0) return <p className="meta">No requirements: submit when you are ready.</p>;
  return (
    <ul className="requirement-checklist" aria-label={label}>
      {lines.map((line) => (
        <li key={line.key} className={line.done ? "requirement-done" : "requirement-open"}>
          <span className="requirement-mark" aria-hidden="true">
            {line.done ? "✓" : "○"}
          </span>
          <span className="requirement-label">{line.label}</span>
          <span className="requirement-count">
            {line.done ? "Done" : "To do"} · {line.have} of {line.need}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A student's status in words, drawn as the overview draws it (border style as well as colour). */
export function StatusBadge({ status }: { status: StudentStatus }) {
  const text = status.charAt(0).toUpperCase() + status.slice(1);
  return <span className={`status-badge status-${status.replace(" ", "-")}`}>{text}</span>;
}
