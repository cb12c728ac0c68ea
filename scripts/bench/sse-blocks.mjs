// @ts-check

/**
 * Reads a Server-Sent Events response to its end, calling `onBlock` with each
 * event's text (the lines between blank lines) as it arrives.
 *
 * @param {Response} response
 * @param {(block: string) => void} onBlock
 */
export async function readSseBlocks(response, onBlock) {
  const reader = /** @type {ReadableStreamDefaultReader<Uint8Array>} */ (response.body?.getReader());
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      onBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}
