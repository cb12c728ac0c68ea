"use client";

import type { MapAttack, Relation } from "@/lib/validation/argument-map";

type Props = {
  attack: MapAttack;
  canEdit: boolean;
  /** A statement's text, shortened for a sentence. */
  nodeText: (nodeId: string) => string;
  onRelation: (relation: Relation) => void;
  onRemove: () => void;
  onClose: () => void;
};

/**
 * One attack: what attacks what (a statement, or an inference it undercuts),
 * with a way to turn a rebuttal into a support and to remove it.
 */
export function AttackPanel({ attack, canEdit, nodeText, onRelation, onRemove, onClose }: Props) {
  const rebuttal = "nodeId" in attack.target;
  return (
    <section className="map-side-panel" aria-label="Attack">
      <h3>{rebuttal ? "Attack" : "Undercut"}</h3>
      <p className="hint">
        “{nodeText(attack.attackerId)}”{" "}
        {"nodeId" in attack.target
          ? `attacks “${nodeText(attack.target.nodeId)}”.`
          : "undercuts the inference it points at."}
      </p>
      {canEdit && (
        <div className="row">
          {rebuttal && (
            <label className="inline-label">
              Relation
              <select value="attacks" onChange={(event) => onRelation(event.target.value as Relation)}>
                <option value="attacks">Attacks</option>
                <option value="supports">Supports</option>
              </select>
            </label>
          )}
          <button type="button" className="danger" onClick={onRemove}>
            Remove link
          </button>
        </div>
      )}
      <button type="button" className="link-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
