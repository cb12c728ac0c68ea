"use client";

import { useMemo } from "react";
import { ANNOTATION_KINDS, type AnnotationKind, type AnnotationView } from "@/lib/validation/annotation";
import { KIND_LABELS } from "./kinds";

export type Filters = { kind: AnnotationKind | ""; author: string; group: string; tag: string };
export const NO_FILTERS: Filters = { kind: "", author: "", group: "", tag: "" };

/** Whether an annotation passes the margin's filters. */
export function passes(annotation: AnnotationView, filters: Filters): boolean {
  return (
    (!filters.kind || annotation.kind === filters.kind) &&
    (!filters.author || annotation.author.id === filters.author) &&
    (!filters.group || annotation.group?.id === filters.group) &&
    (!filters.tag || annotation.tags.includes(filters.tag))
  );
}

type Props = { annotations: AnnotationView[]; filters: Filters; onChange: (filters: Filters) => void };

/** The margin's filters: by kind, author, the group an annotation is shared with, and tag. */
export function AnnotationFilters({ annotations, filters, onChange }: Props) {
  const authors = useMemo(
    () => [...new Map(annotations.map((a) => [a.author.id, a.author.name])).entries()],
    [annotations],
  );
  const groups = useMemo(
    () => [...new Map(annotations.flatMap((a) => (a.group ? [[a.group.id, a.group.name] as const] : []))).entries()],
    [annotations],
  );
  const tags = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort(), [annotations]);
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <div className="filters">
      <select
        aria-label="Filter by kind"
        value={filters.kind}
        onChange={(e) => set({ kind: e.target.value as AnnotationKind | "" })}
      >
        <option value="">All kinds</option>
        {ANNOTATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by author" value={filters.author} onChange={(e) => set({ author: e.target.value })}>
        <option value="">All authors</option>
        {authors.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <select aria-label="Filter by group" value={filters.group} onChange={(e) => set({ group: e.target.value })}>
        <option value="">All groups</option>
        {groups.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <select aria-label="Filter by tag" value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="">All tags</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            #{t}
          </option>
        ))}
      </select>
    </div>
  );
}
