import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampPeerAddress } from "@/lib/auth/peer-address.mjs";

const request = (headers: Record<string, string>, remoteAddress?: string) =>
  ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("stampPeerAddress", () => {
  it("replaces whatever address the client claimed with the socket's", () => {
    const spoofed = request({ [PEER_ADDRESS_HEADER]: "203.0.113.66" }, "192.0.2.9");
    stampPeerAddress(spoofed);
    expect(spoofed.headers[PEER_ADDRESS_HEADER]).toBe("192.0.2.9");
  });

  it("leaves no claimed address when the socket has none", () => {
    const spoofed = request({ [PEER_ADDRESS_HEADER]: "203.0.113.66" });
    stampPeerAddress(spoofed);
    expect(spoofed.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });
});
