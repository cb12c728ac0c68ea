// @ts-check

/**
 * The request header that carries the address of the TCP peer, set by the
 * server itself (scripts/start.mjs) on every request. Route handlers cannot
 * see the socket; any value a client sends under this name is replaced.
 */
export const PEER_ADDRESS_HEADER = "x-warrant-peer-address";

/**
 * Stamps a Node request with its socket's remote address, replacing any
 * header of that name the client sent.
 *
 * @param {import("node:http").IncomingMessage} request
 */
export function stampPeerAddress(request) {
  delete request.headers[PEER_ADDRESS_HEADER];
  const address = request.socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
}
