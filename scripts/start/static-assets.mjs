// @ts-check
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import mime from "mime-types";
import Negotiator from "negotiator";
import { ifNoneMatchHits } from "../../lib/http/if-none-match.mjs";
import { SITE_HEADERS } from "../../lib/http/site-headers.mjs";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Where a production build's static files are served from. */
const URL_PREFIX = "/_next/static/";
/** Their names carry a hash of their content: a browser may keep them for good. */
const CACHE_CONTROL = "public, max-age=31536000, immutable";
/** Past this size brotli's best quality costs seconds (1.5 MB: 2.7 s here); quality 9 costs a tenth. */
const BEST_QUALITY_BELOW = 1_000_000;
/** Compressing less than this saves less than the header costs. */
const COMPRESS_FROM = 1_024;
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;

/**
 * @typedef {"br" | "gzip" | "identity"} Encoding
 * @typedef {{ type: string, etag: string, bodies: Partial<Record<Encoding, Buffer>> }} Asset
 */

/** One static file read and compressed once, with each encoding smaller than the file. @param {string} file @returns {Promise<Asset>} */
async function loadAsset(file) {
  const body = await fs.promises.readFile(file);
  const type = mime.contentType(path.extname(file)) || "application/octet-stream";
  /** @type {Asset["bodies"]} */
  const bodies = { identity: body };
  if (body.length >= COMPRESS_FROM && COMPRESSIBLE.test(type)) {
    const quality = body.length < BEST_QUALITY_BELOW ? zlib.constants.BROTLI_MAX_QUALITY : 9;
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      }),
      gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < body.length) bodies.br = br;
    if (gz.length < body.length) bodies.gzip = gz;
  }
  return { type, etag: createHash("sha1").update(body).digest("base64url").slice(0, 27), bodies };
}

/**
 * The static files of the production build in `distDir` (.next), answered
 * by Warrant's own server from memory, each compressed once with brotli and
 * gzip, instead of by Next, which reads every file from disk and gzips it
 * again for every request (issue 12: in a class opening a reading at once,
 * each student's first visit asks for 12 of them, and the page cannot show
 * its text before its two style sheets arrive; docs/ARCHITECTURE.md,
 * "Performance under a class's load"). Only the files the build made when
 * the server started are answered here; any other path, and any method but
 * GET and HEAD, goes on to Next.
 *
 * @param {string} distDir
 */
export function staticAssets(distDir) {
  const root = path.join(distDir, "static");
  /** @type {Map<string, string>} URL path → file */
  const files = new Map();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(URL_PREFIX + path.relative(root, file).split(path.sep).join("/"), file);
  }
  /** @type {Map<string, Promise<Asset>>} */
  const loaded = new Map();

  /** @param {string} urlPath @param {string} file */
  function assetAt(urlPath, file) {
    let asset = loaded.get(urlPath);
    if (!asset) {
      asset = loadAsset(file);
      loaded.set(urlPath, asset);
      // A file that could not be read is tried again by the next request.
      asset.catch(() => loaded.delete(urlPath));
    }
    return asset;
  }

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {Asset} asset */
  function send(req, res, asset) {
    const available = /** @type {Encoding[]} */ (Object.keys(asset.bodies));
    // Browsers list gzip before br: among encodings they take equally, ours decides (negotiator 1's option, not in its types).
    const negotiator =
      /** @type {{ encoding(available: Encoding[], options: { preferred: Encoding[] }): Encoding | undefined }} */ (
        /** @type {unknown} */ (new Negotiator(req))
      );
    const encoding = negotiator.encoding(available, { preferred: ["br", "gzip", "identity"] }) ?? "identity";
    const body = asset.bodies[encoding] ?? /** @type {Buffer} */ (asset.bodies.identity);
    // Each encoding is its own representation, with its own tag.
    const etag = `"${asset.etag}${encoding === "identity" ? "" : `-${encoding}`}"`;
    for (const { key, value } of SITE_HEADERS) res.setHeader(key, value);
    res.setHeader("Cache-Control", CACHE_CONTROL);
    res.setHeader("ETag", etag);
    res.setHeader("Vary", "Accept-Encoding");
    if (ifNoneMatchHits(req.headers["if-none-match"], etag)) {
      res.writeHead(304).end();
      return;
    }
    res.setHeader("Content-Type", asset.type);
    res.setHeader("Content-Length", body.length);
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.writeHead(200);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return {
    /**
     * Answers `req` if it asks for one of the build's static files and
     * returns true; returns false, having done nothing, for anything else.
     * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
     */
    answer(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const url = req.url ?? "";
      const query = url.indexOf("?");
      const urlPath = query === -1 ? url : url.slice(0, query);
      const file = files.get(urlPath);
      if (!file) return false;
      assetAt(urlPath, file).then(
        (asset) => send(req, res, asset),
        () => res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Could not read this file."),
      );
      return true;
    },
    /** Reads and compresses every file ahead of its first request, one after another. */
    async warm() {
      for (const [urlPath, file] of files) await assetAt(urlPath, file).catch(() => {});
    },
    /** How many files are answered here. */
    get size() {
      return files.size;
    },
  };
}
