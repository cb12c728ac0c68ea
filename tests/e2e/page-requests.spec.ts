import type { Request } from "@playwright/test";
import { signUpThroughForm } from "./support/accounts";
import { readerLoaded, sampleId } from "./support/reader";
import { expect, test } from "./support/test";

// Issue 12: what one student's first visit to the reader asks of the server.
// Every request counts when a class opens the reading at once.
test("the reader asks for its page, styles, scripts and list, prefetches a page only when its link is reached for, and gets static files compressed for good", async ({
  page,
}) => {
  await signUpThroughForm(page, "Page requests");
  const id = await sampleId(page.request);
  // Leave the library first, so that only the reader's own requests are counted.
  await page.goto("about:blank");
  const asked: Request[] = [];
  page.on("request", (request) => asked.push(request));
  await page.goto(`/documents/${id}`);
  await readerLoaded(page);
  // Next prefetches links in view once the page is hydrated and the browser idle; give it that time.
  await page.waitForTimeout(1_500);

  // No other page is fetched ahead (Next prefetches every link in view by default).
  const prefetches = () => asked.filter((request) => new URL(request.url()).searchParams.has("_rsc"));
  expect(prefetches().map((request) => request.url())).toEqual([]);
  const kinds = new Set(asked.map((request) => request.resourceType()));
  expect([...kinds].sort()).toEqual(expect.arrayContaining(["document", "script", "stylesheet"]));

  // Reached for with the pointer, then by keyboard: each link's page is fetched ahead then.
  const main = page.getByRole("navigation", { name: "Main" });
  await main.getByRole("link", { name: "Groups" }).hover();
  await expect.poll(() => prefetches().map((request) => new URL(request.url()).pathname)).toContain("/groups");
  await main.getByRole("link", { name: "Courses" }).focus();
  await expect.poll(() => prefetches().map((request) => new URL(request.url()).pathname)).toContain("/courses");
  await main.getByRole("link", { name: "Courses" }).click();
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The build's style sheets and scripts: brotli, cached for good, with the site's headers.
  const style = asked.find((request) => request.resourceType() === "stylesheet")!;
  const script = asked.find(
    (request) => request.resourceType() === "script" && request.url().includes("/_next/static/"),
  )!;
  for (const request of [style, script]) {
    const headers = (await request.response())!.headers();
    expect(headers["content-encoding"]).toBe("br");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  }
  expect((await style.response())!.headers()["content-type"]).toBe("text/css; charset=utf-8");
  expect((await script.response())!.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
});

test("the library prefetches a document's page only when its link is reached for", async ({ page }) => {
  await signUpThroughForm(page, "Library requests");
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) prefetched.push(url.pathname);
  });
  await page.reload();
  const sample = page.getByRole("list", { name: "Documents" }).getByRole("link").first();
  await expect(sample).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(prefetched).toEqual([]);

  await sample.hover();
  const href = (await sample.getAttribute("href"))!;
  await expect.poll(() => prefetched).toContain(href);
  await page.getByRole("link", { name: "New document" }).focus();
  await expect.poll(() => prefetched).toContain("/documents/new");
});
