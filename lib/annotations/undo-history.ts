/**
 * The reader's undo and redo of what they did in the margin: one step per
 * action, the newest undone first. Framework-free: the caller records each
 * action with how to reverse and reapply it (usually API calls) and shows
 * what each step did.
 */

/** Why an action must not be reversed (undo of a create others have replied to); the step is dropped. */
export type Refusal = { refused: string };

/** One thing the reader did, and how to take it back and do it again. */
export type ReaderAction = {
  /** What was done, as a status line says it: "Annotation deleted", "Tagged as Claim". */
  readonly label: string;
  /** Takes the action back. Throws when that failed (the step is kept); resolves to a Refusal when it must not be done. */
  readonly reverse: () => Promise<Refusal | void>;
  /** Does the action again after `reverse`. Throws when that failed (the step is kept). */
  readonly reapply: () => Promise<void>;
};

/** What one undo or redo did. */
export type HistoryStep =
  | { outcome: "undone" | "redone"; action: ReaderAction }
  | { outcome: "refused"; action: ReaderAction; reason: string }
  | { outcome: "nothing" };

const DEFAULT_LIMIT = 100;

export class UndoHistory {
  private done: ReaderAction[] = [];
  private undone: ReaderAction[] = [];
  /** The step running now: the next waits for it, so steps apply in the order asked even when keys repeat. */
  private running: Promise<unknown> = Promise.resolve();

  /** `limit`: how many steps back undo reaches; older ones are forgotten. */
  constructor(readonly limit = DEFAULT_LIMIT) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Records an action just done; what could be redone is forgotten, as in every editor. */
  record(action: ReaderAction): void {
    this.done.push(action);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** Forgets every step (an edit of the text hands undo back to the editor's own history). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** Reverses the newest action done. */
  undo(): Promise<HistoryStep> {
    return this.queue(async () => {
      const action = this.done.at(-1);
      if (!action) return { outcome: "nothing" };
      const refusal = await action.reverse();
      this.done.pop();
      if (refusal) return { outcome: "refused", action, reason: refusal.refused };
      this.undone.push(action);
      return { outcome: "undone", action };
    });
  }

  /** Reapplies the action undone last. */
  redo(): Promise<HistoryStep> {
    return this.queue(async () => {
      const action = this.undone.at(-1);
      if (!action) return { outcome: "nothing" };
      await action.reapply();
      this.undone.pop();
      this.done.push(action);
      return { outcome: "redone", action };
    });
  }

  private queue(step: () => Promise<HistoryStep>): Promise<HistoryStep> {
    const next = this.running.then(step, step);
    this.running = next.catch(() => {});
    return next;
  }
}
