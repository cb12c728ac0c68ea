"use client";

import type { MapImportReport } from "@/lib/maps/import-map";

/** "3 statements", "1 statement". */
const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

/** What the file held beyond the map, e.g. "14 L, 19 YA and 2 MA nodes, 41 edges, locutions (14)". */
function keptSummary({ nodes, edges, records }: MapImportReport["passThrough"]): string | null {
  const types = Object.entries(nodes).map(([type, n]) => `${n.toLocaleString("en")} ${type}`);
  const parts = [
    ...(types.length > 0
      ? [`${types.length > 1 ? `${types.slice(0, -1).join(", ")} and ${types.at(-1)}` : types[0]} nodes`]
      : []),
    ...(edges > 0 ? [count(edges, "edge")] : []),
    ...Object.entries(records).map(([key, n]) => (n > 1 ? `${key} (${n.toLocaleString("en")})` : key)),
  ];
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * Shown after "Import map": what became the map, what of the file was kept
 * only to be written back on export (AIF or Argdown, as imported), and the
 * warnings about the file.
 */
export function ImportReport({ report, onDismiss }: { report: MapImportReport; onDismiss: () => void }) {
  const { statements, arguments: args, attacks, restatements } = report.imported;
  const kept = keptSummary(report.passThrough);
  return (
    <div role="status" aria-label="Import report" className="map-notice">
      <p>
        Imported {count(statements, "statement")}, {count(args, "argument")}
        {restatements > 0
          ? `, ${count(attacks, "attack")} and ${count(restatements, "restatement")}`
          : ` and ${count(attacks, "attack")}`}
        .{kept && ` Kept for ${report.format === "argdown" ? "Argdown" : "AIF"} export, not shown on the map: ${kept}.`}
      </p>
      {report.warnings.length > 0 && (
        <details>
          <summary>{count(report.warnings.length, "warning")} about the file</summary>
          <ul>
            {report.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
