import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromAif } from "@/lib/argument/formats/aif-import";
import { aifSpeakers, saidByLine } from "@/lib/argument/formats/aif-speakers";
import { removeNode } from "@/lib/argument/edit-map";

// "said by …": who introduced a statement (L → YA → I), read from the real
// files in tests/fixtures/corpora/aif (SOURCES.md).

const corpus = (name: string) =>
  fromAif(readFileSync(path.join(process.cwd(), "tests/fixtures/corpora/aif", name), "utf8"));

describe("aifSpeakers", () => {
  it("names the participant an OVA3 save's locution points to (personID → participants)", () => {
    const speakers = aifSpeakers(corpus("ova3-ul-tmp-1633448358.json"));
    expect(speakers.size).toBe(7);
    expect(speakers.get("n2")).toEqual([{ speaker: "Participant Rachel", words: "Lorem ipsum dolor sit amet" }]);
  });

  it("names xAIF's participants, each statement by its own speaker", () => {
    const speakers = aifSpeakers(corpus("xaif-tutorial-dialogue.json"));
    expect([...speakers]).toEqual([
      ["n3", [{ speaker: "Speaker 1", words: "disagreements between party members are entirely to be expected." }]],
      ["n5", [{ speaker: "Speaker 2", words: "the SNP has disagreements." }]],
    ]);
  });

  it("reads 'Speaker : words' from the L-node's text when the file lists no such participant (AIFdb node set)", () => {
    const speakers = aifSpeakers(corpus("arguebuf-6064-original.json"));
    expect(speakers.get("n29054")).toEqual([
      { speaker: "CL", words: "and therefore the only way forward was for Britain to withdraw" },
    ]);
    expect(speakers.size).toBe(9);
  });

  it("says nothing for statements no locution introduces, or a map without AIF", () => {
    expect(aifSpeakers(corpus("xaif-tutorial-skeptic.json")).size).toBe(0);
    expect(aifSpeakers({ nodes: [], arguments: [], attacks: [] }).size).toBe(0);
  });

  it("forgets a statement the map has lost", () => {
    const graph = corpus("xaif-tutorial-dialogue.json");
    expect([...aifSpeakers(removeNode(graph, "n3")).keys()]).toEqual(["n5"]);
  });

  it("does not take a URL's colon for a speaker, and lists several speakers once each", () => {
    const graph = fromAif({
      nodes: [
        { nodeID: 1, type: "I", text: "Taxes rise" },
        { nodeID: 2, type: "L", text: "see https://example.org/x" },
        { nodeID: 3, type: "YA", text: "Asserting" },
        { nodeID: 4, type: "L", text: "Ann : taxes rise" },
        { nodeID: 5, type: "L", text: "Bob : yes, taxes rise" },
        { nodeID: 6, type: "L", text: "Ann : they do" },
      ],
      edges: [2, 4, 5, 6]
        .map((l) => ({ edgeID: 10 + l, fromID: l, toID: 3 }))
        .concat({ edgeID: 20, fromID: 3, toID: 1 }),
    });
    const said = aifSpeakers(graph).get("n1")!;
    expect(said).toEqual([
      { speaker: "Ann", words: "taxes rise" },
      { speaker: "Bob", words: "yes, taxes rise" },
    ]);
    expect(saidByLine(said)).toBe("said by Ann and Bob");
    expect(saidByLine([...said, { speaker: "Cy", words: "" }])).toBe("said by Ann, Bob and Cy");
  });
});
