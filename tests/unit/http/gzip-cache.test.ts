import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, GzipCache } from "@/lib/http/gzip-cache";

const list = (n: number) => JSON.stringify({ annotations: Array.from({ length: n }, (_, i) => ({ id: i, é: "ü" })) });

describe("GzipCache", () => {
  it("gzips a body to the same bytes it was, non-ASCII included", async () => {
    const body = list(500);
    const zipped = await new GzipCache().gzip(body);
    expect(zipped.length).toBeLessThan(Buffer.byteLength(body) / 4);
    expect(gunzipSync(zipped).toString("utf8")).toBe(body);
  });

  it("compresses a body once, for requests in turn and for requests at once", async () => {
    const cache = new GzipCache();
    const [a, b] = await Promise.all([cache.gzip(list(300)), cache.gzip(list(300))]);
    expect(b).toBe(a);
    expect(await cache.gzip(list(300))).toBe(a);
    expect(cache.size().bodies).toBe(1);
  });

  it("keeps its bytes whole when a Response sends them", async () => {
    const cache = new GzipCache();
    const zipped = await cache.gzip(list(50));
    await new Response(zipped).arrayBuffer();
    expect(gunzipSync(await cache.gzip(list(50))).toString("utf8")).toBe(list(50));
  });

  it("never answers one body with another's bytes", async () => {
    const cache = new GzipCache();
    const bodies = [list(10), list(11), `${list(10)} `];
    const zipped = await Promise.all(bodies.map((body) => cache.gzip(body)));
    expect(zipped.map((bytes) => gunzipSync(bytes).toString("utf8"))).toEqual(bodies);
    expect(cache.size().bodies).toBe(3);
  });

  it("keeps the most recently used within its bound of bodies and bytes", async () => {
    const cache = new GzipCache({ bodies: 2, bytes: 1_000_000 });
    const first = await cache.gzip(list(1));
    await cache.gzip(list(2));
    await cache.gzip(list(1)); // used again: now the newest
    await cache.gzip(list(3)); // pushes out list(2)
    expect(cache.size().bodies).toBe(2);
    expect(await cache.gzip(list(1))).toBe(first);

    const small = new GzipCache({ bodies: 10, bytes: 1 });
    await small.gzip(list(100));
    expect(small.size()).toEqual({ bodies: 0, bytes: 0 });
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["*", true],
    ["deflate, gzip;q=0.1", true],
    ["identity", false],
    ["gzip;q=0", false],
    ["br", false],
    ["gzip;q=0.5, identity", false],
    [null, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
