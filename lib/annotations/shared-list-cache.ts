import { can, documentRole, type DocumentRole } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { DOCUMENT_NOT_FOUND } from "@/lib/documents/readable-document";
import { NotFoundError } from "@/lib/errors";
import { hiddenPeersGiven, listTag, listTagFacts } from "./annotation-list-tag";
import { listAnnotationsAsOf } from "./list-annotations";
import { buildSharedList, readerListBody, type ListReader, type SharedList } from "./shared-list";

/** The bound: lists of this many documents at most (the most recently used)… */
export const MAX_DOCUMENTS = 32;
/** …and this many characters of JSON in all (a list of 1,500 annotations is ~0.8 million). */
export const MAX_CHARS = 40_000_000;

/**
 * Built lists (shared-list.ts) kept in this process, one per document, as of
 * its last change seen: its key is (document, event number), and a list
 * whose event number is no longer the document's is never served (every
 * change of an annotation or a reply moves the number in the same
 * transaction, lib/db/with-document-change.ts). Least recently used first
 * out, within MAX_DOCUMENTS and MAX_CHARS; a list larger than the whole
 * bound is not kept. One build per document at a time: readers arriving
 * meanwhile wait for it rather than read the same rows again.
 */
export class SharedListCache {
  private readonly lists = new Map<string, SharedList>();
  private readonly building = new Map<string, Promise<SharedList>>();
  private chars = 0;

  constructor(
    private readonly bound = { documents: MAX_DOCUMENTS, chars: MAX_CHARS },
    private readonly build: (db: Db, documentId: string) => Promise<SharedList> = buildSharedList,
  ) {}

  /** The document's list as of change `seq`: kept, or built now (then possibly as of a later change). */
  async listAsOf(db: Db, documentId: string, seq: number): Promise<SharedList> {
    const kept = this.lists.get(documentId);
    if (kept && kept.seq >= seq) {
      this.lists.delete(documentId);
      this.lists.set(documentId, kept);
      return kept;
    }
    let pending = this.building.get(documentId);
    if (!pending) {
      pending = this.build(db, documentId).finally(() => this.building.delete(documentId));
      this.building.set(documentId, pending);
    }
    const built = await pending;
    this.keep(built);
    return built;
  }

  /** What is kept now, for tests and for the bound's figures. */
  size() {
    return { documents: this.lists.size, chars: this.chars };
  }

  private keep(list: SharedList) {
    const kept = this.lists.get(list.documentId);
    if (kept && kept.seq >= list.seq) return;
    if (kept) this.forget(list.documentId);
    if (list.chars > this.bound.chars) return;
    this.lists.set(list.documentId, list);
    this.chars += list.chars;
    for (const [documentId] of this.lists) {
      if (this.lists.size <= this.bound.documents && this.chars <= this.bound.chars) break;
      this.forget(documentId);
    }
  }

  private forget(documentId: string) {
    const list = this.lists.get(documentId);
    if (!list) return;
    this.chars -= list.chars;
    this.lists.delete(documentId);
  }
}

const processCache = new SharedListCache();

/** Tries before giving up on a document that changes faster than its list is built. */
const ATTEMPTS = 3;

/** The shared list as of the reader's facts, and the reader as its filter needs them. */
export type ReaderAndList = { list: SharedList; reader: ListReader; facts: { eventSeq: number; groupIds: string[] } };

/** A reader's facts read already in another statement (readerPageDocument), with the same rule. */
export type KnownReader = { role: DocumentRole; groupIds: string[]; eventSeq: number; assigned: boolean };

/** The reader's facts in one statement, or NotFoundError when they may not read the document. */
async function readerFacts(db: Db, userId: string, documentId: string): Promise<KnownReader> {
  const facts = await listTagFacts(db, userId, documentId);
  const role = facts ? documentRole(userId, facts) : null;
  if (!facts || !role || !can(role, "read")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  return { role, groupIds: facts.groupIds, eventSeq: facts.eventSeq, assigned: facts.assigned };
}

/**
 * The shared list as of the document's last change, with `userId` as its
 * permission filter needs them, when the reader's facts (role, groups, event
 * number, read in one statement — or `known`, read so already, for the
 * first try) and a kept or newly built list agree on the event number; null
 * when the document changed each time a list was built. Throws
 * NotFoundError when they may not read the document.
 */
export async function readerAndList(
  db: Db,
  userId: string,
  documentId: string,
  cache: SharedListCache = processCache,
  known?: KnownReader,
): Promise<ReaderAndList | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const facts = attempt === 0 && known ? known : await readerFacts(db, userId, documentId);
    const hiddenAuthors = await hiddenPeersGiven(db, userId, documentId, facts);
    const list = await cache.listAsOf(db, documentId, facts.eventSeq);
    // A list built after a later change is as of that change: read the reader's facts again.
    if (list.seq !== facts.eventSeq) continue;
    return { list, reader: { userId, role: facts.role, groupIds: facts.groupIds, hiddenAuthors }, facts };
  }
  return null;
}

/**
 * The unfiltered list `userId` sees on a document, as the JSON body the
 * route sends ({ annotations, seq }) with its entity tag: from the shared
 * list filtered for them (readerAndList), else built for them alone in one
 * snapshot (listAnnotationsAsOf). Throws NotFoundError when they may not
 * read the document.
 */
export async function sharedAnnotationList(
  db: Db,
  userId: string,
  documentId: string,
  cache: SharedListCache = processCache,
): Promise<{ body: string; seq: number; tag: string }> {
  const shared = await readerAndList(db, userId, documentId, cache);
  if (shared) {
    const { list, reader, facts } = shared;
    const body = readerListBody(list, reader);
    const tag = listTag({
      documentId,
      userId,
      role: reader.role,
      facts,
      filter: {},
      hiddenAuthors: reader.hiddenAuthors,
    });
    return { body, seq: list.seq, tag };
  }
  const { annotations, seq, tag } = await listAnnotationsAsOf(db, userId, documentId);
  return { body: JSON.stringify({ annotations, seq }), seq, tag };
}
