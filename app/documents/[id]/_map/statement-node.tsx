"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo, useState, type KeyboardEvent } from "react";
import { KIND_NAMES, type JunctionData, type StatementData } from "./flow-elements";
import { useMapActions } from "./map-actions";

const PREVIEW = 220;

/** A statement on the map: its kind, its text; double-click or F2 edits the text. */
export const StatementNode = memo(function StatementNode({ id, data }: NodeProps) {
  const { mapNode, orphaned, warned } = data as StatementData;
  const actions = useMapActions();
  const [editing, setEditing] = useState(false);
  const text = mapNode.text.length > PREVIEW ? `${mapNode.text.slice(0, PREVIEW - 1)}…` : mapNode.text;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "F2" && actions.canEdit) setEditing(true);
  }

  return (
    <div
      className={`map-statement kind-${mapNode.kind}${orphaned ? " is-orphaned" : ""}${warned ? " is-warned" : ""}`}
      onDoubleClick={() => actions.canEdit && setEditing(true)}
      onKeyDown={onKeyDown}
    >
      <Handle type="target" position={Position.Top} />
      <span className="map-kind">{KIND_NAMES[mapNode.kind]}</span>
      {orphaned && <span className="map-orphaned"> · passage not found</span>}
      {editing ? (
        <textarea
          aria-label="Statement text"
          className="nodrag"
          defaultValue={mapNode.text}
          autoFocus
          onBlur={(event) => {
            setEditing(false);
            const value = event.currentTarget.value.trim();
            if (value && value !== mapNode.text) actions.editText(id, value);
          }}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Enter" && !event.shiftKey) event.currentTarget.blur();
            if (event.key === "Escape") setEditing(false);
          }}
        />
      ) : (
        <p className="map-text">{text}</p>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});

/** The point where a linked argument's premises join, or an undercut lands. */
export const JunctionNode = memo(function JunctionNode({ data }: NodeProps) {
  const { argumentId, linked, name, badge } = data as JunctionData;
  const actions = useMapActions();
  return (
    <button
      type="button"
      className={`map-junction${linked ? " is-linked" : ""}`}
      title={name}
      aria-label={badge ? `${name} (${badge})` : name}
      onClick={() => actions.selectArgument(argumentId)}
    >
      <Handle type="target" position={Position.Top} />
      <Handle type="source" position={Position.Bottom} />
      {badge && (
        <span className="argument-badge" aria-hidden>
          {badge}
        </span>
      )}
    </button>
  );
});
