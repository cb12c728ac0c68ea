"use client";

import type { MapSummary } from "@/lib/maps/map-summaries";
import type { MapView } from "@/lib/maps/map-view";
import { audienceFromValue, audienceValue, AudienceOptions, type AudienceGroup } from "../_annotations/audience";
import { MapMenu, MenuFileButton } from "./map-menu";
import type { MapDetails, SaveStatus } from "./use-maps";

export const EXPORTS = [
  ["aif", "AIF (JSON)"],
  ["argdown", "Argdown"],
  ["w3c", "W3C annotations (JSON-LD)"],
  ["graphml", "GraphML"],
  ["dot", "DOT"],
  ["svg", "SVG"],
  ["png", "PNG"],
  ["markdown", "Markdown outline"],
] as const;

const STATUS_LABEL: Record<SaveStatus, string> = {
  saved: "Saved",
  saving: "Saving…",
  unsaved: "Unsaved changes",
  error: "Could not save; retrying with your next change.",
};

type Props = {
  maps: MapSummary[];
  current: MapView | null;
  status: SaveStatus;
  /** Whether the reader may make maps (Commenter or more). */
  canAnnotate: boolean;
  saveError: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onRename: (title: string) => void;
  groups: AudienceGroup[];
  onAudience: (audience: MapDetails, group: AudienceGroup | null) => void;
  onDelete: () => void;
  onHistory: () => void;
  onImport: (file: File) => void;
  onLayout: () => void;
  fullWindow: boolean;
  onFullWindow: (full: boolean) => void;
  /** Receives the element the canvas puts "Find statement" into. */
  searchSlot: (element: HTMLElement | null) => void;
};

/**
 * One row: which map, a new one, whether it is saved, full window, and the
 * "Map menu" with everything else (naming, sharing, importing, exporting,
 * history, layout, deleting), so the canvas keeps the pane's height.
 */
export function MapToolbar(props: Props) {
  const { maps, current } = props;
  const canManage = !!current?.canManage;

  return (
    <div className="map-toolbar">
      <label className="inline-label map-picker">
        Map
        <select value={current?.id ?? ""} onChange={(event) => props.onOpen(event.target.value)}>
          {!current && <option value="">No map yet</option>}
          {maps.map((map) => (
            <option key={map.id} value={map.id}>
              {map.title}
              {map.isOwn ? "" : ` (${map.owner.name})`}
            </option>
          ))}
        </select>
      </label>
      {props.canAnnotate && (
        <button type="button" onClick={props.onCreate}>
          New map
        </button>
      )}
      {current && (
        <span role="status" className="save-state">
          {STATUS_LABEL[props.status]}
          {props.status === "error" && props.saveError ? ` (${props.saveError})` : ""}
        </span>
      )}
      <span className="map-toolbar-end">
        <span className="map-toolbar-search" ref={props.searchSlot} />
        {current && (
          <button
            type="button"
            className="secondary"
            aria-pressed={props.fullWindow}
            onClick={() => props.onFullWindow(!props.fullWindow)}
          >
            {props.fullWindow ? "Exit full window" : "Full window"}
          </button>
        )}
        <MapMenu>
          {(close) => {
            /** An action that closes the menu first, giving the focus back to its button. */
            const closing = (act: () => void) => () => {
              close();
              act();
            };
            return (
              <>
                {current && canManage && (
                  <>
                    <label className="stacked-label">
                      Map title
                      <input
                        key={current.id}
                        defaultValue={current.title}
                        maxLength={200}
                        onBlur={(event) => {
                          const title = event.target.value.trim();
                          if (title && title !== current.title) props.onRename(title);
                        }}
                        onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
                      />
                    </label>
                    <label className="stacked-label">
                      Map visibility
                      <select
                        value={audienceValue(current)}
                        onChange={(event) => {
                          const audience = audienceFromValue(event.target.value);
                          props.onAudience(audience, props.groups.find((g) => g.id === audience.groupId) ?? null);
                        }}
                      >
                        <AudienceOptions groups={props.groups} current={current} />
                      </select>
                    </label>
                  </>
                )}
                {current && (
                  <>
                    <button type="button" className="secondary" onClick={closing(props.onLayout)}>
                      Re-run layout
                    </button>
                    <button type="button" className="secondary" onClick={closing(props.onHistory)}>
                      History
                    </button>
                  </>
                )}
                {props.canAnnotate && (
                  <MenuFileButton
                    label="Import map"
                    accept=".json,.aif,.argdown,.ad,.txt"
                    onFile={(file) => {
                      close();
                      props.onImport(file);
                    }}
                  />
                )}
                {current && (
                  <nav aria-label="Export map" className="map-menu-exports">
                    <span className="map-menu-heading">Export as</span>
                    <ul>
                      {EXPORTS.map(([format, label]) => (
                        <li key={format}>
                          <a href={`/api/maps/${current.id}/export?format=${format}`} download onClick={close}>
                            {label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
                {current && canManage && (
                  <button type="button" className="danger" onClick={closing(props.onDelete)}>
                    Delete map
                  </button>
                )}
              </>
            );
          }}
        </MapMenu>
      </span>
    </div>
  );
}
