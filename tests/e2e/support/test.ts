import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

/**
 * Playwright's `test`, failing any test during which a page broke the
 * Content-Security-Policy: a violation means the policy blocked something
 * the app needed (a script, a style, a worker) or the app did something the
 * policy forbids, and either is a bug. Every spec imports `test` from here.
 *
 * Chromium reports each violation on the page's console ("Refused to …
 * because it violates the following Content Security Policy directive"), and
 * the page also fires `securitypolicyviolation`, which an init script turns
 * into a console line, so report-only and worker cases are caught too.
 */
const violations: string[] = [];
const watched = new WeakSet<BrowserContext>();

function watch(context: BrowserContext) {
  if (watched.has(context)) return;
  watched.add(context);
  void context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/.test(text)) violations.push(`${message.location().url}: ${text}`);
  });
}

export const test = base.extend<{ failOnCspViolation: void }, { watchedBrowser: Browser }>({
  // Contexts the tests open themselves (a second reader) are watched too.
  watchedBrowser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        watch(context);
        return context;
      };
      await use(browser);
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, use) => {
    watch(context);
    await use(context);
  },
  failOnCspViolation: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter
    async ({}, use) => {
      violations.length = 0;
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
