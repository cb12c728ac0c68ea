/**
 * The Content-Disposition of a classroom download named `fileName` (a
 * course or assignment title goes into it): in plain ASCII for old clients
 * (anything else becomes "-") and in full as filename* (RFC 6266) for the
 * rest, so no title can break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9 ._-]+/g, "-");
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987 does not allow there.
  const extended = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extended}`;
}
