/**
 * Thrown by fromArgdown when its input is not Argdown that Warrant can read,
 * or describes something a Warrant map cannot hold. `line` and `column`
 * (1-based) point at the offending place when it is known, and the message
 * then starts with "line N: ". The message is written for the person who
 * wrote the file (for syntax errors it is @argdown/core's own); callers show
 * it as it is. Any other exception from fromArgdown is a bug.
 */
export class ArgdownImportError extends Error {
  override readonly name = "ArgdownImportError";

  constructor(
    readonly reason: string,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(line === null ? reason : `line ${line}: ${reason}`);
  }
}
