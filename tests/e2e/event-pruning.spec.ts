import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { request } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { readerLoaded } from "./support/reader";

// A reader whose stream was away while the changes it missed were pruned
// from the event log: on reconnecting the server sends "reload", and the
// page fetches the annotations and the maps again. Its own instance (on the
// build Playwright's server made, with its own PGlite) prunes every 3 s,
// keeping only each document's newest event.
test.describe.configure({ timeout: 240_000 });

const PORT = 3158;
const started: ChildProcess[] = [];
const dirs: string[] = [];
test.afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function pruningInstance() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warrant-e2e-pruning-"));
  dirs.push(dir);
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PGLITE_DIR: dir,
      DATABASE_URL: "",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      WARRANT_EVENT_RETENTION_HOURS: "0",
      WARRANT_EVENT_KEEP_PER_DOCUMENT: "1",
      WARRANT_EVENT_PRUNE_EVERY_MINUTES: "0.05",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  const log = { text: "" };
  child.stdout!.on("data", (chunk) => (log.text += chunk));
  child.stderr!.on("data", (chunk) => (log.text += chunk));
  await expect.poll(() => log.text, { timeout: 180_000 }).toMatch(/ready on/);
  return { url: `http://localhost:${PORT}`, log };
}

const ARTICLE = [
  "Missed while away",
  "A reader who was away comes back to a log that no longer holds what they missed.",
].join("\n\n");

test("a stream resumed after the changes it missed were pruned reloads the annotations and the maps", async ({
  browser,
}) => {
  const server = await pruningInstance();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signUpThroughForm(page, "Ana", uniqueEmail("pruning"));
  const created = await page.request.post("/api/documents", { data: { format: "text", text: ARTICLE } });
  expect(created.status()).toBe(201);
  const { document } = await created.json();
  await page.goto(`/documents/${document.id}`);
  await readerLoaded(page);
  await expect(page.getByRole("list", { name: "Reading now" }).getByRole("listitem")).toHaveText([/^Ana/]);

  // The page goes offline (its stream closes); meanwhile an annotation and a map are made.
  // Changes made from elsewhere (a request context of its own, which going offline does not touch).
  const api = await request.newContext({ baseURL: server.url, storageState: await context.storageState() });
  await context.setOffline(true);
  const { plainText } = (await (await api.get(`/api/documents/${document.id}`)).json()).document;
  const exact = "no longer holds";
  const start = plainText.indexOf(exact);
  const annotation = await api.post(`/api/documents/${document.id}/annotations`, {
    data: {
      kind: "claim",
      comment: "made while the reader was away",
      tags: [],
      visibility: "private",
      target: { exact, prefix: "", suffix: "", start, end: start + exact.length },
    },
  });
  expect(annotation.status()).toBe(201);
  const map = await api.post(`/api/documents/${document.id}/maps`, { data: { title: "Missed map" } });
  expect(map.status()).toBe(201);
  // A last change, whose event the log keeps (a document's newest always stays): the two
  // before it are what only a reload can bring back.
  const last = await api.post(`/api/documents/${document.id}/annotations`, {
    data: {
      kind: "note",
      comment: "the last change",
      tags: [],
      visibility: "private",
      target: { exact: "Missed", prefix: "", suffix: "", start: 0, end: "Missed".length },
    },
  });
  expect(last.status()).toBe(201);
  const before = server.log.text.length;
  // The server prunes them from the log: the stream can no longer replay them.
  await expect.poll(() => server.log.text.slice(before), { timeout: 20_000 }).toMatch(/events: pruned \d+/);

  // Back online, the stream resumes from before them: "reload" brings both.
  await context.setOffline(false);
  const margin = page.getByRole("complementary", { name: "Annotations" });
  await expect(margin).toContainText("made while the reader was away", { timeout: 15_000 });
  await expect(margin).toContainText("the last change");
  // The map view was closed all along: only the reload told the page of the new map.
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Map" }).click();
  await expect(
    page.getByRole("combobox", { name: "Map", exact: true }).getByRole("option", { name: "Missed map" }),
  ).toHaveCount(1);
  await api.dispose();
  await context.close();
});
