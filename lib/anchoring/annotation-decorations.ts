import { Plugin, PluginKey } from "prosemirror-state";
import type { Transaction } from "prosemirror-state";
import { applyAnnotationAction, EMPTY_ANNOTATION_STATE, mapAnnotationState } from "./annotation-state";
import type { AnnotationAction, AnnotationDecorationSpec, AnnotationDecorationsState } from "./annotation-state";
import type { OverlapClasses } from "./overlap-decorations";

// Annotations are drawn, not stored in the document: each is an inline
// decoration over its anchored range. Edits move them by step mapping —
// the DecorationSet is mapped, never rebuilt, which keeps typing cheap
// with thousands of annotations — and only a change to the list itself,
// sent as transaction meta through the functions below, anchors selectors.

export type { AnnotationDecorationSpec, AnnotationDecorationsState } from "./annotation-state";
export { anchorsOf } from "./annotation-state";

/** The key of the `annotationDecorations` plugin; `getState` reads its state. */
// Stryker disable next-line StringLiteral: equivalent, the name only labels the key, which PluginKey makes unique whatever it is.
export const annotationDecorationsKey = new PluginKey<AnnotationDecorationsState>("annotationDecorations");

// Several changes may ride on one transaction, so the meta is a list.
function withAction(tr: Transaction, action: AnnotationAction): Transaction {
  const actions = (tr.getMeta(annotationDecorationsKey) as readonly AnnotationAction[] | undefined) ?? [];
  return tr.setMeta(annotationDecorationsKey, [...actions, action]);
}

/**
 * Makes `specs` the annotations drawn, anchoring those that are new or
 * whose target changed and dropping those not listed. Returns `tr`.
 */
export function setAnnotations(tr: Transaction, specs: readonly AnnotationDecorationSpec[]): Transaction {
  return withAction(tr, { type: "set", specs });
}

/** Adds an annotation, or replaces the one with the same id. Returns `tr`. */
export function upsertAnnotation(tr: Transaction, spec: AnnotationDecorationSpec): Transaction {
  return withAction(tr, { type: "upsert", spec });
}

/** Stops drawing annotation `id` (nothing happens for an unknown id). Returns `tr`. */
export function removeAnnotation(tr: Transaction, id: string): Transaction {
  return withAction(tr, { type: "remove", id });
}

/**
 * Gives annotation `id` the focused class (and takes it from the one that
 * had it); null focuses none. Returns `tr`.
 */
export function focusAnnotation(tr: Transaction, id: string | null): Transaction {
  // Stryker disable next-line StringLiteral: equivalent, applyAnnotationAction takes every action that is not set, upsert or remove as a focus.
  return withAction(tr, { type: "focus", id });
}

/** Options of `annotationDecorations`. */
export interface AnnotationDecorationsOptions {
  /** Added to the focused annotation's class; default "annotation-focused". */
  readonly focusedClass?: string;
  /** The class of a stretch whose annotations' classes differ; default "annotation annotation-mixed". */
  readonly mixedClass?: string;
  /** Followed by a stretch's count bucket (1, 2, 3-5, 6-plus); default "annotation-count-". */
  readonly countClassPrefix?: string;
}

/** The classes `annotationDecorations` draws with when its options name none. */
export const DEFAULT_OVERLAP_CLASSES: OverlapClasses = {
  focused: "annotation-focused",
  mixed: "annotation annotation-mixed",
  countPrefix: "annotation-count-",
};

/**
 * A plugin, keyed by `annotationDecorationsKey`, that places annotations as
 * inline decorations: Decoration.inline(from, to, { class,
 * "data-annotation-id": id, ...attrs }, { id }), one per textblock of a
 * range that may cross blocks (`anchorsOf` gives each annotation's range).
 * What it draws is `segments`: one span per stretch of text covered by the
 * same annotations, whatever their number, with a class for how many
 * (countClassPrefix + "1", "2", "3-5" or "6-plus"), the annotations' class
 * when they share it (else mixedClass), the focused class when the focused
 * annotation is among them, data-annotation-ids (the focused one, then the
 * innermost, at most eight), data-annotation-count, and a lone annotation's
 * own attrs. On every document change the DecorationSet is mapped (typing
 * at an edge does not grow an annotation); an annotation whose passage was
 * deleted is moved to `orphaned`. An orphan is looked for again only when
 * its target is set anew.
 */
export function annotationDecorations(options: AnnotationDecorationsOptions = {}): Plugin<AnnotationDecorationsState> {
  const classes: OverlapClasses = {
    focused: options.focusedClass ?? DEFAULT_OVERLAP_CLASSES.focused,
    mixed: options.mixedClass ?? DEFAULT_OVERLAP_CLASSES.mixed,
    countPrefix: options.countClassPrefix ?? DEFAULT_OVERLAP_CLASSES.countPrefix,
  };
  return new Plugin<AnnotationDecorationsState>({
    key: annotationDecorationsKey,
    state: {
      init: () => EMPTY_ANNOTATION_STATE,
      apply(tr, value) {
        let state = tr.docChanged ? mapAnnotationState(value, tr.mapping, tr.doc, classes) : value;
        const actions = tr.getMeta(annotationDecorationsKey) as readonly AnnotationAction[] | undefined;
        for (const action of actions ?? []) state = applyAnnotationAction(state, action, tr.doc, classes);
        return state;
      },
    },
    props: {
      // Stryker disable next-line OptionalChaining: equivalent, the view asks only states that hold this plugin, so getState is never undefined here.
      decorations: (state) => annotationDecorationsKey.getState(state)?.segments,
    },
  });
}
