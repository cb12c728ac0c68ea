import { expect, it } from "vitest";
import { layoutMap } from "@/lib/argument/layout-map";
import { LIBERTY_MAP } from "@/tests/fixtures/argument/liberty-map";

// A file of its own, so that ELK is first created in this test (vitest gives
// each file its own modules): putting a handler back where none was must not
// leave an `onmessage` behind (see createElk). Not a vi.resetModules()
// re-import inside a test: mutation testing would then credit every constant
// lib/ sets up on load to that one test.
it("leaves the global scope alone when ELK loads outside a worker", async () => {
  await layoutMap(LIBERTY_MAP);
  expect("onmessage" in globalThis).toBe(false);
});
