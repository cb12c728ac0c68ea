import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { mapRange } from "../../../lib/anchoring/map-anchor";
import { TextIndex } from "../../../lib/anchoring/text-index";
import { docOf, p, rangeOf } from "./fixtures";

// "T" then one paragraph: its text starts at position 4.
const doc = docOf("T", p("one two three four five"), p("six seven"));
const index = new TextIndex(doc);
const state = EditorState.create({ doc });
const three = rangeOf(index, "three"); // 12…17

describe("mapRange", () => {
  it("moves a range with an insertion before it and keeps it through one after it", () => {
    expect(three).toEqual({ from: 12, to: 17 });
    expect(mapRange(state.tr.insertText("zero ", 4).mapping, three.from, three.to)).toEqual({ from: 17, to: 22 });
    expect(mapRange(state.tr.insertText("!", 27).mapping, three.from, three.to)).toEqual(three);
    expect(mapRange(state.tr.delete(4, 8).mapping, three.from, three.to)).toEqual({ from: 8, to: 13 });
  });

  it("does not grow the range when text is typed at either edge", () => {
    expect(mapRange(state.tr.insertText("X", 12).mapping, three.from, three.to)).toEqual({ from: 13, to: 18 });
    expect(mapRange(state.tr.insertText("X", 17).mapping, three.from, three.to)).toEqual(three);
  });

  it("grows and shrinks the range with edits inside it", () => {
    expect(mapRange(state.tr.insertText("XY", 14).mapping, three.from, three.to)).toEqual({ from: 12, to: 19 });
    expect(mapRange(state.tr.delete(13, 15).mapping, three.from, three.to)).toEqual({ from: 12, to: 15 });
    // A deletion over one edge keeps what is left.
    expect(mapRange(state.tr.delete(8, 14).mapping, three.from, three.to)).toEqual({ from: 8, to: 11 });
  });

  it("returns null when the passage was deleted", () => {
    expect(mapRange(state.tr.delete(12, 17).mapping, three.from, three.to)).toBeNull();
    expect(mapRange(state.tr.delete(8, 22).mapping, three.from, three.to)).toBeNull();
    // Both ends deleted across by separate steps of one transaction.
    const both = state.tr.delete(15, 19).delete(8, 14);
    expect(mapRange(both.mapping, three.from, three.to)).toBeNull();
  });

  it("keeps the annotation on text typed over the whole passage, as ProseMirror maps a replacement", () => {
    expect(mapRange(state.tr.insertText("3", 12, 17).mapping, three.from, three.to)).toEqual({ from: 12, to: 13 });
  });

  it("follows a range across blocks when a block is joined", () => {
    const across = { from: rangeOf(index, "five").from, to: rangeOf(index, "six").to };
    // Joining the paragraphs removes the two boundary tokens between them.
    expect(mapRange(state.tr.join(28).mapping, across.from, across.to)).toEqual({
      from: across.from,
      to: across.to - 2,
    });
  });
});
