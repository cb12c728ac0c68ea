"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { findStatements } from "@/lib/argument/find-statements";
import { shortText } from "@/lib/argument/statement-text";
import type { MapNode } from "@/lib/validation/argument-map";
import { KIND_NAMES } from "./flow-elements";

type Props = { nodes: readonly MapNode[]; onChoose: (nodeId: string) => void };

/**
 * "Find statement": a button in the toolbar row that opens a combobox over
 * the map's statements — folded, it hides no part of the map. Typing lists
 * the matches; arrow keys move through them, Enter (or a click) takes the
 * one marked — the first if none is — and the map centres and selects it.
 * Escape clears the search, or folds it when empty (focus back on the button).
 */
export function MapSearch({ nodes, onChoose }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const matches = useMemo(() => findStatements(nodes, query), [nodes, query]);
  const open = query.trim() !== "";

  function choose(node: MapNode | undefined) {
    if (!node) return;
    setQuery("");
    setExpanded(false);
    onChoose(node.id);
  }

  function fold() {
    setExpanded(false);
    // After React has put the button back.
    requestAnimationFrame(() => button.current?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape") {
      // Prevented, so the full-window mode does not take it as "leave".
      event.preventDefault();
      if (open) setQuery("");
      else fold();
    }
  }

  if (!expanded)
    return (
      <button
        ref={button}
        type="button"
        className="secondary map-search-button"
        aria-label="Find statement"
        title="Find statement"
        onClick={() => setExpanded(true)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
    );

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
        // Folds again when left empty, so the map is never covered for nothing.
        onBlur={() => query.trim() === "" && setExpanded(false)}
        autoFocus
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
