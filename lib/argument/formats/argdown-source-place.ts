import type { HasLocation } from "@argdown/core/dist/model/model.js";

/**
 * Where an element of an Argdown source starts (1-based line and column),
 * used to keep the source's order and to point error messages at a line.
 * An unknown place (@argdown/core leaves some elements without one) is
 * Infinity, so it sorts last and reads as null in an error.
 */
export class SourcePlace {
  private constructor(
    readonly line: number,
    readonly column: number,
  ) {}

  static of(item: HasLocation | undefined): SourcePlace {
    return new SourcePlace(item?.startLine ?? Number.POSITIVE_INFINITY, item?.startColumn ?? Number.POSITIVE_INFINITY);
  }

  /** The earliest of `items`' places (unknown when there are none). */
  static first(items: readonly (HasLocation | undefined)[]): SourcePlace {
    return (
      items
        .map(SourcePlace.of)
        // Stryker disable next-line EqualityOperator: "<" would keep the later of two equal places, which hold the same line and column
        .reduce((a, b) => (SourcePlace.compare(a, b) <= 0 ? a : b), SourcePlace.of(undefined))
    );
  }

  /** Orders by line, then column; equal or unknown places compare equal, so a stable sort keeps them in order. */
  static compare(a: SourcePlace, b: SourcePlace): number {
    const order = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
    return order(a.line, b.line) || order(a.column, b.column);
  }

  /** [line, column] as ArgdownImportError takes them: null where unknown. */
  get known(): [number | null, number | null] {
    return [Number.isFinite(this.line) ? this.line : null, Number.isFinite(this.column) ? this.column : null];
  }
}
