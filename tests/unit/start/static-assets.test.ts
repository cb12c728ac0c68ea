import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticAssets } from "../../../scripts/start/static-assets.mjs";

// A build directory as Next leaves it: hashed chunks under static/, other files beside.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "warrant-static-"));
const script = "export const answer = 42;\n".repeat(400);
const style = ".article { line-height: 1.6 }\n".repeat(200);
const tiny = "a{}";
fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
fs.mkdirSync(path.join(dist, "static", "media"), { recursive: true });
fs.writeFileSync(path.join(dist, "static", "chunks", "0abc.js"), script);
fs.writeFileSync(path.join(dist, "static", "chunks", "1def.css"), style);
fs.writeFileSync(path.join(dist, "static", "chunks", "2tiny.css"), tiny);
fs.writeFileSync(path.join(dist, "static", "media", "font.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
fs.writeFileSync(path.join(dist, "BUILD_ID"), "secret-ish");

const assets = staticAssets(dist);
let passedOn: string[] = [];
const server = http.createServer((req, res) => {
  if (assets.answer(req, res)) return;
  passedOn.push(`${req.method} ${req.url}`);
  res.writeHead(418).end();
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

/** A raw request (fetch would decompress, and hide which encoding came back). */
function get(urlPath: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    // Options, not a URL: a URL would resolve the "../" this test sends as it is.
    const request = http.request({ host: "127.0.0.1", port, path: urlPath, method, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the build's static files, answered from memory", () => {
  it("sends brotli to a browser that takes it, with the type, an immutable cache and the site's headers", async () => {
    const answer = await get("/_next/static/chunks/0abc.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(answer.body).toString()).toBe(script);
    expect(answer.headers["content-length"]).toBe(String(answer.body.length));
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(answer.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers["vary"]).toBe("Accept-Encoding");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["referrer-policy"]).toBe("same-origin");
  });

  it("sends gzip, or the file itself, to a client that takes only those", async () => {
    const gzipped = await get("/_next/static/chunks/1def.css", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(style);

    const plain = await get("/_next/static/chunks/1def.css");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(style);

    const refused = await get("/_next/static/chunks/1def.css", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(style);
  });

  it("sends a file too small to gain, or not text, as it is", async () => {
    const small = await get("/_next/static/chunks/2tiny.css", { "accept-encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe(tiny);
    const font = await get("/_next/static/media/font.woff2", { "accept-encoding": "br, gzip" });
    expect(font.headers["content-encoding"]).toBeUndefined();
    expect(font.headers["content-type"]).toBe("font/woff2");
    expect([...font.body]).toEqual([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);
  });

  it("tags each encoding apart and answers 304 to the tag a browser kept", async () => {
    const br = await get("/_next/static/chunks/0abc.js", { "accept-encoding": "br" });
    const gz = await get("/_next/static/chunks/0abc.js", { "accept-encoding": "gzip" });
    expect(br.headers.etag).toMatch(/^"[\w-]+-br"$/);
    expect(gz.headers.etag).toMatch(/^"[\w-]+-gzip"$/);
    const kept = await get("/_next/static/chunks/0abc.js", {
      "accept-encoding": "br",
      "if-none-match": `W/"other", ${br.headers.etag}`,
    });
    expect(kept.status).toBe(304);
    expect(kept.body.length).toBe(0);
    // The gzip tag does not stand for the brotli body.
    const other = await get("/_next/static/chunks/0abc.js", {
      "accept-encoding": "br",
      "if-none-match": gz.headers.etag!,
    });
    expect(other.status).toBe(200);
  });

  it("answers HEAD with the headers only, and ignores a query string", async () => {
    const head = await get("/_next/static/chunks/1def.css?v=3", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("gzip");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it("leaves every other request to Next: other paths, files outside static/, unknown files, other methods", async () => {
    passedOn = [];
    const paths = [
      "/documents",
      "/_next/static/chunks/missing.js",
      "/_next/static/chunks/../../BUILD_ID",
      "/_next/static/chunks/%2e%2e/%2e%2e/BUILD_ID",
      "/_next/static/chunks",
      "/_next/static/CHUNKS/0abc.js",
    ];
    for (const urlPath of paths) expect((await get(urlPath)).status).toBe(418);
    expect((await get("/_next/static/chunks/0abc.js", {}, "POST")).status).toBe(418);
    expect(passedOn).toEqual([...paths.map((urlPath) => `GET ${urlPath}`), "POST /_next/static/chunks/0abc.js"]);
  });

  it("knows the files the build had when it started, and can read them all ahead", async () => {
    expect(assets.size).toBe(4);
    await assets.warm();
  });
});
