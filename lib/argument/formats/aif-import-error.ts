/**
 * Thrown by fromAif when its input is not AIF that Warrant can read, or
 * describes something a Warrant map cannot hold. `message` is written for
 * the person who supplied the file and names the AIF node or edge by its id
 * in that file ("edge 12 points at node 99, which does not exist"); callers
 * show it as it is. Any other exception from fromAif is a bug.
 */
export class AifImportError extends Error {
  override readonly name = "AifImportError";

  constructor(message: string) {
    super(message);
  }
}
