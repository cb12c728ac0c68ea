import http from "node:http";
import type { Page } from "@playwright/test";
import { PASSWORD, signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";
import { readerLoaded } from "./support/reader";

// The fixture in ./support/test fails any test here (and in every other spec)
// on a Content-Security-Policy violation, so opening a page is the check.

function nonceOf(policy: string | undefined) {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}

async function open(page: Page, path: string) {
  const response = (await page.goto(path))!;
  const policy = response.headers()["content-security-policy"];
  expect(nonceOf(policy), `${path} has a nonce in its CSP`).toBeTruthy();
  expect(policy).not.toContain("unsafe-eval");
  // Next put the nonce on every script it rendered; a script without it would not run.
  const scripts = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length, path).toBeGreaterThan(0);
  expect(new Set(scripts), `${path}: every script carries the response's nonce`).toEqual(new Set([nonceOf(policy)]));
  return response;
}

test("every page renders and runs under the Content-Security-Policy, the map view included", async ({
  page,
  browser,
}) => {
  const signedOut = await browser.newPage();
  for (const path of ["/", "/signin", "/signup", "/no-such-page"]) await open(signedOut, path);
  await signedOut.close();

  await signUpThroughForm(page, "Policy Reader");
  await open(page, "/documents");
  await open(page, "/documents/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { group } = await (await page.request.post("/api/groups", { data: { name: "Readers" } })).json();
  await open(page, "/groups");
  await open(page, `/groups/${group.id}`);
  await expect(page.getByRole("heading", { name: "Readers" })).toBeVisible();
  const { url } = await (await page.request.post(`/api/groups/${group.id}/invite-link`)).json();
  await open(page, new URL(url).pathname);

  // A document of this reader's own: the shared sample's maps change under other tests.
  const imported = await page.request.post("/api/documents", {
    data: { format: "markdown", text: "# Policies\n\nA claim worth mapping." },
  });
  const { document } = await imported.json();
  await open(page, `/documents/${document.id}`);
  await readerLoaded(page);
  // A map with a statement nobody has placed yet, so the Web Worker lays it out.
  const statement = {
    id: "n1",
    annotationId: null,
    kind: "statement",
    text: "A statement to lay out.",
    position: null,
  };
  const made = await page.request.post(`/api/documents/${document.id}/maps`, {
    data: { title: "Laid out", graph: { nodes: [statement], arguments: [], attacks: [] } },
  });
  expect(made.ok()).toBe(true);
  await page.reload();
  await readerLoaded(page);
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  // Laid out by the Web Worker (worker-src), placed by React Flow through element.style.
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(1);
  await expect(map.locator(".react-flow__node-statement").first()).toHaveAttribute("style", /transform/);
});

test("pages get a fresh nonce each time; pages and the API send the other security headers", async ({ page }) => {
  const first = await open(page, "/signin");
  const second = await open(page, "/signin");
  expect(nonceOf(first.headers()["content-security-policy"])).not.toBe(
    nonceOf(second.headers()["content-security-policy"]),
  );
  for (const headers of [first.headers(), (await page.request.get("/api/documents")).headers()]) {
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], "no HSTS over plain HTTP").toBeUndefined();
  }
  const behindTls = await page.request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toBe("max-age=31536000");
});

test("an unknown /api/ path answers JSON 404, not the HTML page", async ({ request }) => {
  for (const method of ["GET", "POST", "DELETE"]) {
    const response = await request.fetch("/api/no/such/route", { method, data: method === "GET" ? undefined : {} });
    expect(response.status(), method).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: `No API route ${method} /api/no/such/route` });
  }
});

test("a form on another site cannot sign anyone up by posting JSON as text/plain", async ({ page, baseURL }) => {
  const email = uniqueEmail("forged");
  // The classic JSON CSRF: a text/plain form whose one field name and value
  // concatenate ("name=value") into a JSON body. No script, no preflight.
  const json = JSON.stringify({ name: "Forged", email, password: PASSWORD, pad: "" }).slice(0, -2);
  const form = `<form method="post" action="${baseURL}/api/users" enctype="text/plain">
    <input type="hidden" name='${json}' value='"}'><button>Win a prize</button></form>`;
  // The attacker's page, with no policy of its own, on another origin and
  // site: to the browser 127.0.0.1 is not localhost.
  const attacker = `${baseURL!.replace("localhost", "127.0.0.1")}/win-a-prize`;
  await page.route(attacker, (route) => route.fulfill({ contentType: "text/html", body: form }));
  await page.goto(attacker);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/api/users")),
    page.getByRole("button", { name: "Win a prize" }).click(),
  ]);
  expect(answer.request().headers()["content-type"]).toBe("text/plain");
  expect(answer.status()).toBe(403);
  expect((await answer.json()).error).toMatch(/another site/);
  const real = await page.request.post("/api/users", { data: { name: "Real", email, password: PASSWORD } });
  expect(real.status(), "the forged post created no account").toBe(201);
});

test("a 100 MB chunked upload is refused with 413 long before it is all sent", async ({ baseURL }) => {
  const LIMIT = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, "x");
  const { status, written } = await new Promise<{ status: number; written: number }>((resolve, reject) => {
    let written = 0;
    const request = http.request(`${baseURL}/api/users`, {
      method: "POST",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    request.on("response", (response) => {
      response.resume();
      resolve({ status: response.statusCode!, written });
      request.destroy();
    });
    request.on("error", reject);
    const pump = () => {
      while (written < LIMIT) {
        written += chunk.length;
        if (!request.write(written === chunk.length ? Buffer.from(`{"name":"${"x".repeat(1000)}`) : chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      request.end();
    };
    pump();
  });
  console.log(`100 MB chunked sign-up: the server answered ${status} after the client had sent ${written} bytes`);
  expect(status).toBe(413);
  // What the client sent includes what the kernel buffers on both sides; the server read ~1 MB of it.
  expect(written).toBeLessThan(LIMIT / 4);
});
