"use client";

import { useState, type ChangeEvent } from "react";
import type { MapSummary } from "@/lib/maps/list-maps";
import type { MapView } from "@/lib/maps/map-view";
import { audienceFromValue, audienceValue, AudienceOptions, type AudienceGroup } from "../_annotations/audience";
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
  onAddStatement: () => void;
  onLayout: () => void;
};

/** Choosing, naming, sharing, exporting and importing maps. */
export function MapToolbar(props: Props) {
  const { maps, current } = props;
  const [menu, setMenu] = useState(false);
  const canEdit = !!current?.canEdit;
  const canManage = !!current?.canManage;

  function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (file) props.onImport(file);
  }

  return (
    <div className="map-toolbar">
      <div className="row">
        <label className="inline-label">
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
          <>
            <button type="button" onClick={props.onCreate}>
              New map
            </button>
            <label className="button secondary file-button">
              Import map
              <input type="file" accept=".json,.aif,.argdown,.ad,.txt" onChange={importFile} />
            </label>
          </>
        )}
      </div>
      {current && (
        <div className="row">
          {canManage && (
            <>
              <label className="inline-label">
                Map title
                <input
                  key={current.id}
                  defaultValue={current.title}
                  maxLength={200}
                  onBlur={(event) => event.target.value.trim() && props.onRename(event.target.value.trim())}
                />
              </label>
              <label className="inline-label">
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
          <span role="status" className="save-state">
            {STATUS_LABEL[props.status]}
            {props.status === "error" && props.saveError ? ` (${props.saveError})` : ""}
          </span>
        </div>
      )}
      {current && (
        <div className="row">
          {canEdit && (
            <button type="button" className="secondary" onClick={props.onAddStatement}>
              Add unstated premise
            </button>
          )}
          <button type="button" className="secondary" onClick={props.onLayout}>
            Re-run layout
          </button>
          <button type="button" className="secondary" onClick={props.onHistory}>
            History
          </button>
          <div className="menu-anchor">
            <button
              type="button"
              className="secondary"
              aria-haspopup="menu"
              aria-expanded={menu}
              onClick={() => setMenu(!menu)}
            >
              Export map
            </button>
            {menu && (
              <ul role="menu" className="menu" aria-label="Export map">
                {EXPORTS.map(([format, label]) => (
                  <li role="none" key={format}>
                    <a
                      role="menuitem"
                      href={`/api/maps/${current.id}/export?format=${format}`}
                      download
                      onClick={() => setMenu(false)}
                    >
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {canManage && (
            <button type="button" className="danger" onClick={props.onDelete}>
              Delete map
            </button>
          )}
        </div>
      )}
    </div>
  );
}
