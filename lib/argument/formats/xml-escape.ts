/**
 * `text` made safe as XML 1.0 character data and as a quoted attribute value
 * (single or double quotes): `& < > " '` become entity references; tab,
 * line feed and carriage return become character references, because a
 * parser would turn them into spaces in an attribute (and CR into LF
 * anywhere); characters XML 1.0 forbids outright — other C0 controls, lone
 * surrogates, U+FFFE and U+FFFF — are dropped, since no escape can carry them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
