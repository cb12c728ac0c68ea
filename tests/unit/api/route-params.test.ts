import { describe, expect, it } from "vitest";
import { checkRouteParams } from "@/app/api/_lib/route-params";
import { NotFoundError } from "@/lib/errors";

describe("path parameters", () => {
  it("lets through ids, versions and tokens that can name something", () => {
    expect(() =>
      checkRouteParams({
        id: "6f1c8a52-3b1e-4c0e-9a4d-2f9f1d6a7b10",
        shareId: "00000000-0000-0000-0000-000000000000",
        version: "2147483647",
        token: "A".repeat(43),
        path: ["anything", "goes"],
      }),
    ).not.toThrow();
  });

  it.each([
    ["id", "not-a-uuid"],
    ["id", "6f1c8a52-3b1e-4c0e-9a4d-2f9f1d6a7b1"],
    ["id", "{6f1c8a52-3b1e-4c0e-9a4d-2f9f1d6a7b10}"],
    ["linkId", "1"],
    ["memberId", ""],
    ["version", "0"],
    ["version", "-1"],
    ["version", "2147483648"],
    ["version", "1e3"],
    ["version", "01"],
    ["token", "x".repeat(129)],
  ])("answers 404 for %s %j, which names nothing", (name, value) => {
    expect(() => checkRouteParams({ [name]: value })).toThrow(NotFoundError);
  });
});
