"use client";

import { changeRelation, joinArguments, removeLink, splitArgument, updateArgument } from "@/lib/argument/edit-map";
import { addMissingPremise } from "@/lib/argument/missing-premise";
import { raiseObjection } from "@/lib/argument/question-objection";
import { chooseScheme, pickRole } from "@/lib/argument/scheme-roles";
import type { MapGraph } from "@/lib/validation/argument-map";
import { ArgumentPanel } from "./argument-panel";
import { AttackPanel } from "./attack-panel";
import { STATEMENT_WIDTH, type Box } from "./flow-elements";

type Props = {
  graph: MapGraph;
  canEdit: boolean;
  /** Where the statements are drawn, so a missing premise lands beside its siblings. */
  layout: ReadonlyMap<string, Box>;
  /** The selected argument or attack. */
  linkId: string;
  /** Applies one edit of the map; it may throw with a message for the reader. */
  edit: (change: (graph: MapGraph) => MapGraph) => void;
  onClose: () => void;
};

/** A new statement's size until it is drawn and measured. */
const NEW_BOX = { width: STATEMENT_WIDTH, height: 80 };

/**
 * The panel of the selected link — an argument or an attack — beside the
 * map rather than under it and out of sight: a column to the canvas's right
 * where the pane has room (the canvas narrows, hiding nothing), a sheet over
 * the canvas's lower part on a narrow one (map-argument-panel.css). Each of
 * its edits is one map edit.
 */
export function LinkPanel(props: Props) {
  return (
    <div className="map-link-panel">
      <LinkPanelBody {...props} />
    </div>
  );
}

function LinkPanelBody({ graph, canEdit, layout, linkId, edit, onClose }: Props) {
  const argument = graph.arguments.find((a) => a.id === linkId);
  const attack = graph.attacks.find((a) => a.id === linkId);
  if (argument) {
    const id = argument.id;
    return (
      <ArgumentPanel
        graph={graph}
        argument={argument}
        canEdit={canEdit}
        onScheme={(scheme) => edit((g) => chooseScheme(g, id, scheme))}
        onAnswer={(question, answer) =>
          edit((g) => updateArgument(g, id, { answers: { ...argument.answers, [String(question)]: answer } }))
        }
        onPickRole={(role, premiseId) => edit((g) => pickRole(g, id, role, premiseId))}
        onAddPremise={(text) => edit((g) => addMissingPremise(g, id, text, layout, NEW_BOX).graph)}
        onRaise={(question) => edit((g) => raiseObjection(g, id, question).graph)}
        onJoin={() =>
          edit((g) =>
            joinArguments(
              g,
              g.arguments.filter((a) => a.conclusionId === argument.conclusionId).map((a) => a.id),
            ),
          )
        }
        onSplit={() => edit((g) => splitArgument(g, id))}
        onRemove={() => {
          edit((g) => removeLink(g, id));
          onClose();
        }}
        onClose={onClose}
      />
    );
  }
  if (attack) {
    const nodeText = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.text.slice(0, 60) ?? "";
    return (
      <AttackPanel
        attack={attack}
        canEdit={canEdit}
        nodeText={nodeText}
        onRelation={(relation) => {
          edit((g) => changeRelation(g, attack.id, relation));
          onClose();
        }}
        onRemove={() => {
          edit((g) => removeLink(g, attack.id));
          onClose();
        }}
        onClose={onClose}
      />
    );
  }
  return null;
}
