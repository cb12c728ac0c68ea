import Bowser from "bowser";

/**
 * "Chrome 159 on Windows" for a session's User-Agent header, so people can
 * tell their sessions apart at a glance; the raw header is kept for a title.
 * Parsed by bowser, since User-Agent strings claim to be several browsers at
 * once and only a maintained table of them reads them right.
 */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const { browser, os } = Bowser.parse(userAgent);
  const name = browser.name ? [browser.name, browser.version?.split(".")[0]].filter(Boolean).join(" ") : null;
  if (!name && !os.name) return "Unknown browser";
  return [name ?? "A browser", os.name].filter(Boolean).join(" on ");
}
