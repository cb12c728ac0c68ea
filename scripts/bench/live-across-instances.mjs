// @ts-check
import { readSseBlocks } from "./sse-blocks.mjs";

/**
 * Checks that a change made through one instance reaches a live stream held
 * on another (LISTEN/NOTIFY through their shared PostgreSQL): holds the
 * document's stream on `readerBase` as `cookie`, makes an annotation through
 * `writerBase` once the stream said hello, and resolves with the
 * milliseconds from the write's answer to the frame naming it. Throws if the
 * stream's hello and that frame do not both come within `timeoutMs`.
 *
 * @param {{ writerBase: string, readerBase: string, cookie: string, documentId: string,
 *   target: { exact: string, prefix: string, suffix: string, start: number, end: number }, timeoutMs?: number }} check
 */
export async function liveUpdateCrossesInstances({
  writerBase,
  readerBase,
  cookie,
  documentId,
  target,
  timeoutMs = 5_000,
}) {
  const controller = new AbortController();
  const stream = await fetch(`${readerBase}/api/documents/${documentId}/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  if (stream.status !== 200) throw new Error(`the live stream on ${readerBase} was refused: ${stream.status}`);
  /** @type {(value?: unknown) => void} */
  let saidHello = () => {};
  const hello = new Promise((resolve) => (saidHello = resolve));
  /** @type {string | null} */
  let awaited = null;
  /** @type {(ms: number) => void} */
  let heard = () => {};
  const arrived = new Promise((resolve) => (heard = resolve));
  let wroteAt = 0;
  // Everything heard, as the frame may come before the write's answer is read.
  let received = "";
  const reading = readSseBlocks(stream, (block) => {
    received += `${block}\n\n`;
    if (block.includes("event: hello\n")) saidHello();
    if (awaited && block.includes(awaited)) heard(Date.now() - wroteAt);
  }).catch((error) => {
    if (error.name !== "AbortError") throw error;
  });
  const expired = new Promise((_, reject) =>
    setTimeout(
      () =>
        reject(new Error(`a change made on ${writerBase} did not reach a reader on ${readerBase} in ${timeoutMs} ms`)),
      timeoutMs,
    ).unref(),
  );
  try {
    await Promise.race([hello, expired]);
    const created = await fetch(`${writerBase}/api/documents/${documentId}/annotations`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ kind: "note", visibility: "everyone", comment: "across instances", target }),
    });
    if (created.status !== 201) throw new Error(`the write on ${writerBase} failed: ${created.status}`);
    wroteAt = Date.now();
    awaited = /** @type {string} */ ((await created.json()).annotation.id);
    if (received.includes(awaited)) heard(Date.now() - wroteAt);
    return /** @type {number} */ (await Promise.race([arrived, expired]));
  } finally {
    controller.abort();
    await reading;
  }
}
