import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { withDocumentChange } from "@/lib/db/with-document-change";
import { importPlainText } from "@/lib/editor/import-plain-text";
import { toPlainText } from "@/lib/editor/plain-text";

export const SAMPLE_SEED_KEY = "asymmetry-of-patronage";
const SYSTEM_EMAIL = "system@warrant.invalid";

/**
 * Makes sure the sample article exists, owned by the system account and
 * readable by everyone. Idempotent: a second start, or two instances starting
 * together, leave exactly one copy. Returns whether it created it.
 */
export async function seedSampleDocument(db: Db, text: string): Promise<boolean> {
  if (await db.document.findUnique({ where: { seedKey: SAMPLE_SEED_KEY }, select: { id: true } })) return false;
  const system = await db.user.upsert({
    where: { email: SYSTEM_EMAIL },
    update: {},
    create: { email: SYSTEM_EMAIL, name: "Warrant", isSystem: true },
  });
  const { title, doc } = importPlainText(text);
  const id = randomUUID();
  const created = await withDocumentChange(db, { documentId: id, actorId: system.id }, (tx, record) => {
    record({ kind: "text" });
    return tx.document.createMany({
      data: {
        id,
        ownerId: system.id,
        title,
        content: doc.toJSON(),
        plainText: toPlainText(doc),
        sourceFormat: "text",
        visibility: "EVERYONE",
        seedKey: SAMPLE_SEED_KEY,
      },
      skipDuplicates: true,
    });
  });
  return created.count === 1;
}
