import type { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import type { deleteReply } from "@/lib/annotations/delete-reply";
import type { importW3CAnnotations } from "@/lib/annotations/import-w3c";
import type { AssignmentOverview } from "@/lib/classroom/assignment-overview";
import type { AssignmentFeedback } from "@/lib/classroom/assignment-feedback";
import type { copyDocument } from "@/lib/documents/copy-document";
import type { createDocument } from "@/lib/documents/create-document";
import type { getDocument } from "@/lib/documents/get-document";
import type { updateDocumentContent } from "@/lib/documents/update-document-content";
import type { CourseRole } from "@/lib/auth/permissions";
import type { addCourseMember } from "@/lib/classroom/add-course-member";
import type { createCourse } from "@/lib/classroom/create-course";
import type { CourseDetail } from "@/lib/classroom/get-course";
import type { importRoster } from "@/lib/classroom/import-roster";
import type { joinCourse } from "@/lib/classroom/join-course";
import type { createAssignment } from "@/lib/classroom/create-assignment";
import type { getAssignment } from "@/lib/classroom/get-assignment";
import type { listAssignments, listMyAssignments } from "@/lib/classroom/list-assignments";
import type { listSubmissions } from "@/lib/classroom/list-submissions";
import type { submitAssignment } from "@/lib/classroom/submit-assignment";
import type { TeamsView } from "@/lib/classroom/list-teams";
import type { updateAssignment } from "@/lib/classroom/update-assignment";
import type { TeamsCreate, TeamUpdate } from "@/lib/validation/teams";
import type { gradeSubmission } from "@/lib/classroom/grade-submission";
import type { RubricView } from "@/lib/classroom/create-rubric";
import type { FeedbackCommentView } from "@/lib/classroom/feedback-comment-view";
import type { releaseGrades } from "@/lib/classroom/release-grades";
import type { GradeBook } from "@/lib/classroom/grade-book";
import type { ClassWork } from "@/lib/classroom/class-work";
import type { ClassWorkFilterInput } from "@/lib/validation/classroom";
import type { RubricCriteria } from "@/lib/validation/classroom";
import type { FeedbackCommentCreate } from "@/lib/validation/grading";
import type { AssignmentCreateInput } from "@/lib/validation/classroom";
import type { CourseSummary } from "@/lib/classroom/list-courses";
import type { addGroupMember } from "@/lib/groups/add-group-member";
import type { createGroup } from "@/lib/groups/create-group";
import type { GroupDetail } from "@/lib/groups/get-group";
import type { GroupSummary } from "@/lib/groups/list-groups";
import type { MapOperation } from "@/lib/argument/map-operations";
import type { applyMapOperations } from "@/lib/maps/apply-map-operations";
import type { MapSummary } from "@/lib/maps/map-summaries";
import type { listMapVersions } from "@/lib/maps/map-history";
import type { MapView } from "@/lib/maps/map-view";
import type { MapImportReport } from "@/lib/maps/import-map";
import type { acceptInvite } from "@/lib/sharing/accept-invite";
import type { ShareList } from "@/lib/sharing/list-shares";
import type { createShareLink } from "@/lib/sharing/share-links";
import type { ShareView } from "@/lib/sharing/share-view";
import type {
  AnnotationCreate,
  AnnotationUpdate,
  AnnotationView,
  AnnotationVisibility,
  ReplyView,
} from "@/lib/validation/annotation";
import type { MapGraph } from "@/lib/validation/argument-map";
import type { DocumentContentUpdate } from "@/lib/validation/document";
import type { ShareCreate } from "@/lib/validation/sharing";
import type { PasswordChange, SignUpInput } from "@/lib/validation/account";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/**
 * Every failed API call: the HTTP status and the server's message (which
 * names the bad field). A 409 carries the current state in `current`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The document is gone or no longer shared with the caller (unshared while they had it open). */
  get lostDocument(): boolean {
    return this.status === 404 && /document/i.test(this.message);
  }
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      // FormData and Blob bodies are sent as they are (a Blob is JSON a user picked as a file).
      headers: body === undefined || body instanceof FormData ? undefined : { "content-type": "application/json" },
      body:
        body === undefined ? undefined : body instanceof FormData || body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "Could not reach Warrant; check your connection and try again");
  }
  const json = (await response.json().catch(() => ({}))) as T & { error?: string; field?: string; current?: unknown };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      json.error ?? `Request failed (HTTP ${response.status})`,
      json.field,
      json.current,
    );
  }
  return json;
}

const get = <T>(url: string) => call<T>("GET", url);
const post = <T>(url: string, body?: unknown) => call<T>("POST", url, body ?? {});
const put = <T>(url: string, body: unknown) => call<T>("PUT", url, body);
const patch = <T>(url: string, body: unknown) => call<T>("PATCH", url, body);
const remove = <T>(url: string) => call<T>("DELETE", url);

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));
  return search.size ? `?${search}` : "";
};

/** Where a document's annotation list is read; the reader page also preloads it from here. */
export const annotationListUrl = (documentId: string, filter: { q?: string } = {}) =>
  `/api/documents/${documentId}/annotations${query(filter)}`;

/** The browser's one client for Warrant's API. */
export const api = {
  users: {
    signUp: (input: SignUpInput) => post<{ user: { id: string; email: string; name: string } }>("/api/users", input),
    /** Ends every session of the caller but this browser's. */
    signOutOtherSessions: () => remove<{ endedSessions: number }>("/api/users/me/sessions"),
    /** Needs the current password; ends the caller's other sessions. */
    changePassword: (input: PasswordChange) => put<{ endedSessions: number }>("/api/users/me/password", input),
  },
  documents: {
    get: (id: string) => get<{ document: Omit<Result<typeof getDocument>, "ownerId"> }>(`/api/documents/${id}`),
    importForm: (form: FormData) =>
      post<{ document: Omit<Result<typeof createDocument>, "importMs"> }>("/api/documents", form),
    save: (id: string, update: DocumentContentUpdate) =>
      put<Result<typeof updateDocumentContent>>(`/api/documents/${id}`, update),
    /** The groups the caller may make annotations and maps on the document visible to. */
    audiences: (id: string) =>
      get<{ groups: { id: string; name: string }[] }>(`/api/documents/${id}/audiences`).then((body) => body.groups),
    copy: (id: string) => post<{ document: Result<typeof copyDocument> }>(`/api/documents/${id}/copy`),
    remove: (id: string) => remove<{ id: string }>(`/api/documents/${id}`),
  },
  annotations: {
    /** The annotations the caller may see, as of the document's change `seq`. */
    list: (documentId: string, filter: { q?: string } = {}) =>
      get<{ annotations: AnnotationView[]; seq: number }>(annotationListUrl(documentId, filter)),
    create: (documentId: string, input: AnnotationCreate) =>
      post<{ annotation: AnnotationView }>(`/api/documents/${documentId}/annotations`, input).then(
        (body) => body.annotation,
      ),
    update: (id: string, update: AnnotationUpdate) =>
      patch<{ annotation: AnnotationView }>(`/api/annotations/${id}`, update).then((body) => body.annotation),
    remove: (id: string) => remove<Result<typeof deleteAnnotation>>(`/api/annotations/${id}`),
    /** Hides the annotation from everyone but its author and the document's moderators, or shows it again. */
    setHidden: (id: string, hidden: boolean) =>
      put<{ annotation: AnnotationView }>(`/api/annotations/${id}/hidden`, { hidden }).then((body) => body.annotation),
    restore: (id: string) =>
      post<{ annotation: AnnotationView }>(`/api/annotations/${id}/restore`).then((body) => body.annotation),
    reply: (id: string, body: string) =>
      post<{ reply: ReplyView }>(`/api/annotations/${id}/replies`, { body }).then((response) => response.reply),
    /** Deletes the caller's own reply (undo of replying). */
    removeReply: (id: string, replyId: string) =>
      remove<Result<typeof deleteReply>>(`/api/annotations/${id}/replies/${replyId}`),
    importW3C: (documentId: string, json: string, visibility: AnnotationVisibility) =>
      post<Result<typeof importW3CAnnotations>>(
        `/api/documents/${documentId}/annotations/import?visibility=${visibility}`,
        new Blob([json]),
      ),
  },
  /** Which section the caller's live stream is reading, for "Reading now" (null: keep it to myself). */
  presence: (documentId: string, connectionId: string, section: string | null) =>
    post<{ ok: true }>(`/api/documents/${documentId}/presence`, { connectionId, section }),
  maps: {
    list: (documentId: string) =>
      get<{ maps: MapSummary[] }>(`/api/documents/${documentId}/maps`).then((body) => body.maps),
    get: (id: string) => get<{ map: MapView }>(`/api/maps/${id}`).then((body) => body.map),
    create: (documentId: string, title: string, graph?: MapGraph) =>
      post<{ map: MapView }>(`/api/documents/${documentId}/maps`, { title, graph }).then((body) => body.map),
    save: (
      id: string,
      update: {
        version: number;
        title?: string;
        visibility?: AnnotationVisibility;
        groupId?: string | null;
        graph?: MapGraph;
      },
    ) => put<{ map: MapView }>(`/api/maps/${id}`, update).then((body) => body.map),
    remove: (id: string) => remove<{ id: string }>(`/api/maps/${id}`),
    /** Edits of the graph, applied to the map as it is now; answers the map after them and what was skipped. */
    applyOps: (id: string, ops: MapOperation[]) =>
      post<Result<typeof applyMapOperations>>(`/api/maps/${id}/operations`, { ops }),
    versions: (id: string) =>
      get<{ versions: Result<typeof listMapVersions> }>(`/api/maps/${id}/versions`).then((body) => body.versions),
    restore: (id: string, version: number, currentVersion: number) =>
      post<{ map: MapView }>(`/api/maps/${id}/versions/${version}/restore`, { version: currentVersion }).then(
        (body) => body.map,
      ),
    /** Imports a map file; its title is the one kept in the file, else `fileName`. Answers the map and the import's report. */
    importFile: (documentId: string, format: "aif" | "argdown", source: string, fileName: string) =>
      post<{ map: MapView; report: MapImportReport }>(`/api/documents/${documentId}/maps/import`, {
        format,
        source,
        fileName,
      }),
  },
  shares: {
    list: (documentId: string) => get<ShareList>(`/api/documents/${documentId}/shares`),
    create: (documentId: string, input: ShareCreate) =>
      post<{ share: ShareView }>(`/api/documents/${documentId}/shares`, input).then((body) => body.share),
    update: (documentId: string, shareId: string, role: ShareView["role"]) =>
      patch<{ share: ShareView }>(`/api/documents/${documentId}/shares/${shareId}`, { role }).then(
        (body) => body.share,
      ),
    remove: (documentId: string, shareId: string) =>
      remove<{ id: string }>(`/api/documents/${documentId}/shares/${shareId}`),
    createLink: (documentId: string, role: ShareView["role"]) =>
      post<{ link: Omit<Result<typeof createShareLink>, "path"> & { url: string } }>(
        `/api/documents/${documentId}/share-links`,
        { role },
      ).then((body) => body.link),
    revokeLink: (documentId: string, linkId: string) =>
      remove<{ id: string }>(`/api/documents/${documentId}/share-links/${linkId}`),
  },
  groups: {
    list: () => get<{ groups: GroupSummary[] }>("/api/groups").then((body) => body.groups),
    create: (name: string) =>
      post<{ group: Result<typeof createGroup> }>("/api/groups", { name }).then((body) => body.group),
    get: (id: string) => get<{ group: GroupDetail }>(`/api/groups/${id}`).then((body) => body.group),
    remove: (id: string) => remove<{ id: string }>(`/api/groups/${id}`),
    addMember: (id: string, email: string) =>
      post<{ member: Result<typeof addGroupMember>["member"] }>(`/api/groups/${id}/members`, { email }).then(
        (body) => body.member,
      ),
    setRole: (id: string, userId: string, role: "owner" | "member") =>
      patch<{ member: { userId: string; role: string } }>(`/api/groups/${id}/members/${userId}`, { role }),
    removeMember: (id: string, userId: string) => remove<{ id: string }>(`/api/groups/${id}/members/${userId}`),
    withdrawInvitation: (id: string, memberId: string) =>
      remove<{ id: string }>(`/api/groups/${id}/invitations/${memberId}`),
    renewInviteLink: (id: string) => post<{ url: string }>(`/api/groups/${id}/invite-link`),
    disableInviteLink: (id: string) => remove<{ id: string }>(`/api/groups/${id}/invite-link`),
  },
  overview: {
    get: (assignmentId: string) => get<AssignmentOverview>(`/api/assignments/${assignmentId}/overview`),
  },
  feedback: {
    /** The auto-feedback on `studentId`'s submission (the caller's own when omitted). */
    get: (assignmentId: string, studentId?: string) =>
      get<AssignmentFeedback>(
        `/api/assignments/${assignmentId}/feedback${studentId ? `?student=${encodeURIComponent(studentId)}` : ""}`,
      ),
  },
  invites: {
    accept: (token: string) => post<Result<typeof acceptInvite>>(`/api/invites/${token}/accept`),
  },
  courses: {
    list: () => get<{ courses: CourseSummary[] }>("/api/courses").then((body) => body.courses),
    create: (name: string, timeZone?: string) =>
      post<{ course: Result<typeof createCourse> & { joinUrl: string } }>("/api/courses", { name, timeZone }).then(
        (body) => body.course,
      ),
    get: (id: string) => get<{ course: CourseDetail }>(`/api/courses/${id}`).then((body) => body.course),
    /** Joins as a student by the code a teacher gave (joining twice changes nothing). */
    join: (code: string) =>
      post<{ course: Result<typeof joinCourse> }>("/api/courses/join", { code }).then((b) => b.course),
    addMember: (id: string, member: { email: string; role: CourseRole; name?: string }) =>
      post<{ member: Result<typeof addCourseMember>["member"] }>(`/api/courses/${id}/members`, member),
    /** All or nothing: a 400 whose message lists each bad line, one per line. */
    importRoster: (id: string, csv: string) =>
      post<Result<typeof importRoster>>(`/api/courses/${id}/members/import`, { csv }),
    setRole: (id: string, memberId: string, role: CourseRole) =>
      patch<{ member: { id: string; role: CourseRole } }>(`/api/courses/${id}/members/${memberId}`, { role }),
    removeMember: (id: string, memberId: string) => remove<{ id: string }>(`/api/courses/${id}/members/${memberId}`),
    newJoinCode: (id: string) => post<{ joinCode: string; joinUrl: string }>(`/api/courses/${id}/join-code`),
    turnOffJoining: (id: string) => remove<{ joinCode: null }>(`/api/courses/${id}/join-code`),
  },
  assignments: {
    /** "My assignments": every course's, soonest due first, with the student's status and checklist. */
    mine: () =>
      get<{ assignments: Result<typeof listMyAssignments> }>("/api/assignments").then((body) => body.assignments),
    list: (courseId: string) =>
      get<{ assignments: Result<typeof listAssignments> }>(`/api/courses/${courseId}/assignments`).then(
        (body) => body.assignments,
      ),
    create: (courseId: string, input: AssignmentCreateInput) =>
      post<{ assignment: Result<typeof createAssignment> }>(`/api/courses/${courseId}/assignments`, input).then(
        (body) => body.assignment,
      ),
    get: (id: string) => get<Result<typeof getAssignment>>(`/api/assignments/${id}`),
    /** Submits (or resubmits) the caller's work with one of their maps (null: none); 409 once the policy refuses. */
    submit: (id: string, mapId: string | null) =>
      post<{ submission: Result<typeof submitAssignment> }>(`/api/assignments/${id}/submissions`, { mapId }).then(
        (body) => body.submission,
      ),
    submissions: (id: string) =>
      get<{ submissions: Result<typeof listSubmissions> }>(`/api/assignments/${id}/submissions`).then(
        (body) => body.submissions,
      ),
  },
  teams: {
    /** An assignment's small groups: staff get all of them and who is in none, a student their own. */
    list: (assignmentId: string) => get<TeamsView>(`/api/assignments/${assignmentId}/teams`),
    /** A teacher makes the groups, by hand or `{ random: { size } }`; 409 once there are groups. */
    create: (assignmentId: string, input: TeamsCreate) =>
      post<TeamsView>(`/api/assignments/${assignmentId}/teams`, input),
    /** A teacher renames a group or sets its students (moving them from their other group). */
    update: (assignmentId: string, teamId: string, input: TeamUpdate) =>
      patch<TeamsView>(`/api/assignments/${assignmentId}/teams/${teamId}`, input),
    /** A teacher deletes a group nobody has shared work with (409 otherwise). */
    remove: (assignmentId: string, teamId: string) =>
      remove<TeamsView>(`/api/assignments/${assignmentId}/teams/${teamId}`),
  },
  grading: {
    /** Grades a submission (staff); grading again replaces the grade. `rubric`: criterion id → level id. */
    grade: (submissionId: string, input: { score: number; rubric?: Record<string, string>; feedback: string }) =>
      put<{ grade: Result<typeof gradeSubmission> }>(`/api/submissions/${submissionId}/grade`, input).then(
        (body) => body.grade,
      ),
    rubrics: (courseId: string) =>
      get<{ rubrics: RubricView[] }>(`/api/courses/${courseId}/rubrics`).then((body) => body.rubrics),
    createRubric: (courseId: string, input: { title: string; criteria: RubricCriteria }) =>
      post<{ rubric: RubricView }>(`/api/courses/${courseId}/rubrics`, input).then((body) => body.rubric),
    /** The rubric the assignment is graded with (null: none). */
    useRubric: (assignmentId: string, rubricId: string | null) =>
      patch<{ assignment: { id: string; rubricId: string | null } }>(`/api/assignments/${assignmentId}`, { rubricId }),
    comments: (assignmentId: string, studentId?: string) =>
      get<{ comments: FeedbackCommentView[] }>(
        `/api/assignments/${assignmentId}/feedback-comments${query({ student: studentId })}`,
      ).then((body) => body.comments),
    addComment: (assignmentId: string, input: FeedbackCommentCreate) =>
      post<{ comment: FeedbackCommentView }>(`/api/assignments/${assignmentId}/feedback-comments`, input).then(
        (body) => body.comment,
      ),
    removeComment: (assignmentId: string, commentId: string) =>
      remove<{ id: string }>(`/api/assignments/${assignmentId}/feedback-comments/${commentId}`),
    /** Shows grades and feedback to students (and the reference map, if chosen); `undo` hides them again. */
    release: (assignmentId: string, options: { showReferenceMap?: boolean; undo?: boolean } = {}) =>
      post<{ release: Result<typeof releaseGrades> }>(`/api/assignments/${assignmentId}/release`, options).then(
        (body) => body.release,
      ),
    gradeBook: (courseId: string) =>
      get<{ gradeBook: GradeBook }>(`/api/courses/${courseId}/grades`).then((body) => body.gradeBook),
    /** Where the grade book's CSV downloads from (a plain link: the browser saves it). */
    gradeBookCsvUrl: (courseId: string) => `/api/courses/${courseId}/grades.csv`,
  },
  /** A teacher changes what an assignment is graded with (null: none; left out: unchanged). */
  assignmentSettings: {
    update: (assignmentId: string, input: { rubricId?: string | null; referenceMapId?: string | null }) =>
      patch<{ assignment: Result<typeof updateAssignment> }>(`/api/assignments/${assignmentId}`, input).then(
        (body) => body.assignment,
      ),
  },
  classWork: {
    /** Staff: a page of everything the class wrote on the assignment's reading; `cursor`: the last page's nextCursor. */
    list: (assignmentId: string, filter: ClassWorkFilterInput = {}, cursor?: string) =>
      get<ClassWork>(`/api/assignments/${assignmentId}/class-work${query({ ...filter, cursor })}`),
    /** Where the same filtered work downloads as CSV, and as W3C JSON-LD (plain links: the browser saves them). */
    csvUrl: (assignmentId: string, filter: ClassWorkFilterInput = {}) =>
      `/api/assignments/${assignmentId}/class-work.csv${query(filter)}`,
    jsonLdUrl: (assignmentId: string, filter: ClassWorkFilterInput = {}) =>
      `/api/assignments/${assignmentId}/class-work.jsonld${query(filter)}`,
  },
};
