import type { MapWarning } from "@/lib/argument/check-map";

/** The map's checks (unsupported claims, unlinked evidence, cycles, lost passages): advice, never a block. */
export function MapChecks({ warnings }: { warnings: MapWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="map-warnings" aria-label="Map checks">
      <h3>Checks</h3>
      <ul>
        {warnings.map((warning, i) => (
          <li key={`${warning.code}-${i}`}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}
