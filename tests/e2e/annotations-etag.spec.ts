import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { readerLoaded, sampleId } from "./support/reader";

const PHRASE = "knows who the boss is";

// The annotation list's ETag through the production server (Next's
// compression and routing included): a reload with nothing changed is 304,
// and neither a change nor another reader's request can be answered from it.
test("a reload of the annotation list with nothing changed is 304; after a change, or for another reader, the list", async ({
  page,
  browser,
}) => {
  await signUpThroughForm(page, "Reloading reader");
  const id = await sampleId(page.request);
  const url = `/api/documents/${id}/annotations`;

  const first = await page.request.get(url);
  const tag = first.headers()["etag"];
  expect(tag).toMatch(/^W\/"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toBe("private, no-cache");
  const reload = await page.request.get(url, { headers: { "if-none-match": tag } });
  expect(reload.status()).toBe(304);
  expect(await reload.body()).toHaveLength(0);

  const other = await (await browser.newContext()).newPage();
  await signUpThroughForm(other, "Other reader");
  expect((await other.request.get(url, { headers: { "if-none-match": tag } })).status()).toBe(200);

  const { document } = await (await page.request.get(`/api/documents/${id}`)).json();
  const start = document.plainText.indexOf(PHRASE);
  const target = { exact: PHRASE, prefix: "", suffix: "", start, end: start + PHRASE.length };
  expect((await page.request.post(url, { data: { kind: "claim", target } })).status()).toBe(201);
  const changed = await page.request.get(url, { headers: { "if-none-match": tag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(tag);
  expect((await changed.json()).annotations.map((a: { target: { exact: string } }) => a.target.exact)).toContain(
    PHRASE,
  );
});

// The list a whole class loads is gzipped once per distinct list (lib/http/gzip-cache.ts), not by Next for
// each response: gzip when the browser takes it, the same JSON as it is when it does not.
test("the annotation list is sent gzipped to a browser that takes gzip, and as it is to one that does not", async ({
  page,
}) => {
  await signUpThroughForm(page, "Gzip reader");
  const url = `/api/documents/${await sampleId(page.request)}/annotations`;
  const zipped = await page.request.get(url, { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(zipped.headers()["content-encoding"]).toBe("gzip");
  expect(zipped.headers()["vary"]).toMatch(/accept-encoding/i);
  const plain = await page.request.get(url, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await zipped.json()).toEqual(await plain.json());
  expect(zipped.headers()["etag"]).toBe(plain.headers()["etag"]);
});

// The reader page's head preloads the annotation list, and the reader's own
// request takes that response over: one request, started by the page's
// HTML rather than after its JavaScript ran (issue 12).
test("the reader page asks for its annotation list once, from its head", async ({ page }) => {
  await signUpThroughForm(page, "Preloaded reader");
  const { documents } = await (await page.request.get("/api/documents")).json();
  await page.goto(`/documents/${documents[0].id}`);
  await readerLoaded(page);
  const requests = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => /\/api\/documents\/[^/]+\/annotations$/.test(entry.name))
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(requests).toEqual(["link"]);
});
