import { describe, expect, it } from "vitest";
import { schemeFromLabel, schemeLabel } from "@/lib/argument/formats/aif-scheme-label";
import { SCHEMES } from "@/lib/argument/schemes";

describe("schemeLabel", () => {
  it("names a catalogued scheme by its name, any other scheme as it is, and no scheme Default Inference", () => {
    expect(schemeLabel("expert-opinion")).toBe("Argument from Expert Opinion");
    expect(schemeLabel("my own scheme")).toBe("my own scheme");
    expect(schemeLabel(null)).toBe("Default Inference");
  });
});

describe("schemeFromLabel", () => {
  it("reads every catalogued scheme's label back as its id", () => {
    for (const scheme of SCHEMES) expect(schemeFromLabel(schemeLabel(scheme.id))).toBe(scheme.id);
  });

  it("reads Default Inference, in any case, and a blank label as no scheme", () => {
    expect(schemeFromLabel("Default Inference")).toBeNull();
    expect(schemeFromLabel("  default INFERENCE \n")).toBeNull();
    expect(schemeFromLabel("")).toBeNull();
    expect(schemeFromLabel(" \t\n ")).toBeNull();
  });

  it("takes a catalogued id, around which there may be spaces", () => {
    for (const scheme of SCHEMES) expect(schemeFromLabel(scheme.id)).toBe(scheme.id);
    expect(schemeFromLabel("expert-opinion")).toBe("expert-opinion");
    expect(schemeFromLabel("  cause-to-effect\n")).toBe("cause-to-effect");
  });

  it("recognises a name whatever its case, punctuation and spacing, with or without a leading Argument from", () => {
    expect(schemeFromLabel("Argument From Expert Opinion")).toBe("expert-opinion");
    expect(schemeFromLabel("Expert Opinion")).toBe("expert-opinion");
    expect(schemeFromLabel("- Expert Opinion -")).toBe("expert-opinion");
    expect(schemeFromLabel("expert,  opinion")).toBe("expert-opinion");
    expect(schemeFromLabel("Argument_from_Position_to_Know.")).toBe("position-to-know");
  });

  it("drops Argument from only at the start of a name", () => {
    expect(schemeFromLabel("Expert argument from Opinion")).toBe("Expert argument from Opinion");
  });

  it("keeps any other label trimmed and cut to 64 UTF-16 units, never inside a surrogate pair and without trailing space", () => {
    expect(schemeFromLabel("  Argument from Authority of the Moon  ")).toBe("Argument from Authority of the Moon");
    expect(schemeFromLabel(`${"a".repeat(63)} bcd`)).toBe("a".repeat(63));
    expect(schemeFromLabel(`${"a".repeat(63)}😀b`)).toBe("a".repeat(63));
    expect(schemeFromLabel(`${"a".repeat(62)}😀b`)).toBe(`${"a".repeat(62)}😀`);
    expect(schemeFromLabel(`  ${"b".repeat(70)}`)).toBe("b".repeat(64));
  });
});
