import { type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";
import { sampleId } from "./support/reader";

type Doc = { id: string; plainText: string };

/** The sample's id and the plain text that selectors are measured against. */
async function sampleDocument(request: APIRequestContext): Promise<Doc> {
  const id = await sampleId(request);
  const { document } = await (await request.get(`/api/documents/${id}`)).json();
  return { id, plainText: document.plainText };
}

function targetFor(text: string, exact: string) {
  const start = text.indexOf(exact);
  return {
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + exact.length, start + exact.length + 32),
    start,
    end: start + exact.length,
  };
}

async function reader(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUpThroughForm(page, name);
  return page;
}

test("bad annotation input is refused with 400 naming the field, and nothing is saved", async ({ page }) => {
  await signUpThroughForm(page, "Validator");
  const doc = await sampleDocument(page.request);
  const url = `/api/documents/${doc.id}/annotations`;
  const good = { kind: "claim", target: targetFor(doc.plainText, "knows who the boss is") };
  const cases: [unknown, string][] = [
    [{ ...good, kind: "rumour" }, "kind"],
    [{ ...good, target: { ...good.target, exact: "" } }, "target.exact"],
    [{ ...good, target: { ...good.target, end: good.target.start } }, "target.end"],
    [{ ...good, target: { ...good.target, start: -1 } }, "target.start"],
    [{ ...good, target: { ...good.target, start: 5, end: 26 } }, "target.exact"],
    [{ ...good, target: { ...good.target, start: 10_000_000, end: 10_000_021 } }, "target.end"],
    [{ ...good, comment: "x".repeat(10_001) }, "comment"],
    [{ ...good, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags"],
    [{ ...good, tags: ["x".repeat(51)] }, "tags.0"],
  ];
  for (const [data, field] of cases) {
    const response = await page.request.post(url, { data: data as object });
    expect(response.status(), field).toBe(400);
    expect((await response.json()).field, JSON.stringify(data).slice(0, 80)).toBe(field);
  }
  // A body over the 1 MB limit is refused as too large, unread past the limit.
  const tooLarge = await page.request.post(url, { data: { ...good, comment: "x".repeat(1024 * 1024 + 1) } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatch(/over 1 MB/);
  expect((await (await page.request.get(url)).json()).annotations).toEqual([]);
  const created = await page.request.post(url, { data: good });
  expect(created.status()).toBe(201);
});

test("who may read, edit, delete, reply to and export annotations", async ({ page, browser }) => {
  await signUpThroughForm(page, "Author");
  const doc = await sampleDocument(page.request);
  const url = `/api/documents/${doc.id}/annotations`;
  const shared = (
    await (
      await page.request.post(url, {
        data: { kind: "claim", visibility: "everyone", target: targetFor(doc.plainText, "knows who the boss is") },
      })
    ).json()
  ).annotation;
  const secret = (
    await (
      await page.request.post(url, {
        data: { kind: "note", target: targetFor(doc.plainText, "patron-client relationship") },
      })
    ).json()
  ).annotation;
  const own = await (
    await page.request.post("/api/documents", {
      data: { title: "Mine", format: "text", text: "Mine\n\nPrivate words here." },
    })
  ).json();
  const ownAnnotation = (
    await (
      await page.request.post(`/api/documents/${own.document.id}/annotations`, {
        data: {
          kind: "claim",
          visibility: "everyone",
          target: targetFor("Mine\n\nPrivate words here.", "Private words"),
        },
      })
    ).json()
  ).annotation;

  const other = await reader(browser, "Other Reader");
  // Other tests' readers annotate the sample too: look only at this test's.
  const ours = new Set([shared.id, secret.id]);
  const seen = (await (await other.request.get(url)).json()).annotations
    .map((a: { id: string }) => a.id)
    .filter((id: string) => ours.has(id));
  expect(seen).toEqual([shared.id]);
  const w3c = await other.request.get(`${url}?format=w3c`);
  expect(w3c.headers()["content-type"]).toContain("application/ld+json");
  const exportedIds = (await w3c.json()).first.items.map((item: { id: string }) => item.id.split("/").pop());
  expect(exportedIds).toContain(shared.id);
  expect(exportedIds).not.toContain(secret.id);
  expect((await other.request.patch(`/api/annotations/${shared.id}`, { data: { comment: "mine now" } })).status()).toBe(
    403,
  );
  expect((await other.request.delete(`/api/annotations/${shared.id}`)).status()).toBe(403);
  expect((await other.request.patch(`/api/annotations/${secret.id}`, { data: { comment: "x" } })).status()).toBe(404);
  expect((await other.request.post(`/api/annotations/${secret.id}/replies`, { data: { body: "hi" } })).status()).toBe(
    404,
  );
  expect(
    (await other.request.post(`/api/annotations/${shared.id}/replies`, { data: { body: "Agreed." } })).status(),
  ).toBe(201);
  expect((await other.request.get(`/api/documents/${own.document.id}/annotations`)).status()).toBe(404);
  expect(
    (await other.request.post(`/api/annotations/${ownAnnotation.id}/replies`, { data: { body: "x" } })).status(),
  ).toBe(404);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(url)).status()).toBe(401);
  expect((await anonymous.request.post(url, { data: {} })).status()).toBe(401);
  expect((await anonymous.request.patch(`/api/annotations/${shared.id}`, { data: { comment: "x" } })).status()).toBe(
    401,
  );
  expect((await anonymous.request.delete(`/api/annotations/${shared.id}`)).status()).toBe(401);
  expect(
    (await anonymous.request.post(`/api/annotations/${shared.id}/replies`, { data: { body: "x" } })).status(),
  ).toBe(401);
  await anonymous.close();

  expect(
    (await page.request.patch(`/api/annotations/${shared.id}`, { data: { comment: "Still mine" } })).status(),
  ).toBe(200);
  const deleted = await page.request.delete(`/api/annotations/${shared.id}`);
  expect(await deleted.json()).toEqual({ id: shared.id, placeholder: true });
  const after = (await (await other.request.get(url)).json()).annotations.filter(
    (a: { id: string }) => a.id === shared.id,
  );
  expect(after).toMatchObject([{ id: shared.id, deleted: true, comment: "", replies: [{ body: "Agreed." }] }]);
});

test("only its author deletes a reply (undo of replying): 403 for others, 404 for what names nothing", async ({
  page,
  browser,
}) => {
  await signUpThroughForm(page, "Asker");
  const doc = await sampleDocument(page.request);
  const annotation = (
    await (
      await page.request.post(`/api/documents/${doc.id}/annotations`, {
        data: { kind: "question", visibility: "everyone", target: targetFor(doc.plainText, "knows who the boss is") },
      })
    ).json()
  ).annotation;
  const replyUrl = `/api/annotations/${annotation.id}/replies`;
  const other = await reader(browser, "Answerer");
  const theirs = (await (await other.request.post(replyUrl, { data: { body: "Theirs." } })).json()).reply;
  const mine = (await (await page.request.post(replyUrl, { data: { body: "Mine." } })).json()).reply;

  expect((await page.request.delete(`${replyUrl}/${theirs.id}`)).status()).toBe(403);
  expect((await page.request.delete(`${replyUrl}/not-a-uuid`)).status()).toBe(404);
  expect((await page.request.delete(`${replyUrl}/00000000-0000-4000-8000-000000000000`)).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.delete(`${replyUrl}/${mine.id}`)).status()).toBe(401);
  await anonymous.close();

  const deleted = await page.request.delete(`${replyUrl}/${mine.id}`);
  expect(deleted.status()).toBe(200);
  expect(await deleted.json()).toEqual({ id: mine.id });
  const listed = (await (await other.request.get(`/api/documents/${doc.id}/annotations`)).json()).annotations.find(
    (a: { id: string }) => a.id === annotation.id,
  );
  expect(listed.replies.map((r: { body: string }) => r.body)).toEqual(["Theirs."]);
});
