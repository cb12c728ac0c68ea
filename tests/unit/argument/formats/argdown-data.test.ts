import { describe, expect, it } from "vitest";
import { argdownData, argdownFrontMatter } from "@/lib/argument/formats/argdown-data";
import { runArgdown } from "@/tests/fixtures/argument/argdown-model";

describe("argdownData", () => {
  it("writes null as YAML's null", () => {
    expect(argdownData({ scheme: null })).toBe("{scheme: null}");
  });

  it("leaves plain letter-and-digit keys bare and quotes every other key", () => {
    expect(argdownData({ ab1: 1, a: 2, "1a": 3, "a-b": 4, "-a": 5, "": 6, "0": 7 })).toBe(
      '{"0": 7, ab1: 1, a: 2, "1a": 3, "a-b": 4, "-a": 5, "": 6}',
    );
  });

  it("reads back through @argdown/core with the same keys", () => {
    const data = argdownData({ ab1: 1, "1a": 3, "a-b": { "x y": "z" } });
    expect(runArgdown(`[A]: a ${data}`).statements!.A.data).toEqual({ ab1: 1, "1a": 3, "a-b": { "x y": "z" } });
  });

  it("is null when no field is left, so no empty braces are written", () => {
    expect(argdownData({})).toBeNull();
    expect(argdownData({ kind: undefined, position: undefined })).toBeNull();
    expect(argdownData({ answers: {} })).toBe("{answers: {}}");
  });
});

describe("argdownFrontMatter", () => {
  it("writes one line per field and leaves undefined fields out", () => {
    expect(argdownFrontMatter({ title: "On {liberty}", author: undefined, year: 1859 })).toBe(
      '===\ntitle: "On \\u007bliberty\\u007d"\nyear: 1859\n===',
    );
  });
});
