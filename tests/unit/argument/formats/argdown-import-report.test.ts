import { describe, expect, it } from "vitest";
import { fromArgdown } from "@/lib/argument/formats/argdown-import";
import { argdownImportReport } from "@/lib/argument/formats/argdown-import-report";

const SOURCE = `===
title: T
author: A
===

# A heading

[C]: c #tag {color: red}
  + <G>: a gist
  - [O]: o [a link](https://example.org)

<R>: described {source: P1}

(1) [P]: p
----
(2) [C]
`;

describe("argdownImportReport", () => {
  it("counts what became the map, what was kept for the Argdown export, and warns about what was not", () => {
    expect(argdownImportReport(fromArgdown(SOURCE), SOURCE)).toEqual({
      imported: { statements: 4, arguments: 2, attacks: 1, restatements: 0 },
      passThrough: {
        nodes: {},
        edges: 0,
        records: { "front matter": 1, data: 2, tags: 1, "argument descriptions": 1 },
      },
      warnings: [
        "1 argument is given only by its gist: the map shows it as a box labelled Argument",
        "Headings (1) are not kept: a map has no sections",
        "Links (1) keep their words but lose their addresses",
      ],
    });
  });

  it("has nothing to say about plain statements and relations", () => {
    const source = "[A]: a\n  + [B]: b\n";
    expect(argdownImportReport(fromArgdown(source), source)).toEqual({
      imported: { statements: 2, arguments: 1, attacks: 0, restatements: 0 },
      passThrough: { nodes: {}, edges: 0, records: {} },
      warnings: [],
    });
  });
});

describe("argdownImportReport's scan of the source", () => {
  it("stays linear on a line of unclosed brackets", () => {
    const source = `[A]: a ${"[](".repeat(200_000)}`;
    const started = performance.now();
    argdownImportReport({ nodes: [], arguments: [], attacks: [] }, source);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
