import type { Prisma } from "@/lib/db/generated/client";

/**
 * Who may do what. Every permission rule of Warrant lives here: the roles a
 * reader can hold on a document, what each role allows, who sees an
 * annotation or a map, and who manages a group. lib/ use cases load the
 * facts (shares, memberships) and ask these functions; routes never decide
 * access themselves. docs/ARCHITECTURE.md has the matrix these rules make.
 */

/** A reader's standing on one document, weakest first. */
export const DOCUMENT_ROLES = ["viewer", "commenter", "editor", "owner"] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** The roles a share or a share link can give (owner is never given). */
export type ShareRole = Exclude<DocumentRole, "owner">;

/**
 * What can be done to a document. "annotate" covers tagging, replying and
 * making maps; "export" downloads what the reader can see.
 */
export type DocumentAction = "read" | "export" | "annotate" | "editText" | "share" | "delete";

const LEAST_ROLE: Record<DocumentAction, DocumentRole> = {
  read: "viewer",
  export: "viewer",
  annotate: "commenter",
  editText: "editor",
  share: "editor",
  delete: "owner",
};

const rank = (role: DocumentRole) => DOCUMENT_ROLES.indexOf(role);

/** Whether `role` (null: no access at all) allows `action`. */
export function can(role: DocumentRole | null, action: DocumentAction): boolean {
  return role !== null && rank(role) >= rank(LEAST_ROLE[action]);
}

/** Why a reader who can see the document still may not do `action`: the 403 message. */
export function refusal(action: DocumentAction): string {
  switch (action) {
    case "annotate":
      return "You can read this document but not annotate it: ask its owner for the Commenter role";
    case "editText":
      return "Only the owner and editors can edit this document's text";
    case "share":
      return "Only the owner and editors can share this document";
    case "delete":
      return "Only the owner can delete this document";
    default:
      return "You are not allowed to do that";
  }
}

/** What the seeded sample and other documents "shared with everyone" give every signed-in reader. */
const EVERYONE_ROLE: ShareRole = "commenter";

/** The facts a role is computed from: the document and the grants that name the reader. */
export type DocumentGrants = {
  ownerId: string;
  visibility: "PRIVATE" | "EVERYONE";
  /** Roles of the shares naming the reader or a group they belong to, and of links they accepted. */
  grants: readonly ShareRole[];
};

/** `userId`'s role on a document: the strongest of ownership, its visibility and their grants; null if none. */
export function documentRole(userId: string, document: DocumentGrants): DocumentRole | null {
  if (document.ownerId === userId) return "owner";
  const roles: ShareRole[] = [...document.grants];
  if (document.visibility === "EVERYONE") roles.push(EVERYONE_ROLE);
  return roles.reduce<DocumentRole | null>((best, role) => (best && rank(best) >= rank(role) ? best : role), null);
}

/** Membership that counts: a pending member (added by an email nobody has signed up with) has no user yet. */
const memberOf = (userId: string) => ({ members: { some: { userId } } });

/** The shares that give `userId` a role: to them by account, or to a group they belong to. */
export function grantingSharesWhere(userId: string): Prisma.DocumentShareWhereInput {
  return { OR: [{ userId }, { group: memberOf(userId) }] };
}

/** The share links `userId` has accepted (a revoked link is deleted, so it no longer matches). */
export function grantingLinksWhere(userId: string): Prisma.ShareLinkWhereInput {
  return { uses: { some: { userId } } };
}

/**
 * grantingSharesWhere and grantingLinksWhere as one SQL expression over a
 * document aliased `d`, for the path every request takes (the reader's
 * grants read in the same query as the document): the roles of the shares
 * naming the reader `userParam` (a placeholder such as "$2::uuid") or a group
 * they belong to, and of the share links they accepted.
 */
export function grantRolesSql(userParam: string): string {
  return `array(
    select s.role::text from "DocumentShare" s
    where s."documentId" = d.id and (s."userId" = ${userParam}
      or s."groupId" in (select m."groupId" from "GroupMember" m where m."userId" = ${userParam}))
    union all
    select l.role::text from "ShareLink" l join "ShareLinkUse" u on u."linkId" = l.id
    where l."documentId" = d.id and u."userId" = ${userParam})`;
}

/**
 * The ids of the groups `userParam` belongs to, sorted, as one SQL
 * expression: they decide which group-visible annotations the reader sees
 * (canSee), so the page's drawing and the list's tag both read them.
 */
export function memberGroupIdsSql(userParam: string): string {
  return `array(select m."groupId"::text from "GroupMember" m where m."userId" = ${userParam} order by 1)`;
}

/** Documents `userId` may read: their own, those shared with everyone, with them, their groups, or by a link they accepted. */
export function readableDocumentsWhere(userId: string): Prisma.DocumentWhereInput {
  return {
    OR: [
      { ownerId: userId },
      { visibility: "EVERYONE" },
      { shares: { some: grantingSharesWhere(userId) } },
      { shareLinks: { some: grantingLinksWhere(userId) } },
    ],
  };
}

/**
 * Who sees an annotation or a map besides its author. `hidden`: a
 * moderator hid the annotation from others (maps are never hidden).
 */
export type Audience = { visibility: "private" | "group" | "everyone"; groupId: string | null; hidden?: boolean };

/**
 * The document's owner and its editors moderate it: they may hide any
 * annotation they can see from everyone else (and unhide it). Editors
 * already change the text everyone annotates, so this gives them nothing
 * a class would not expect; commenters and viewers moderate nothing.
 */
export function canModerate(role: DocumentRole | null): boolean {
  return role === "owner" || role === "editor";
}

/**
 * Annotations `userId` may see on a document they can read: their own,
 * those shared with everyone, and those shared with a group they belong to
 * — but of others' hidden ones only if `role` moderates the document, and
 * none by `hiddenAuthors` (classmates hidden until posted, peersHidden).
 */
export function visibleAnnotationsWhere(
  userId: string,
  documentId: string,
  role: DocumentRole | null = null,
  hiddenAuthors: readonly string[] = [],
): Prisma.AnnotationWhereInput {
  const and: Prisma.AnnotationWhereInput[] = [
    ...(canModerate(role) ? [] : [{ OR: [{ authorId: userId }, { hiddenAt: null }] }]),
    ...(hiddenAuthors.length > 0 ? [{ authorId: { notIn: [...hiddenAuthors] } }] : []),
  ];
  return {
    documentId,
    OR: [{ authorId: userId }, { visibility: "everyone" }, { visibility: "group", group: memberOf(userId) }],
    ...(and.length > 0 ? { AND: and } : {}),
  };
}

/**
 * Whether a reader of the document (`role` not null) sees an annotation or
 * map by `authorId`. `inGroup` says whether they belong to its group.
 */
export function canSee(
  userId: string,
  role: DocumentRole | null,
  item: Audience & { authorId: string },
  inGroup: boolean,
): boolean {
  if (!can(role, "read")) return false;
  if (item.authorId === userId) return true;
  if (item.hidden && !canModerate(role)) return false;
  if (item.visibility === "everyone") return true;
  return item.visibility === "group" && item.groupId !== null && inGroup;
}

/**
 * visibleAnnotationsWhere as a predicate over an annotation already read:
 * whether a reader of the document (`role`, their groups `groupIds`, the
 * classmates hidden from them `hiddenAuthors`) sees it in their list. The
 * shared list cache (lib/annotations/shared-list.ts) filters per reader with
 * it; tests/integration/shared-list.test.ts pins that it lists exactly what
 * the SQL rule lists.
 */
export function seesListedAnnotation(
  userId: string,
  role: DocumentRole | null,
  item: Audience & { authorId: string },
  groupIds: ReadonlySet<string>,
  hiddenAuthors: readonly string[],
): boolean {
  const inGroup = item.groupId !== null && groupIds.has(item.groupId);
  return canSee(userId, role, item, inGroup) && !hiddenAuthors.includes(item.authorId);
}

/** Only its author changes, deletes or restores an annotation, and only while they may annotate the document. */
export function canEditOwn(userId: string, role: DocumentRole | null, item: { authorId: string }): boolean {
  return item.authorId === userId && can(role, "annotate");
}

/** A moderator hides (or unhides) an annotation they can see; its author alone cannot, but may delete it. */
export function canHide(
  userId: string,
  role: DocumentRole | null,
  item: Audience & { authorId: string },
  inGroup: boolean,
): boolean {
  return canModerate(role) && canSee(userId, role, item, inGroup);
}

/** Anyone who sees an annotation may reply to it, if they may annotate the document. */
export function canReply(
  userId: string,
  role: DocumentRole | null,
  item: Audience & { authorId: string },
  inGroup: boolean,
) {
  return canSee(userId, role, item, inGroup) && can(role, "annotate");
}

/** Only its author deletes a reply (to undo replying), and only while they may annotate the document. */
export const canDeleteReply = canEditOwn;

/**
 * A map's statements and links are edited by its owner and, once the map is
 * shared (with a group or with everyone), by every reader who sees it and may
 * annotate: shared maps are built together.
 */
export function canEditMapGraph(
  userId: string,
  role: DocumentRole | null,
  map: Audience & { authorId: string },
  inGroup: boolean,
): boolean {
  if (!can(role, "annotate")) return false;
  return map.authorId === userId || (map.visibility !== "private" && canSee(userId, role, map, inGroup));
}

/** Its owner alone renames a map, changes who sees it, restores a version or deletes it. */
export const canManageMap = canEditOwn;

/**
 * Maps `userId` may see on a document they can read: the same rule as
 * annotations, with the owner as author — none by `hiddenAuthors` either.
 */
export function visibleMapsWhere(
  userId: string,
  documentId: string,
  hiddenAuthors: readonly string[] = [],
): Prisma.ArgumentMapWhereInput {
  return {
    documentId,
    OR: [{ ownerId: userId }, { visibility: "everyone" }, { visibility: "group", group: memberOf(userId) }],
    ...(hiddenAuthors.length > 0 ? { ownerId: { notIn: [...hiddenAuthors] } } : {}),
  };
}

/**
 * visibleMapsWhere as an SQL condition over a map aliased `am` of the
 * document aliased `d`, for the reader `userParam` (such as "$2::uuid"), for
 * the reader page's one statement (readable-document.ts). Hidden authors are
 * not in it: they depend on an assignment's state, which the caller reads
 * only when the document is an assignment's reading, and leaves out after.
 * tests/integration/reader-page-document.test.ts requires both forms to give
 * every reader of the permission matrix the same maps.
 */
export function visibleMapsSql(userParam: string): string {
  return `am."documentId" = d.id and (am."ownerId" = ${userParam} or am.visibility = 'everyone'
    or (am.visibility = 'group' and exists(select 1 from "GroupMember" m
      where m."groupId" = am."groupId" and m."userId" = ${userParam})))`;
}

/**
 * The groups `userId` may make an annotation or map visible to on a
 * document: groups they belong to whose members can read it (it is shared
 * with the group, or with everyone).
 */
export function audienceGroupsWhere(
  userId: string,
  document: { id: string; visibility: "PRIVATE" | "EVERYONE" },
): Prisma.GroupWhereInput {
  return {
    ...memberOf(userId),
    ...(document.visibility === "EVERYONE" ? {} : { shares: { some: { documentId: document.id } } }),
  };
}

/** audienceGroupsWhere as an SQL condition over a group aliased `g` and the document aliased `d` (see visibleMapsSql). */
export function audienceGroupsSql(userParam: string): string {
  return `g.id in (select m."groupId" from "GroupMember" m where m."userId" = ${userParam})
    and (d.visibility = 'EVERYONE'
      or exists(select 1 from "DocumentShare" s where s."groupId" = g.id and s."documentId" = d.id))`;
}

export type GroupRole = "owner" | "member";

/** Any member sees a group, its members and the documents shared with it. */
export function canSeeGroup(role: GroupRole | null): boolean {
  return role !== null;
}

/** Owners rename, add and remove members, make invite links and delete the group. */
export function canManageGroup(role: GroupRole | null): boolean {
  return role === "owner";
}

/** Owners remove anyone; a member may remove only themselves, which is leaving. */
export function canRemoveMember(role: GroupRole | null, removingThemselves: boolean): boolean {
  return removingThemselves ? canSeeGroup(role) : canManageGroup(role);
}

/** The groups `userId` belongs to (not pending invitations). */
export function memberGroupsWhere(userId: string): Prisma.GroupWhereInput {
  return memberOf(userId);
}

/** A course member's role (lib/classroom); a removed member has none. */
export type CourseRole = "teacher" | "assistant" | "student";

/**
 * What can be done in a course. "see": open the course and its assignments;
 * "seeRoster": the roster with emails and activity; "manage": rename, the
 * join code, add, import and remove members; "assign": assignments,
 * reference maps and rubrics; "grade": submissions, the overview, grading,
 * feedback and the grade book; "release": show grades to students;
 * "submit": hand in work.
 */
export type CourseAction = "see" | "seeRoster" | "manage" | "assign" | "grade" | "release" | "submit";

const COURSE_RULES: Record<CourseAction, readonly CourseRole[]> = {
  see: ["teacher", "assistant", "student"],
  seeRoster: ["teacher", "assistant"],
  manage: ["teacher"],
  assign: ["teacher"],
  grade: ["teacher", "assistant"],
  release: ["teacher"],
  submit: ["student"],
};

/** Whether a course member with `role` (null: not a member, or removed) may do `action`. */
export function canInCourse(role: CourseRole | null, action: CourseAction): boolean {
  return role !== null && COURSE_RULES[action].includes(role);
}

/** Why a member of the course still may not do `action`: the 403 message. */
export function courseRefusal(action: CourseAction): string {
  switch (action) {
    case "submit":
      return "Only students submit work";
    case "grade":
      return "Only the course's teachers and teaching assistants can do that";
    default:
      return "Only the course's teachers can do that";
  }
}

/**
 * Whether a course member sees an assignment: staff always; students once
 * it opens (no `opensAt`: at once).
 */
export function canSeeAssignment(role: CourseRole | null, assignment: { opensAt: Date | null }, now: Date): boolean {
  if (canInCourse(role, "grade")) return true;
  return canInCourse(role, "see") && (assignment.opensAt === null || assignment.opensAt <= now);
}

/**
 * A grade, the grader's feedback and the auto-feedback: staff see everyone's;
 * a student sees only their own, and only once grades are released.
 */
export function canSeeGrade(
  userId: string,
  role: CourseRole | null,
  assignment: { releasedAt: Date | null },
  studentId: string,
): boolean {
  if (canInCourse(role, "grade")) return true;
  return canInCourse(role, "see") && userId === studentId && assignment.releasedAt !== null;
}

/** The reference map: staff always; students after release, if the teacher chose to show it. */
export function canSeeReferenceMap(
  role: CourseRole | null,
  assignment: { releasedAt: Date | null; releaseReferenceMap: boolean },
): boolean {
  if (canInCourse(role, "grade")) return true;
  return canInCourse(role, "see") && assignment.releasedAt !== null && assignment.releaseReferenceMap;
}

/**
 * A course's group mirrors the course's roster (lib/classroom): its members,
 * roles and invite link change only through the course, never through the
 * Groups pages, so the roster stays the one truth. So does an assignment's
 * small group (`team`), changed only on the assignment's page.
 */
export function isManagedByCourse(group: { course: { id: string } | null; team?: { id: string } | null }): boolean {
  return group.course !== null || (group.team ?? null) !== null;
}

/** A feedback comment is taken back only by the grader who wrote it, while they still grade in the course. */
export function canDeleteFeedbackComment(
  userId: string,
  role: CourseRole | null,
  comment: { authorId: string },
): boolean {
  return canInCourse(role, "grade") && comment.authorId === userId;
}

/**
 * Hidden until posted: on the reading of an individual assignment, a student
 * does not see their classmates' annotations until they have posted one of
 * their own ("afterPosting") or until the due date ("afterDue"), so their
 * first reading is their own. Staff, and small-group assignments, are not
 * concerned (lib/classroom/hidden-peers.ts applies it).
 */
export function peersHidden(
  assignment: { mode: "individual" | "groups"; peersVisible: "afterPosting" | "afterDue"; dueAt: Date },
  hasPosted: boolean,
  now: Date,
): boolean {
  if (assignment.mode !== "individual") return false;
  return assignment.peersVisible === "afterPosting" ? !hasPosted : now < assignment.dueAt;
}

/**
 * The class's work on an assignment's reading (lib/classroom/class-work.ts):
 * staff only. They see every student's annotations there whatever their
 * visibility, private ones included: the reading is coursework, a
 * submission already freezes the student's private annotations for grading
 * (lib/classroom/submit-assignment.ts), and a teacher must not grade a
 * snapshot they could not have looked at before. Each row says its
 * visibility so staff know what the class itself cannot see.
 */
export function canSeeClassWork(role: CourseRole | null): boolean {
  return canInCourse(role, "grade");
}

/**
 * Small groups of an assignment (lib/classroom/list-teams.ts): staff see
 * every group and its students; a student sees only the group they are in,
 * so nobody learns who works with whom elsewhere. Changing them is the
 * teacher's ("assign").
 */
export function canSeeTeam(role: CourseRole | null, isMember: boolean): boolean {
  return canInCourse(role, "grade") || (canInCourse(role, "see") && isMember);
}
