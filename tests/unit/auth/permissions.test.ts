import { describe, expect, it } from "vitest";
import {
  can,
  canEditOwn,
  canManageGroup,
  canRemoveMember,
  canReply,
  canSee,
  documentRole,
  refusal,
  type DocumentAction,
  type DocumentRole,
} from "@/lib/auth/permissions";

const ACTIONS: DocumentAction[] = ["read", "export", "annotate", "editText", "share", "delete"];

describe("document roles", () => {
  it.each([
    ["viewer", ["read", "export"]],
    ["commenter", ["read", "export", "annotate"]],
    ["editor", ["read", "export", "annotate", "editText", "share"]],
    ["owner", ACTIONS],
  ] as [DocumentRole, DocumentAction[]][])("%s may %j and nothing more", (role, allowed) => {
    expect(ACTIONS.filter((action) => can(role, action))).toEqual(allowed);
  });

  it("gives no access at all without a role", () => {
    expect(ACTIONS.filter((action) => can(null, action))).toEqual([]);
  });

  it("takes the strongest of ownership, visibility and every grant", () => {
    const doc = (grants: ("viewer" | "commenter" | "editor")[], visibility: "PRIVATE" | "EVERYONE" = "PRIVATE") => ({
      ownerId: "owner",
      visibility,
      grants,
    });
    expect(documentRole("owner", doc([]))).toBe("owner");
    expect(documentRole("owner", doc(["viewer"]))).toBe("owner");
    expect(documentRole("reader", doc([]))).toBeNull();
    expect(documentRole("reader", doc([], "EVERYONE"))).toBe("commenter");
    expect(documentRole("reader", doc(["viewer"], "EVERYONE"))).toBe("commenter");
    expect(documentRole("reader", doc(["editor"], "EVERYONE"))).toBe("editor");
    expect(documentRole("reader", doc(["viewer", "editor", "commenter"]))).toBe("editor");
    expect(documentRole("reader", doc(["viewer", "viewer"]))).toBe("viewer");
  });

  it("says why an action is refused", () => {
    expect(refusal("annotate")).toContain("Commenter");
    expect(refusal("delete")).toContain("owner");
    expect(new Set(ACTIONS.map(refusal)).size).toBeGreaterThanOrEqual(4);
  });
});

describe("who sees, changes and answers an annotation or a map", () => {
  const by = (authorId: string, visibility: "private" | "group" | "everyone", groupId: string | null = null) => ({
    authorId,
    visibility,
    groupId,
  });

  it("shows each visibility to its audience only, and nothing to those who cannot read", () => {
    expect(canSee("a", "viewer", by("a", "private"), false)).toBe(true);
    expect(canSee("b", "editor", by("a", "private"), false)).toBe(false);
    expect(canSee("b", "viewer", by("a", "everyone"), false)).toBe(true);
    expect(canSee("b", "viewer", by("a", "group", "g"), true)).toBe(true);
    expect(canSee("b", "owner", by("a", "group", "g"), false)).toBe(false);
    // A group that was deleted leaves only its author.
    expect(canSee("b", "viewer", by("a", "group", null), true)).toBe(false);
    expect(canSee("a", null, by("a", "everyone"), true)).toBe(false);
  });

  it("lets only the author change it, while they may annotate", () => {
    expect(canEditOwn("a", "commenter", { authorId: "a" })).toBe(true);
    expect(canEditOwn("a", "viewer", { authorId: "a" })).toBe(false);
    expect(canEditOwn("b", "owner", { authorId: "a" })).toBe(false);
  });

  it("lets whoever sees it and may annotate reply", () => {
    expect(canReply("b", "commenter", by("a", "everyone"), false)).toBe(true);
    expect(canReply("b", "viewer", by("a", "everyone"), false)).toBe(false);
    expect(canReply("b", "commenter", by("a", "private"), false)).toBe(false);
  });
});

describe("groups", () => {
  it("lets owners manage and remove anyone, and members only leave", () => {
    expect(canManageGroup("owner")).toBe(true);
    expect(canManageGroup("member")).toBe(false);
    expect(canManageGroup(null)).toBe(false);
    expect(canRemoveMember("member", true)).toBe(true);
    expect(canRemoveMember("member", false)).toBe(false);
    expect(canRemoveMember("owner", false)).toBe(true);
    expect(canRemoveMember(null, true)).toBe(false);
  });
});
