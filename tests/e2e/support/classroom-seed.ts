import type { Browser, Page } from "@playwright/test";
import { callApi as call, person } from "./classroom";

/** Passages of the sample article the seeded students annotate, with the kind each gives it. */
const PASSAGES = [
  ["the upcoming summit will likely yield a highly transactional compromise", "claim"],
  ["signals a profound, data-driven divergence in the geopolitical cost-benefit calculations", "evidence"],
  ["Netanyahu will likely accept nominal rhetorical constraints regarding Lebanon", "premise"],
  ["is not merely a diplomatic reconciliation", "objection"],
  ["diverging regional war aims, asymmetric electoral timelines", "evidence"],
  ["Israel will maintain its independent operational readiness", "question"],
] as const;

const STUDENTS = [
  "Zoë Brontë",
  "José Álvarez-Núñez",
  "Siobhán Ó Briain",
  "Łukasz Wiśniewski",
  "Amara Okafor",
  "Nguyễn Thị Mai",
] as const;

type Graph = {
  nodes: { id: string; annotationId: string | null; kind: string; text: string; position: null }[];
  arguments: { id: string; conclusionId: string; premiseIds: string[]; scheme: null; answers: object }[];
  attacks: { id: string; attackerId: string; target: { nodeId: string } }[];
};

/** A map of a claim, its reasons and an objection, each node one of `annotations` (or a free statement). */
function argumentGraph(statements: { annotationId: string | null; kind: string; text: string }[]): Graph {
  const nodes = statements.map((statement, index) => ({ id: `n${index}`, position: null, ...statement }));
  const [claim, ...rest] = nodes;
  const reasons = rest.filter((node) => node.kind !== "objection" && node.kind !== "question");
  const objections = rest.filter((node) => node.kind === "objection");
  return {
    nodes,
    arguments: reasons.map((reason, index) => ({
      id: `a${index}`,
      conclusionId: claim!.id,
      premiseIds: [reason.id],
      scheme: null,
      answers: {},
    })),
    attacks: objections.map((objection, index) => ({
      id: `x${index}`,
      attackerId: objection.id,
      target: { nodeId: claim!.id },
    })),
  };
}

/** A new map on `documentId` owned by `page`'s user, holding `graph`. */
async function mapWith(page: Page, documentId: string, title: string, graph: Graph) {
  const { map } = await call<{ map: { id: string } }>(page, "POST", `/api/documents/${documentId}/maps`, { title });
  await call(page, "PUT", `/api/maps/${map.id}`, { version: 1, graph });
  return map.id;
}

/**
 * A class as it looks mid-term, built through the API: a teacher's course of
 * six students (accented names), an assignment on the sample article with
 * requirements, a rubric and a reference map; five students annotated and
 * mapped the reading, four submitted, two are graded. For screenshots and
 * accessibility checks of the classroom's screens.
 */
export async function seedClass(browser: Browser) {
  const teacher = await person(browser, "Margarethe Köhler");
  const { course } = await call<{ course: { id: string; joinCode: string } }>(teacher, "POST", "/api/courses", {
    name: "Argument & Evidence — Spring seminar",
    timeZone: "Europe/Berlin",
  });
  const { documents } = await call<{ documents: { id: string; isOwn: boolean }[] }>(teacher, "GET", "/api/documents");
  const documentId = documents.find((document) => !document.isOwn)!.id;
  const { document } = await call<{ document: { plainText: string } }>(teacher, "GET", `/api/documents/${documentId}`);
  const target = (exact: string) => {
    const start = document.plainText.indexOf(exact);
    if (start < 0) throw new Error(`not in the sample: ${exact}`);
    return { exact, prefix: "", suffix: "", start, end: start + exact.length };
  };

  const referenceMapId = await mapWith(
    teacher,
    documentId,
    "Model answer",
    argumentGraph(PASSAGES.slice(0, 4).map(([text]) => ({ annotationId: null, kind: "statement", text }))),
  );
  await call(teacher, "POST", `/api/courses/${course.id}/assignments`, {
    documentId,
    title: "Warm-up: tag one claim",
    dueAt: new Date(Date.now() - 3 * 24 * 3_600_000).toISOString(),
    latePolicy: "accept",
    mode: "individual",
  });
  const { rubric } = await call<{ rubric: { id: string } }>(teacher, "POST", `/api/courses/${course.id}/rubrics`, {
    title: "Argument map rubric",
    criteria: [
      {
        id: "claim",
        title: "Main claim identified",
        levels: [
          { id: "missing", label: "Missing", points: 0 },
          { id: "partial", label: "Partly", points: 2 },
          { id: "clear", label: "Clear", points: 4 },
        ],
      },
      {
        id: "evidence",
        title: "Use of evidence",
        levels: [
          { id: "weak", label: "Weak", points: 1 },
          { id: "fair", label: "Fair", points: 2 },
          { id: "strong", label: "Strong", points: 3 },
        ],
      },
      {
        id: "objection",
        title: "Objection considered",
        levels: [
          { id: "none", label: "None", points: 0 },
          { id: "some", label: "Yes", points: 3 },
        ],
      },
    ],
  });
  const { assignment } = await call<{ assignment: { id: string; title: string } }>(
    teacher,
    "POST",
    `/api/courses/${course.id}/assignments`,
    {
      documentId,
      title: "Map the patronage argument",
      instructions:
        "Tag the article's main claim, the evidence for it and one objection, then map how they connect. Reply to one classmate.",
      dueAt: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(),
      latePolicy: "accept",
      mode: "individual",
      requirements: { annotations: { count: 4 }, map: { reasons: 2 }, replies: 1 },
      referenceMapId,
      rubricId: rubric.id,
    },
  );

  const students: {
    page: Page;
    name: string;
    annotations: { annotationId: string; kind: string; text: string }[];
    submissionId: string | null;
  }[] = [];
  for (const [index, name] of STUDENTS.entries()) {
    const page = await person(browser, name);
    await call(page, "POST", "/api/courses/join", { code: course.joinCode });
    // The last student has not started; the others annotate fewer passages the further down the list.
    const passages = index === STUDENTS.length - 1 ? [] : PASSAGES.slice(0, 6 - index);
    const annotations: { annotationId: string; kind: string; text: string }[] = [];
    for (const [exact, kind] of passages) {
      const { annotation } = await call<{ annotation: { id: string } }>(
        page,
        "POST",
        `/api/documents/${documentId}/annotations`,
        {
          kind,
          visibility: "everyone",
          comment: kind === "claim" ? "The article's thesis, stated in its conclusion." : "",
          target: target(exact),
        },
      );
      annotations.push({ annotationId: annotation.id, kind, text: exact });
    }
    let submissionId: string | null = null;
    if (index < 4) {
      const mapId = await mapWith(page, documentId, "My map", argumentGraph(annotations.slice(0, 5)));
      const { submission } = await call<{ submission: { id: string } }>(
        page,
        "POST",
        `/api/assignments/${assignment.id}/submissions`,
        { mapId },
      );
      submissionId = submission.id;
    }
    students.push({ page, name, annotations, submissionId });
  }
  const overview = await call<{ students: { studentId: string; name: string }[] }>(
    teacher,
    "GET",
    `/api/assignments/${assignment.id}/overview`,
  );
  const idOf = (name: string) => overview.students.find((row) => row.name === name)!.studentId;
  const first = students[0]!;
  await call(teacher, "POST", `/api/assignments/${assignment.id}/feedback-comments`, {
    studentId: idOf(first.name),
    annotationId: first.annotations[1]!.annotationId,
    body: "Good evidence: say in your map why it supports the claim.",
  });

  for (const [index, rubricLevels] of [
    { claim: "clear", evidence: "strong", objection: "some" },
    { claim: "clear", evidence: "fair", objection: "some" },
  ].entries()) {
    await call(teacher, "PUT", `/api/submissions/${students[index]!.submissionId}/grade`, {
      score: index === 0 ? 10 : 9,
      rubric: rubricLevels,
      feedback: "A clear map: the evidence is tied to the claim it supports.",
    });
  }
  return { teacher, course, assignment, documentId, students, idOf };
}
