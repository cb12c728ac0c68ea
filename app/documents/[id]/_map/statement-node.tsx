"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo, useState, type CSSProperties, type KeyboardEvent } from "react";
import { saidByLine } from "@/lib/argument/formats/aif-speakers";
import { BOX_INK, KIND_FILL, statementBox } from "@/lib/argument/map-style";
import type { JunctionData, StatementData } from "./flow-elements";
import { useMapActions } from "./map-actions";

/**
 * A statement on the map, drawn as the exported picture draws it
 * (lib/argument/map-style.ts): the same label, lines, box size and colours,
 * so the layout's spacing holds on screen; double-click or F2 edits the text.
 */
export const StatementNode = memo(function StatementNode({ id, data }: NodeProps) {
  const { mapNode, orphaned, warned, saidBy } = data as StatementData;
  const actions = useMapActions();
  const [editing, setEditing] = useState(false);
  const box = statementBox(mapNode);
  const look: CSSProperties = {
    width: box.width,
    minHeight: box.height,
    height: editing ? undefined : box.height,
    background: KIND_FILL[mapNode.kind],
    borderColor: BOX_INK.border,
    color: BOX_INK.text,
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "F2" && actions.canEdit) setEditing(true);
  }

  return (
    <div
      className={`map-statement map-box kind-${mapNode.kind}${mapNode.unstated ? " is-unstated" : ""}${orphaned ? " is-orphaned" : ""}${warned ? " is-warned" : ""}`}
      style={look}
      onDoubleClick={() => actions.canEdit && setEditing(true)}
      onKeyDown={onKeyDown}
    >
      <Handle type="target" position={Position.Top} />
      <span className="map-kind" style={{ color: BOX_INK.kind }}>
        {box.kindLabel}
      </span>
      {orphaned && <span className="map-orphaned">passage not found</span>}
      {saidBy && (
        <span className="map-said-by" title={saidBy.map((s) => `${s.speaker}: ${s.words}`).join("\n")}>
          {saidByLine(saidBy)}
        </span>
      )}
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
        <p className="map-text">
          {box.lines.map((line, i) => (
            <span key={i} className="map-line">
              {line}
            </span>
          ))}
        </p>
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
