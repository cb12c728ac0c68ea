import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
// Imported at the top, not inside the tests: mutation testing credits the
// code a module runs when it loads to the test that loaded it, and these
// routes load most of lib/.
import { POST as signUp } from "@/app/api/users/route";
import { POST as importDocument } from "@/app/api/documents/route";
import { POST as nextAuth } from "@/app/api/auth/[...nextauth]/route";

// The documents route asks who is signed in before it reads the body; outside
// Next there is no session, so stand in a signed-in reader. Nothing here
// reaches the database: every request is refused before it would.
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => ({ id: "00000000-0000-4000-8000-000000000001", email: "a@example.com", name: "A" }),
}));

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/**
 * A chunked upload (a stream, so no content-length) of `total` bytes that
 * counts how many bytes the server pulled from it: a reader that stops at its
 * limit pulls at most the limit, the chunk that crossed it, and the one chunk
 * a web stream queues ahead of its reader.
 */
function countingUpload(total: number, chunk: (index: number) => Uint8Array) {
  let pulled = 0;
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const bytes = chunk(index++);
      pulled += bytes.byteLength;
      controller.enqueue(bytes);
    },
  });
  return { stream, pulled: () => pulled };
}

function chunkedRequest(url: string, contentType: string, body: ReadableStream<Uint8Array>) {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);
}

const filler = new TextEncoder().encode("x".repeat(CHUNK));
/** What a reader that stops at `limit` may have pulled: see countingUpload. */
const atMost = (limit: number) => limit + 2 * CHUNK + 1024;

describe("request bodies are read only up to their limit", () => {
  it("refuses a 100 MB chunked JSON sign-up with 413 after reading about its 1 MB limit", async () => {
    const opening = new TextEncoder().encode('{"name":"');
    const upload = countingUpload(100 * MB, (i) => (i === 0 ? opening : filler));
    const response = await signUp(chunkedRequest("http://localhost/api/users", "application/json", upload.stream), {});
    console.log(`sign-up, 100 MB chunked JSON: read ${upload.pulled()} bytes before answering ${response.status}`);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/over 1 MB/);
    expect(upload.pulled()).toBeLessThanOrEqual(atMost(1 * MB));
  });

  it("refuses a 100 MB chunked multipart import with 413 after reading about its limit", async () => {
    const boundary = "----warrant-test";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const upload = countingUpload(100 * MB, (i) => (i === 0 ? head : filler));
    const request = chunkedRequest(
      "http://localhost/api/documents",
      `multipart/form-data; boundary=${boundary}`,
      upload.stream,
    );
    const response = await importDocument(request, {});
    console.log(`import, 100 MB chunked form: read ${upload.pulled()} bytes before answering ${response.status}`);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/over 2 MB/);
    expect(upload.pulled()).toBeLessThanOrEqual(atMost(2 * MB + 64 * 1024));
  });

  it("refuses a 100 MB chunked form post to next-auth with 413 after reading about its limit", async () => {
    const upload = countingUpload(100 * MB, (i) => (i === 0 ? new TextEncoder().encode("email=") : filler));
    const request = chunkedRequest(
      "http://localhost/api/auth/callback/credentials",
      "application/x-www-form-urlencoded",
      upload.stream,
    );
    const response = await nextAuth(new NextRequest(request), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    console.log(`next-auth, 100 MB chunked form: read ${upload.pulled()} bytes before answering ${response.status}`);
    expect(response.status).toBe(413);
    expect(upload.pulled()).toBeLessThanOrEqual(atMost(64 * 1024));
  });

  it("still reads a body under the limit whole, even when it arrives in pieces", async () => {
    const pieces = ['{"email":"not-an-email",', '"name":"A","password":"x"}'].map((s) => new TextEncoder().encode(s));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    const response = await signUp(chunkedRequest("http://localhost/api/users", "application/json", stream), {});
    expect(response.status).toBe(400);
    expect((await response.json()).field).toBe("email");
  });
});
