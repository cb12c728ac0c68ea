import net from "node:net";
import { PEER_ADDRESS_HEADER } from "./peer-address.mjs";

/** Request headers as a Fetch `Headers` or as the plain object next-auth hands to `authorize`. */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * TRUSTED_PROXY: how many reverse proxies in front of Warrant append to
 * X-Forwarded-For (unset or 0: none, the socket's peer is the client;
 * `true` means 1). Only then is X-Forwarded-For believed, because any
 * client can send one.
 */
export function trustedProxyHops(value: string | undefined): number {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false") return 0;
  if (text === "true") return 1;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  throw new Error(
    `TRUSTED_PROXY must be the number of proxies in front of Warrant (0–99) or true/false, not "${value}"`,
  );
}

/** An IP address in one spelling (IPv4-mapped IPv6 as IPv4, lower case), or null if it is not one. */
function normalizeAddress(value: string | undefined): string | null {
  if (!value) return null;
  let address = value.trim().toLowerCase();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (address.startsWith("::ffff:") && net.isIPv4(address.slice(7))) address = address.slice(7);
  return net.isIP(address) ? address : null;
}

/** 127.0.0.0/8 and ::1: this machine, which tells nothing about who is asking. */
function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.");
}

/**
 * Where a request comes from, for per-source limits: the address the
 * nearest trusted proxy saw (the `hops`-th X-Forwarded-For entry from the
 * right) when TRUSTED_PROXY says there are proxies, else the socket's peer
 * as the server stamped it. Null when neither is known, and for loopback:
 * a proxy on the same machine that TRUSTED_PROXY does not mention would
 * otherwise make every reader one source, and lock them out together.
 */
export function requestSource(
  headers: HeaderSource,
  hops = trustedProxyHops(process.env.TRUSTED_PROXY),
): string | null {
  let source: string | null = null;
  if (hops > 0) {
    const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
    source = forwarded.length >= hops ? normalizeAddress(forwarded[forwarded.length - hops]) : null;
  }
  source ??= normalizeAddress(header(headers, PEER_ADDRESS_HEADER));
  return source && !isLoopback(source) ? source : null;
}
