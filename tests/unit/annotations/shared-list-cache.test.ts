import { describe, expect, it } from "vitest";
import { SharedListCache } from "@/lib/annotations/shared-list-cache";
import type { SharedList } from "@/lib/annotations/shared-list";
import type { Db } from "@/lib/db/client";

const db = {} as Db;

/** A list of `chars` characters for `documentId` as of `seq` (its annotations do not matter to the cache). */
const listOf = (documentId: string, seq: number, chars = 10): SharedList => ({
  documentId,
  seq,
  annotations: [],
  chars,
});

/** A cache whose builds answer from `seqs` (the document's number now) and are counted. */
function cacheWith(bound: { documents: number; chars: number }, seqs: Map<string, number>, chars = 10) {
  const builds: string[] = [];
  const cache = new SharedListCache(bound, async (_db, documentId) => {
    builds.push(documentId);
    return listOf(documentId, seqs.get(documentId) ?? 0, chars);
  });
  return { cache, builds };
}

describe("the shared list cache", () => {
  it("builds a document's list once for readers arriving together, and again only after a change", async () => {
    const seqs = new Map([["a", 1]]);
    const { cache, builds } = cacheWith({ documents: 4, chars: 1_000 }, seqs);
    const lists = await Promise.all([1, 2, 3].map(() => cache.listAsOf(db, "a", 1)));
    expect(lists.map((list) => list.seq)).toEqual([1, 1, 1]);
    expect(await cache.listAsOf(db, "a", 1)).toBe(lists[0]);
    expect(builds).toEqual(["a"]);

    seqs.set("a", 2);
    expect((await cache.listAsOf(db, "a", 2)).seq).toBe(2);
    expect(builds).toEqual(["a", "a"]);
    expect(cache.size()).toEqual({ documents: 1, chars: 10 });
  });

  it("keeps at most its number of documents, the least recently used out first", async () => {
    const { cache, builds } = cacheWith({ documents: 2, chars: 1_000 }, new Map());
    await cache.listAsOf(db, "a", 0);
    await cache.listAsOf(db, "b", 0);
    await cache.listAsOf(db, "a", 0);
    await cache.listAsOf(db, "c", 0);
    expect(cache.size().documents).toBe(2);
    await cache.listAsOf(db, "a", 0);
    expect(builds).toEqual(["a", "b", "c"]);
    await cache.listAsOf(db, "b", 0);
    expect(builds).toEqual(["a", "b", "c", "b"]);
  });

  it("keeps at most its number of characters, and no list larger than that", async () => {
    const { cache } = cacheWith({ documents: 10, chars: 25 }, new Map());
    await cache.listAsOf(db, "a", 0);
    await cache.listAsOf(db, "b", 0);
    await cache.listAsOf(db, "c", 0);
    expect(cache.size()).toEqual({ documents: 2, chars: 20 });

    const { cache: small } = cacheWith({ documents: 10, chars: 5 }, new Map());
    expect((await small.listAsOf(db, "a", 0)).seq).toBe(0);
    expect(small.size()).toEqual({ documents: 0, chars: 0 });
  });
});
