import { describe, expect, it } from "vitest";
import {
  audienceGroupsWhere,
  peersHidden,
  can,
  canEditMapGraph,
  canDeleteReply,
  canEditOwn,
  canHide,
  canManageGroup,
  canModerate,
  canRemoveMember,
  canReply,
  canSee,
  documentRole,
  grantingLinksWhere,
  grantingSharesWhere,
  memberGroupsWhere,
  readableDocumentsWhere,
  refusal,
  visibleAnnotationsWhere,
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

  it("names, in each refusal, who may do what was refused", () => {
    expect(Object.fromEntries(ACTIONS.map((action) => [action, refusal(action)]))).toEqual({
      read: "You are not allowed to do that",
      export: "You are not allowed to do that",
      annotate: "You can read this document but not annotate it: ask its owner for the Commenter role",
      editText: "Only the owner and editors can edit this document's text",
      share: "Only the owner and editors can share this document",
      delete: "Only the owner can delete this document",
    });
  });

  it("lets the owner and editors moderate, and nobody else", () => {
    const roles: (DocumentRole | null)[] = ["viewer", "commenter", "editor", "owner", null];
    expect(roles.filter(canModerate)).toEqual(["editor", "owner"]);
  });
});

describe("which rows a reader may read, as database filters", () => {
  it("reads documents of their own, shared with everyone, with them or a group of theirs, or by a link they took", () => {
    expect(readableDocumentsWhere("u")).toEqual({
      OR: [
        { ownerId: "u" },
        { visibility: "EVERYONE" },
        { shares: { some: { OR: [{ userId: "u" }, { group: { members: { some: { userId: "u" } } } }] } } },
        { shareLinks: { some: { uses: { some: { userId: "u" } } } } },
      ],
    });
    expect(grantingSharesWhere("u")).toEqual(readableDocumentsWhere("u").OR![2].shares!.some);
    expect(grantingLinksWhere("u")).toEqual(readableDocumentsWhere("u").OR![3].shareLinks!.some);
  });

  it("leaves others' hidden annotations out for all but moderators", () => {
    const visible = {
      documentId: "d",
      OR: [
        { authorId: "u" },
        { visibility: "everyone" },
        { visibility: "group", group: { members: { some: { userId: "u" } } } },
      ],
    };
    const notHidden = { AND: [{ OR: [{ authorId: "u" }, { hiddenAt: null }] }] };
    for (const role of [null, "viewer", "commenter"] as const) {
      expect(visibleAnnotationsWhere("u", "d", role)).toEqual({ ...visible, ...notHidden });
    }
    expect(visibleAnnotationsWhere("u", "d")).toEqual({ ...visible, ...notHidden });
    for (const role of ["editor", "owner"] as const) expect(visibleAnnotationsWhere("u", "d", role)).toEqual(visible);
  });

  it("leaves out the classmates an assignment hides for now (hidden until posted), moderators included", () => {
    const where = visibleAnnotationsWhere("u", "d", "owner", ["c1", "c2"]);
    expect(where.AND).toEqual([{ authorId: { notIn: ["c1", "c2"] } }]);
  });

  it("offers as audiences the reader's groups, and of a private document only those it is shared with", () => {
    const member = { members: { some: { userId: "u" } } };
    expect(memberGroupsWhere("u")).toEqual(member);
    expect(audienceGroupsWhere("u", { id: "d", visibility: "EVERYONE" })).toEqual(member);
    expect(audienceGroupsWhere("u", { id: "d", visibility: "PRIVATE" })).toEqual({
      ...member,
      shares: { some: { documentId: "d" } },
    });
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

  it("shows a private item to nobody but its author, even within its group", () => {
    expect(canSee("b", "owner", by("a", "private", "g"), true)).toBe(false);
  });

  it("hides a hidden item from all but its author and the moderators, who may hide or unhide it", () => {
    const hidden = (visibility: "group" | "everyone") => ({ ...by("a", visibility, "g"), hidden: true });
    expect(canSee("b", "commenter", hidden("everyone"), true)).toBe(false);
    expect(canSee("b", "commenter", hidden("group"), true)).toBe(false);
    expect(canSee("a", "commenter", hidden("everyone"), false)).toBe(true);
    expect(canSee("b", "editor", hidden("everyone"), false)).toBe(true);
    expect(canSee("b", "owner", hidden("group"), true)).toBe(true);
    expect(canHide("b", "editor", by("a", "everyone"), false)).toBe(true);
    expect(canHide("b", "owner", hidden("everyone"), false)).toBe(true);
    expect(canHide("a", "commenter", by("a", "everyone"), false)).toBe(false);
    expect(canHide("b", "owner", by("a", "private"), false)).toBe(false);
    expect(canHide("b", "editor", by("a", "group", "g"), false)).toBe(false);
  });

  it("lets a map's owner edit its graph, and every annotating reader who sees it once it is shared", () => {
    expect(canEditMapGraph("a", "commenter", by("a", "private"), false)).toBe(true);
    expect(canEditMapGraph("a", "viewer", by("a", "private"), false)).toBe(false);
    expect(canEditMapGraph("b", "owner", by("a", "private"), false)).toBe(false);
    expect(canEditMapGraph("b", "commenter", by("a", "everyone"), false)).toBe(true);
    expect(canEditMapGraph("b", "viewer", by("a", "everyone"), false)).toBe(false);
    expect(canEditMapGraph("b", "commenter", by("a", "group", "g"), true)).toBe(true);
    expect(canEditMapGraph("b", "commenter", by("a", "group", "g"), false)).toBe(false);
    expect(canEditMapGraph("b", null, by("a", "everyone"), true)).toBe(false);
  });

  it("lets only the author change it, while they may annotate", () => {
    expect(canEditOwn("a", "commenter", { authorId: "a" })).toBe(true);
    expect(canEditOwn("a", "viewer", { authorId: "a" })).toBe(false);
    expect(canEditOwn("b", "owner", { authorId: "a" })).toBe(false);
  });

  it("lets only a reply's author delete it, while they may annotate", () => {
    expect(canDeleteReply("a", "commenter", { authorId: "a" })).toBe(true);
    expect(canDeleteReply("a", "viewer", { authorId: "a" })).toBe(false);
    expect(canDeleteReply("b", "owner", { authorId: "a" })).toBe(false);
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

describe("hidden until posted", () => {
  const dueAt = new Date("2026-12-10T12:00:00Z");
  const before = new Date("2026-12-10T11:59:59Z");
  const individual = (peersVisible: "afterPosting" | "afterDue") => ({
    mode: "individual" as const,
    peersVisible,
    dueAt,
  });

  it("afterPosting: hidden until the student has posted, whatever the date", () => {
    expect(peersHidden(individual("afterPosting"), false, before)).toBe(true);
    expect(peersHidden(individual("afterPosting"), false, new Date("2027-01-01T00:00:00Z"))).toBe(true);
    expect(peersHidden(individual("afterPosting"), true, before)).toBe(false);
  });

  it("afterDue: hidden until the due instant, posted or not", () => {
    expect(peersHidden(individual("afterDue"), true, before)).toBe(true);
    expect(peersHidden(individual("afterDue"), false, dueAt)).toBe(false);
  });

  it("small groups see their group's work: nothing hidden", () => {
    expect(peersHidden({ mode: "groups", peersVisible: "afterPosting", dueAt }, false, before)).toBe(false);
  });
});
