import { describe, expect, it } from "vitest";
import { readJsonBody, readMultipartBody } from "@/app/api/_lib/read-body";
import { checkQuery, checkRouteParams } from "@/app/api/_lib/route-params";
import { InvalidInputError, NotFoundError } from "@/lib/errors";

// PostgreSQL stores no U+0000 in text or jsonb: a title of "\u0000" reached
// the database and came back as a 500 (found by tests/e2e/api-fuzz.spec.ts).
const json = (body: string) =>
  new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "application/json" }, body });

describe("text holding the NUL character", () => {
  it("is refused in a JSON body, in values and keys at any depth, naming the field", async () => {
    await expect(readJsonBody(json('{"title":"\\u0000"}'), 1024)).rejects.toThrow(
      new InvalidInputError("title", "title: Text may not contain the NUL character (U+0000)"),
    );
    await expect(readJsonBody(json('{"graph":{"nodes":[{"text":"a\\u0000b"}]}}'), 1024)).rejects.toThrow(
      /NUL character/,
    );
    await expect(readJsonBody(json('{"a\\u0000":1}'), 1024)).rejects.toThrow(/NUL character/);
    await expect(readJsonBody(json('"\\u0000"'), 1024)).rejects.toThrow(/NUL character/);
  });

  it("lets through a JSON body that only spells the escape out, and bodies without it", async () => {
    expect(await readJsonBody(json('{"comment":"write \\\\u0000 for NUL"}'), 1024)).toEqual({
      comment: "write \\u0000 for NUL",
    });
    expect(await readJsonBody(json('{"title":"fine ‑ ✓"}'), 1024)).toEqual({ title: "fine ‑ ✓" });
  });

  it("refuses a JSON body that is not UTF-8", async () => {
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x22, 0xff, 0x22]),
    });
    await expect(readJsonBody(request, 1024)).rejects.toThrow(/not UTF-8/);
  });

  it("is refused in a form's text fields", async () => {
    const form = new FormData();
    form.set("title", "a\u0000b");
    const request = new Request("http://localhost/api/documents", { method: "POST", body: form });
    await expect(readMultipartBody(request, 10_000)).rejects.toThrow(/title: Text may not contain the NUL/);
  });

  it("is refused in a query string (400) and in a path parameter (404)", () => {
    expect(() => checkQuery("http://localhost/api/documents/x/annotations?q=%00")).toThrow(InvalidInputError);
    expect(() => checkQuery("http://localhost/api/documents/x/annotations?q=ok")).not.toThrow();
    expect(() => checkRouteParams({ token: "abc\u0000" })).toThrow(NotFoundError);
  });
});
