// @ts-check

/**
 * What a student sees of the reading, as a string: the visible article's
 * text, run by run, each run with the highlight it is under (its classes,
 * which carry the kind and the tint's count bucket, and its count), or none.
 * Equal strings, equal reading on screen, whether the server's prepainted
 * article or the editor draws it (their elements differ: the editor's name
 * their annotations, the prepaint's do not). "" while no article with text is
 * visible. Runs in the page (page.evaluate, or an init script): it must not
 * refer to anything outside itself.
 */
export function readingDrawing() {
  const article = [...document.querySelectorAll('[role="document"].article')].find(
    (element) => element.getBoundingClientRect().height > 0,
  );
  if (!article || !article.textContent?.trim()) return "";
  /** @type {{ under: string, length: number }[]} */
  const runs = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let at = node.parentElement;
    while (at && at !== article && !at.hasAttribute("data-annotation-count")) at = at.parentElement;
    const under = at && at !== article ? `${at.className}#${at.getAttribute("data-annotation-count")}` : "";
    const last = runs[runs.length - 1];
    if (last?.under === under) last.length += node.textContent?.length ?? 0;
    else runs.push({ under, length: node.textContent?.length ?? 0 });
  }
  return runs.map((run) => `${run.under}:${run.length}`).join("|");
}
