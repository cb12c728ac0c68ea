"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from "react";

type Props = {
  /** What the menu holds; `close` shuts it and gives focus back to its button. */
  children: (close: () => void) => ReactNode;
};

/**
 * "Map menu": the map's less used tools (title, visibility, import,
 * export, history, layout, delete) behind one button, so the toolbar is a
 * single row. A disclosure rather than role="menu": it holds fields as
 * well as buttons. Escape or a click outside closes it; focus goes back to
 * the button when closed from the keyboard or by an action inside. Its
 * content stays mounted while hidden, so a file input keeps its file.
 */
export function MapMenu({ children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (anchor.current?.contains(event.target as Node)) return;
      // Let a field being typed in save first (the title saves on blur).
      if (anchor.current?.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
      setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      // Handled here: full-window mode must not also take this Escape.
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="menu-anchor map-menu" ref={anchor} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Map menu <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="map-menu-panel" role="group" aria-label="Map menu" hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}

/** A file picker styled as a menu button: the file chosen goes to `onFile`, and the menu closes. */
export function MenuFileButton({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (file) onFile(file);
  }
  return (
    <label className="button secondary file-button">
      {label}
      <input type="file" accept={accept} onChange={chosen} />
    </label>
  );
}
