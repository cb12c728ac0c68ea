import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { PASSWORD, signInAlert, signInThroughForm, signUpThroughForm, uniqueEmail } from "./support/accounts";

function upload(request: APIRequestContext, name: string, buffer: Buffer, mimeType = "text/plain") {
  return request.post("/api/documents", { multipart: { title: "Upload", file: { name, mimeType, buffer } } });
}

async function documentCount(request: APIRequestContext) {
  const response = await request.get("/api/documents");
  return ((await response.json()) as { documents: unknown[] }).documents.length;
}

test("the document API refuses bad imports with 400 and saves nothing", async ({ page }) => {
  await signUpThroughForm(page, "API Tester");
  const request = page.request;
  const before = await documentCount(request);

  const cases: [Promise<APIResponse>, string, string][] = [
    [upload(request, "big.txt", Buffer.alloc(2 * 1024 * 1024 + 1, "a")), "file", "over 2 MB"],
    [upload(request, "photo.png", Buffer.from("not really a png")), "file", "Unsupported file type"],
    [upload(request, "tricky.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), "file", "binary"],
    [upload(request, "latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])), "file", "not UTF-8"],
    [request.post("/api/documents", { data: { format: "text", text: "   \n " } }), "text", "empty"],
    [request.post("/api/documents", { data: { format: "pdf", text: "hello" } }), "format", "format"],
    [
      request.post("/api/documents", { headers: { "content-type": "application/json" }, data: Buffer.from("{oops") }),
      "body",
      "JSON",
    ],
  ];
  for (const [pending, field, message] of cases) {
    const response = await pending;
    expect(response.status(), message).toBe(400);
    const body = await response.json();
    expect(body.field).toBe(field);
    expect(body.error).toContain(message);
  }
  expect(await documentCount(request)).toBe(before);
});

test("uploads of .txt, .md and .html import through their importers; HTML keeps no scripts", async ({ page }) => {
  await signUpThroughForm(page, "Uploader");
  const html = `<h1>Page</h1><p onclick="alert(1)">Safe <a href="javascript:alert(2)">link</a></p><script>alert(3)</script><iframe src="x"></iframe>`;
  const response = await upload(page.request, "page.html", Buffer.from(html), "text/html");
  expect(response.status()).toBe(201);
  const { document } = await response.json();
  const stored = await (await page.request.get(`/api/documents/${document.id}`)).json();
  const json = JSON.stringify(stored.document.content);
  expect(json).not.toMatch(/script|onclick|iframe|javascript:|alert/);
  expect(json).toContain("Safe ");

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`/documents/${document.id}`);
  const article = page.getByRole("document", { name: "Upload" });
  await expect(article).toContainText("Safe link");
  // The javascript: link lost its href, so its label is plain text now.
  await expect(article.getByRole("link")).toHaveCount(0);
  await expect(article.locator("script, iframe, [onclick]")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("signed-out callers get 401 and other people's private documents are 404", async ({ page, browser }) => {
  await signUpThroughForm(page, "Private Owner");
  const created = await page.request.post("/api/documents", {
    data: { title: "Mine", format: "text", text: "Mine alone." },
  });
  const { document } = await created.json();

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/documents")).status()).toBe(401);
  expect((await anonymous.request.get(`/api/documents/${document.id}`)).status()).toBe(401);
  expect((await anonymous.request.post("/api/documents", { data: { format: "text", text: "x" } })).status()).toBe(401);
  await anonymous.close();

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUpThroughForm(stranger, "Stranger");
  const seen = await stranger.request.get(`/api/documents/${document.id}`);
  const missing = await stranger.request.get("/api/documents/00000000-0000-4000-8000-000000000000");
  expect(seen.status()).toBe(404);
  expect(await seen.json()).toEqual(await missing.json());
  await stranger.goto(`/documents/${document.id}`);
  await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();
  const content = {
    type: "doc",
    content: [{ type: "title", content: [{ type: "text", text: "Taken" }] }, { type: "paragraph" }],
  };
  const edit = await stranger.request.put(`/api/documents/${document.id}`, { data: { version: 1, content } });
  expect(edit.status()).toBe(404);
  await strangerContext.close();
});

test("only the owner edits the text, and a stale save is refused with 409", async ({ page }) => {
  await signUpThroughForm(page, "Editor");
  const created = await page.request.post("/api/documents", {
    data: { title: "Draft", format: "text", text: "First words." },
  });
  const { document } = await created.json();
  const { document: loaded } = await (await page.request.get(`/api/documents/${document.id}`)).json();
  const content = loaded.content;
  content.content[1].content[0].text = "Second words.";

  const saved = await page.request.put(`/api/documents/${document.id}`, { data: { version: 1, content } });
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toEqual({
    id: document.id,
    version: 2,
    annotations: { moved: 0, orphaned: 0, overBudget: 0 },
  });
  const stale = await page.request.put(`/api/documents/${document.id}`, { data: { version: 1, content } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current).toEqual({ version: 2 });
  const foreign = await page.request.put(`/api/documents/${document.id}`, {
    data: { version: 2, content: { type: "doc", content: [{ type: "script" }] } },
  });
  expect(foreign.status()).toBe(400);
  expect((await foreign.json()).field).toBe("content");

  const library = await (await page.request.get("/api/documents")).json();
  const sample = library.documents.find((d: { role: string }) => d.role !== "owner");
  const sampleNow = await (await page.request.get(`/api/documents/${sample.id}`)).json();
  const notOwner = await page.request.put(`/api/documents/${sample.id}`, {
    data: { version: sampleNow.document.version, content: sampleNow.document.content },
  });
  expect(notOwner.status()).toBe(403);

  await page.goto(`/documents/${document.id}`);
  await expect(page.getByRole("document", { name: "Draft" })).toContainText("Second words.");
});

test("ten failed sign-ins lock the account for a while", async ({ page }) => {
  const email = await signUpThroughForm(page, "Locked Out", uniqueEmail("locked"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  for (let i = 0; i < 10; i++) {
    await signInThroughForm(page, email, `wrong password ${i}`);
    await expect(signInAlert(page)).toHaveText("Wrong email or password.");
  }
  await signInThroughForm(page, email, PASSWORD);
  await expect(signInAlert(page)).toHaveText("Too many attempts, try again later.");
});
