import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { callApi as call, person } from "./support/classroom";
import { readerLoaded, selectText } from "./support/reader";

const CLAIM = "knows who the boss is";
const EVIDENCE = "signals a profound, data-driven divergence";

/** `student` (called `name`) annotates the reading in the reader, as a user would. */
async function annotate(student: Page, name: string, documentId: string, passages: [string, "Claim" | "Evidence"][]) {
  await student.goto(`/documents/${documentId}`);
  await readerLoaded(student);
  const panel = student.getByRole("complementary", { name: "Annotations" });
  for (const [passage, kind] of passages) {
    await selectText(student, passage);
    await student.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: kind }).click();
    // By name: other tests' annotations shared with everyone on the sample may be listed too.
    await expect(panel.getByRole("article", { name: `${kind} by ${name}` })).toBeVisible();
  }
}

test("a teacher sorts the overview, grades in the grading view with a comment and a rubric; the student sees the grade only after release", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacher = await person(browser, "Teacher Tess");
  const { course } = await call<{ course: { id: string; joinCode: string } }>(teacher, "POST", "/api/courses", {
    name: "Grading Lab",
  });
  const { documents } = await call<{ documents: { id: string; isOwn: boolean }[] }>(teacher, "GET", "/api/documents");
  const documentId = documents.find((document) => !document.isOwn)!.id;
  const { assignment } = await call<{ assignment: { id: string } }>(
    teacher,
    "POST",
    `/api/courses/${course.id}/assignments`,
    {
      documentId,
      title: "Grade the patronage reading",
      dueAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
      latePolicy: "accept",
      mode: "individual",
    },
  );
  const { rubric } = await call<{ rubric: { id: string } }>(teacher, "POST", `/api/courses/${course.id}/rubrics`, {
    title: "Reading rubric",
    criteria: [
      {
        id: "evidence",
        title: "Use of evidence",
        levels: [
          { id: "weak", label: "Weak", points: 1 },
          { id: "strong", label: "Strong", points: 3 },
        ],
      },
    ],
  });
  await call(teacher, "PATCH", `/api/assignments/${assignment.id}`, { rubricId: rubric.id });

  // Amy annotates a claim and its evidence; Bob only the claim. Both submit.
  const amy = await person(browser, "Amy Student");
  const bob = await person(browser, "Bob Student");
  for (const student of [amy, bob]) await call(student, "POST", "/api/courses/join", { code: course.joinCode });
  await annotate(amy, "Amy Student", documentId, [
    [CLAIM, "Claim"],
    [EVIDENCE, "Evidence"],
  ]);
  await annotate(bob, "Bob Student", documentId, [[CLAIM, "Claim"]]);
  for (const student of [amy, bob]) {
    await call(student, "POST", `/api/assignments/${assignment.id}/submissions`, { mapId: null });
  }

  // The overview: both submitted; sorting by Evidence puts Bob (0) first, then Amy (1) first when reversed.
  await teacher.goto(`/assignments/${assignment.id}`);
  await teacher.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Overview" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await teacher.reload(); // a full load too: its server-rendered markup must pass the CSP (no style attributes)
  await expect(teacher.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const table = teacher.getByRole("region", { name: "Students" }).getByRole("table");
  const firstStudent = table.getByRole("rowheader").first();
  await expect(table.getByRole("row", { name: /Amy Student/ })).toContainText("Submitted");
  await expect(table.getByRole("row", { name: /Bob Student/ })).toContainText("Submitted");
  const evidenceHeader = table.getByRole("columnheader", { name: "Evidence" });
  await evidenceHeader.getByRole("button").click();
  await expect(evidenceHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(firstStudent).toHaveText("Bob Student");
  await evidenceHeader.getByRole("button").click();
  await expect(evidenceHeader).toHaveAttribute("aria-sort", "descending");
  await expect(firstStudent).toHaveText("Amy Student");
  await expect(teacher.getByRole("img", { name: /Annotations per student, stacked by kind/ })).toBeVisible();
  await teacher.getByLabel("Status").selectOption("not started");
  await expect(table.getByRole("rowheader")).toHaveCount(0);
  await teacher.getByLabel("Status").selectOption("all");

  // The grading view, opened on Amy; J moves to the next student, K back.
  await table.getByRole("link", { name: "Amy Student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading: Amy Student" })).toBeVisible();
  await expect(teacher.getByText("Keys: J next student, K previous student")).toBeVisible();
  await teacher.keyboard.press("j");
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading: Bob Student" })).toBeVisible();
  await expect(teacher.getByRole("button", { name: "Next student" })).toBeDisabled();
  await teacher.keyboard.press("k");
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading: Amy Student" })).toBeVisible();

  // A comment on Amy's evidence annotation, then the rubric and the grade.
  const evidence = teacher.getByRole("listitem", { name: `Evidence: ${EVIDENCE}` });
  await evidence.getByRole("button", { name: "Comment" }).click();
  await evidence.getByLabel("Comment on this annotation").fill("Good evidence: say why it supports the claim.");
  await evidence.getByRole("button", { name: "Add comment" }).click();
  await expect(evidence.getByRole("list", { name: "Your comments" })).toContainText("say why it supports");
  const grade = teacher.getByRole("form", { name: "Grade" });
  await grade.getByRole("group", { name: "Use of evidence" }).getByLabel("Strong (3 points)").check();
  await expect(grade.getByLabel(/^Score/)).toHaveValue("3");
  await grade.getByLabel("Feedback to the student").fill("Clear and well supported.");
  await grade.getByRole("button", { name: "Save grade" }).click();
  await expect(grade.getByRole("status")).toHaveText("Grade saved");

  // Amy sees no grade and no comment until the teacher releases; then her own, and Bob sees none of hers.
  type StudentAnswer = { result: { score: number | null; comments: { body: string }[] } | null };
  const amysView = () => call<StudentAnswer>(amy, "GET", `/api/assignments/${assignment.id}`);
  expect((await amysView()).result).toBeNull();
  for (const screen of ["overview", "grade"]) {
    await amy.goto(`/assignments/${assignment.id}/${screen}`);
    await expect(amy.getByText(/^Only the course's teachers and teaching assistants/)).toBeVisible();
    await expect(amy.getByText("Bob Student")).toHaveCount(0);
  }
  await teacher.getByRole("button", { name: "Release grades" }).click();
  await teacher.getByRole("button", { name: "Release to 1 student" }).click();
  await expect(teacher.getByText(/Grades released on/)).toBeVisible();
  const released = (await amysView()).result!;
  expect(released.score).toBe(3);
  expect(released.comments.map((comment) => comment.body)).toEqual(["Good evidence: say why it supports the claim."]);
  const bobs = await call<StudentAnswer>(bob, "GET", `/api/assignments/${assignment.id}`);
  expect(bobs.result?.score ?? null).toBeNull();
  expect(bobs.result?.comments ?? []).toEqual([]);
});
