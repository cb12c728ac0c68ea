import { spawn, type ChildProcess } from "node:child_process";
import { request } from "@playwright/test";
import { expect, test } from "./support/test";
import { startPostgresCluster } from "../support/postgres-cluster.mjs";
import { PASSWORD, uniqueEmail } from "./support/accounts";

// Two app instances on one throwaway PostgreSQL server, reusing the build
// Playwright's own server made: a change made through one reaches a live
// stream held on the other (LISTEN/NOTIFY across processes).
test.describe.configure({ timeout: 240_000 });

const started: ChildProcess[] = [];
test.afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function instance(port: number, databaseUrl: string) {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "one secret shared by every instance of this test",
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 180_000 }).toMatch(/ready on/);
  return `http://localhost:${port}`;
}

test("a change made through one instance reaches a live stream held on another", async () => {
  const cluster = await startPostgresCluster();
  try {
    const one = await instance(3211, cluster.url);
    const two = await instance(3212, cluster.url);

    // An account, signed in on the first instance; the session works on both.
    const api = await request.newContext({ baseURL: one });
    const email = uniqueEmail("instances");
    expect((await api.post("/api/users", { data: { name: "Ines", email, password: PASSWORD } })).status()).toBe(201);
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    await api.post("/api/auth/callback/credentials", { form: { email, password: PASSWORD, csrfToken, json: "true" } });
    const { document } = await (
      await api.post("/api/documents", {
        data: { format: "text", text: "Two instances\n\nOne change, seen everywhere." },
      })
    ).json();
    const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");

    // The live stream, held on the second instance.
    const stream = await fetch(`${two}/api/documents/${document.id}/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let received = "";
    const receiving = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    })();
    await expect.poll(() => received).toContain("event: hello");

    // A change through the first.
    const { plainText } = (await (await api.get(`/api/documents/${document.id}`)).json()).document;
    const start = plainText.indexOf("seen everywhere");
    const target = { exact: "seen everywhere", prefix: "", suffix: "", start, end: start + "seen everywhere".length };
    const created = await api.post(`/api/documents/${document.id}/annotations`, {
      data: { kind: "claim", comment: "made on one", target },
    });
    expect(created.status()).toBe(201);
    const { annotation } = await created.json();
    await expect.poll(() => received, { timeout: 5_000 }).toContain(annotation.id);
    expect(received).toContain("event: annotation");
    expect(received).toContain("made on one");

    await reader.cancel();
    await receiving.catch(() => {});
    await api.dispose();
  } finally {
    for (const child of started.splice(0)) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await cluster.stop();
  }
});
