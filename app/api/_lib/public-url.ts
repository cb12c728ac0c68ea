/**
 * An absolute address of this site for `path`, to hand to people (share and
 * invite links): under the public address NEXTAUTH_URL (start-up always sets
 * it), not the address the server happened to be reached at, which behind a
 * proxy or on 0.0.0.0 is not one a browser can use.
 */
export function publicUrl(path: string, request: Request): string {
  return new URL(path, process.env.NEXTAUTH_URL ?? request.url).toString();
}
