import { describe, expect, it } from "vitest";
// Imported at the top, not inside a test: see request-body-limits.test.ts.
import * as catchAllRoute from "@/app/api/[...path]/route";

type Handler = (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>;

describe("an unknown /api/ path", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"])("answers %s with a JSON 404 naming the path", async (method) => {
    const routes = catchAllRoute as unknown as Record<string, Handler>;
    const handler = routes[method]!;
    const response = await handler(new Request("http://localhost/api/no/such/thing", { method }), {
      params: Promise.resolve({ path: ["no", "such", "thing"] }),
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: `No API route ${method} /api/no/such/thing` });
  });
});
