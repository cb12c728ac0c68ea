import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

const gzip = promisify(zlib.gzip);

type Bytes = Uint8Array<ArrayBuffer>;

/** Next's own level (its `compression`), so a body kept here is the size Next would have sent. */
const LEVEL = 6;

/** The bound: this many bodies at most (the most recently used)… */
export const MAX_BODIES = 64;
/** …and this many gzipped bytes in all (a list of 1,500 annotations gzips to ~90 kB). */
export const MAX_BYTES = 16_000_000;

/**
 * Bodies sent again and again, gzipped once each: the annotation list every
 * reader of a class loads is the same 0.8 MB of JSON for all who see the
 * same annotations, and Next gzipped it anew for each response (~7 ms of
 * CPU, in the thread pool, where a profile of the server's main thread does
 * not show it). Keyed by a SHA-256 of the body itself, so two readers share
 * bytes only when they would have been sent the same bytes: no permission
 * rule is involved here. Least recently used first out; a body larger than
 * the whole bound is gzipped but not kept. One compression per body at a
 * time: requests arriving meanwhile wait for it.
 */
export class GzipCache {
  private readonly kept: LRUCache<string, Bytes>;
  private readonly pending = new Map<string, Promise<Bytes>>();

  constructor(bound = { bodies: MAX_BODIES, bytes: MAX_BYTES }) {
    this.kept = new LRUCache({
      max: bound.bodies,
      maxSize: bound.bytes,
      sizeCalculation: (bytes) => bytes.length || 1,
    });
  }

  /** `body` gzipped (RFC 1952), kept or compressed now. */
  async gzip(body: string): Promise<Bytes> {
    const key = createHash("sha256").update(body).digest("base64");
    const kept = this.kept.get(key);
    if (kept) return kept;
    let pending = this.pending.get(key);
    if (!pending) {
      // Copied once into its own ArrayBuffer (zlib's may be a pooled slice): what a Response takes.
      pending = gzip(body, { level: LEVEL })
        .then((zipped) => new Uint8Array(zipped))
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const zipped = await pending;
    // lru-cache keeps nothing larger than the whole bound.
    this.kept.set(key, zipped);
    return zipped;
  }

  /** What is kept now, for tests and for the bound's figures. */
  size() {
    return { bodies: this.kept.size, bytes: this.kept.calculatedSize };
  }
}

/** Whether a request's Accept-Encoding takes gzip over the body as it is (q-values and `*` honoured). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? undefined } });
  return negotiator.encoding(["gzip", "identity"]) === "gzip";
}
