import { describe, expect, it } from "vitest";
import { addReply } from "@/lib/annotations/add-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { searchAnnotationIds } from "@/lib/annotations/search-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { NotFoundError } from "@/lib/errors";
import { annotate, sampleDocument } from "./support/annotation-factories";
import { createUser } from "./support/factories";
import { DATABASE_KIND, useTestDb } from "./support/test-db";
import { seededRandom } from "../support/seeded-random";

/** Lets `ticks` turns of the event loop pass, so the other request gets ahead by a varying amount. */
async function pause(ticks: number) {
  for (let i = 0; i < ticks; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe(`an edit racing a delete on ${DATABASE_KIND}`, () => {
  const db = useTestDb();

  it("never leaves a deleted annotation findable by what it said, whichever commits first (seeded orders)", async () => {
    const sample = await sampleDocument(db());
    const author = await createUser(db(), "Author");
    const random = seededRandom(11);
    const rounds = 40;
    const outcomes = { editThenDelete: 0, deleteThenEdit: 0 };
    for (let round = 0; round < rounds; round++) {
      const word = `marker${round}x`;
      const annotation = await annotate(db(), author.id, sample, "knows who the boss is", {
        comment: "first thoughts",
        visibility: "everyone",
      });
      // A reply keeps the deleted annotation listed as a placeholder, where search could still find it.
      await addReply(db(), author.id, annotation.id, { body: "a thread to keep" });
      const editFirst = random() < 0.5;
      const lead = Math.floor(random() * 4);
      const edit = async () => {
        if (!editFirst) await pause(lead);
        return updateAnnotation(db(), author.id, annotation.id, { comment: `now says ${word}`, tags: [word] });
      };
      const remove = async () => {
        if (editFirst) await pause(lead);
        return deleteAnnotation(db(), author.id, annotation.id);
      };
      const [edited, deleted] = await Promise.allSettled([edit(), remove()]);
      expect(deleted.status).toBe("fulfilled");
      if (edited.status === "rejected") {
        // The delete came first: the edit finds nothing to change.
        expect(edited.reason).toBeInstanceOf(NotFoundError);
        outcomes.deleteThenEdit += 1;
      } else {
        outcomes.editThenDelete += 1;
      }

      const row = await db().annotation.findUniqueOrThrow({ where: { id: annotation.id } });
      expect(row.deletedAt).not.toBeNull();
      expect(row.searchText).not.toContain(word);
      expect(row.searchText).not.toContain("first thoughts");
      expect(await searchAnnotationIds(db(), sample.id, word)).not.toContain(annotation.id);
      const found = await listAnnotations(db(), author.id, sample.id, { q: word });
      expect(found.map((a) => a.id)).not.toContain(annotation.id);
    }
    console.log(`edit/delete race, ${rounds} rounds: ${JSON.stringify(outcomes)}`);
  });
});
