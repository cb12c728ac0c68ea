import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { restoreRouteEncoding, ROUTE_CONTENT_ENCODING } from "@/lib/http/route-encoding.mjs";

let server: http.Server | undefined;
afterEach(() => server?.close());

/** The headers a client receives from a handler that sets `headers` as Next's sendResponse does. */
async function received(headers: Record<string, string>, restore: boolean) {
  server = http.createServer((_req, res) => {
    if (restore) restoreRouteEncoding(res);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end("x");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "accept-encoding": "identity" } });
  await response.arrayBuffer().catch(() => undefined);
  return response.headers;
}

describe("restoreRouteEncoding", () => {
  it("sends a route's encoding header as Content-Encoding, and not itself", async () => {
    const headers = await received({ [ROUTE_CONTENT_ENCODING]: "gzip", "content-type": "application/json" }, true);
    expect(headers.get("content-encoding")).toBe("gzip");
    expect(headers.get(ROUTE_CONTENT_ENCODING)).toBeNull();
    expect(headers.get("content-type")).toBe("application/json");
  });

  it("leaves a response that names no encoding as it is", async () => {
    const headers = await received({ "content-type": "text/plain" }, true);
    expect(headers.get("content-encoding")).toBeNull();
    expect(headers.get("content-type")).toBe("text/plain");
  });
});
