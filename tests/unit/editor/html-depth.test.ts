import { describe, expect, it } from "vitest";
import { isHtmlTooDeep, MAX_HTML_DEPTH } from "../../../lib/editor/html-depth";

// Depths count from the document (0): <html> is 1, <head> and <body> 2,
// so the n-th nested <div> in the body is at n + 2.
const divs = (count: number) => "<div>".repeat(count);

describe("isHtmlTooDeep", () => {
  it("allows elements nested exactly MAX_HTML_DEPTH deep and refuses one level more", () => {
    expect(isHtmlTooDeep(divs(MAX_HTML_DEPTH - 2))).toBe(false);
    expect(isHtmlTooDeep(divs(MAX_HTML_DEPTH - 1))).toBe(true);
  });

  it("counts the elements inside a <template>, one level below it", () => {
    // In <head>: the template at 3, its content fragment at 4, the divs from 5.
    const template = (count: number) => `<template>${divs(count)}</template>`;
    expect(isHtmlTooDeep(template(MAX_HTML_DEPTH - 4))).toBe(false);
    expect(isHtmlTooDeep(template(MAX_HTML_DEPTH - 3))).toBe(true);
  });
});
