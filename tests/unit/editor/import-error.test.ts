import { describe, expect, it } from "vitest";
import { importDocument } from "../../../lib/editor/import-document";
import { ImportError } from "../../../lib/editor/import-error";

describe("ImportError messages", () => {
  it("tell the person who sent the file, in words, that it is empty or has nothing to read", () => {
    const empty = () => importDocument({ format: "text", text: " \n\t" });
    expect(empty).toThrow(ImportError);
    expect(empty).toThrow("This file is empty.");
    const unreadable = () => importDocument({ format: "html", text: "<script>alert(1)</script>" });
    expect(unreadable).toThrow(ImportError);
    expect(unreadable).toThrow("No readable text was found in this file.");
  });
});
