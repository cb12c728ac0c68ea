"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { findStatements } from "@/lib/argument/find-statements";
import { shortText } from "@/lib/argument/statement-text";
import type { MapNode } from "@/lib/validation/argument-map";
import { KIND_NAMES } from "./flow-elements";

type Props = { nodes: readonly MapNode[]; onChoose: (nodeId: string) => void };

/**
 * "Find statement": a combobox over the map's statements. Typing lists the
 * matches; arrow keys move through them, Enter (or a click) takes the one
 * marked — the first if none is — and the map centres and selects it.
 * Escape clears the search.
 */
export function MapSearch({ nodes, onChoose }: Props) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => findStatements(nodes, query), [nodes, query]);
  const open = query.trim() !== "";

  function choose(node: MapNode | undefined) {
    if (!node) return;
    setQuery("");
    onChoose(node.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setQuery("");
    }
  }

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="map-search nodrag nopan nowheel">
      <input
        type="search"
        role="combobox"
        aria-label="Find statement"
        placeholder="Find statement"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Statements found" hidden={!open}>
        {matches.map((node, i) => (
          <li
            key={node.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Before the input's blur, so the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(node)}
          >
            <span className="map-search-kind">{KIND_NAMES[node.kind]}</span> {shortText(node.text, 90)}
          </li>
        ))}
        {open && matches.length === 0 && (
          <li role="presentation" className="empty">
            No statement has those words.
          </li>
        )}
      </ul>
    </div>
  );
}
