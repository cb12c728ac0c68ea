import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/peer-address.mjs";
import { requestSource, trustedProxyHops } from "@/lib/auth/request-source";

const PEER = { [PEER_ADDRESS_HEADER]: "192.0.2.10" };

describe("requestSource", () => {
  it("uses the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(requestSource({ ...PEER, "x-forwarded-for": "203.0.113.1" }, 0)).toBe("192.0.2.10");
    expect(requestSource(new Headers({ ...PEER, "x-forwarded-for": "203.0.113.1" }), 0)).toBe("192.0.2.10");
  });

  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    const headers = { ...PEER, "x-forwarded-for": "6.6.6.6, 203.0.113.1" };
    expect(requestSource(headers, 1)).toBe("203.0.113.1");
    expect(requestSource({ ...PEER, "x-forwarded-for": "6.6.6.6, 203.0.113.1, 10.0.0.2" }, 2)).toBe("203.0.113.1");
  });

  it("falls back to the peer when X-Forwarded-For is missing, short or not an address", () => {
    expect(requestSource(PEER, 1)).toBe("192.0.2.10");
    expect(requestSource({ ...PEER, "x-forwarded-for": "203.0.113.1" }, 2)).toBe("192.0.2.10");
    expect(requestSource({ ...PEER, "x-forwarded-for": "evil, not-an-ip" }, 1)).toBe("192.0.2.10");
  });

  it("writes one address one way and knows nothing without a peer", () => {
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.10" }, 0)).toBe("192.0.2.10");
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "2001:DB8::1" }, 0)).toBe("2001:db8::1");
    expect(requestSource({ "x-forwarded-for": "203.0.113.1" }, 0)).toBeNull();
    expect(requestSource({}, 1)).toBeNull();
  });

  it("knows nothing from loopback, where an unconfigured same-machine proxy would make everyone one source", () => {
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }, 0)).toBeNull();
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }, 0)).toBeNull();
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "::1" }, 0)).toBeNull();
    expect(requestSource({ [PEER_ADDRESS_HEADER]: "::1", "x-forwarded-for": "203.0.113.5" }, 1)).toBe("203.0.113.5");
  });
});

describe("trustedProxyHops", () => {
  it("reads unset, booleans and counts, and refuses anything else", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("false")).toBe(0);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/TRUSTED_PROXY/);
  });
});
