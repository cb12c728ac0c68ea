import { describe, expect, it } from "vitest";
import { describeEdit, editableFieldsOf, repliedByOthers } from "@/lib/annotations/undo-steps";

const plain = { comment: "", tags: [] as string[], visibility: "private" as const, group: null };
const group = { id: "g1", name: "Seminar" };

describe("undo steps of annotations", () => {
  it("names what one save of the edit form changed", () => {
    expect(describeEdit(plain, { ...plain, comment: "Leverage" })).toBe("Edited the comment");
    expect(describeEdit(plain, { ...plain, tags: ["tone", "power"] })).toBe("Edited the tags");
    expect(describeEdit({ ...plain, tags: ["a", "b"] }, { ...plain, tags: ["b", "a"] })).toBe("Edited the tags");
    expect(describeEdit({ ...plain, tags: ["a"] }, { ...plain, tags: ["a", "b"] })).toBe("Edited the tags");
    expect(describeEdit(plain, { ...plain, visibility: "everyone" })).toBe("Changed who sees the annotation");
    expect(
      describeEdit(
        { ...plain, visibility: "group", group },
        { ...plain, visibility: "group", group: { id: "g2", name: "x" } },
      ),
    ).toBe("Changed who sees the annotation");
    expect(describeEdit(plain, { ...plain, comment: "c", tags: ["t"] })).toBe("Edited the annotation");
  });

  it("records no step for a save that changed nothing", () => {
    expect(describeEdit({ ...plain, tags: ["a"] }, { ...plain, tags: ["a"] })).toBeNull();
    expect(describeEdit({ ...plain, visibility: "group", group }, { ...plain, visibility: "group", group })).toBeNull();
  });

  it("puts back comment, tags and audience as they were", () => {
    expect(editableFieldsOf({ comment: "c", tags: ["t"], visibility: "group", group })).toEqual({
      comment: "c",
      tags: ["t"],
      visibility: "group",
      groupId: "g1",
    });
    expect(editableFieldsOf(plain)).toEqual({ comment: "", tags: [], visibility: "private", groupId: null });
  });

  it("tells replies by others from the author's own", () => {
    const author = { id: "me", name: "Me" };
    const reply = (id: string) => ({ id: `r-${id}`, body: "x", createdAt: "", author: { id, name: id } });
    expect(repliedByOthers({ author, replies: [] })).toBe(false);
    expect(repliedByOthers({ author, replies: [reply("me")] })).toBe(false);
    expect(repliedByOthers({ author, replies: [reply("me"), reply("you")] })).toBe(true);
  });
});
