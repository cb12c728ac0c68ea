import fs from "node:fs";
import type { Browser } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { SAMPLE_TITLE } from "./support/reader";

/** Someone in a browser of their own, signed up through the form. */
async function person(browser: Browser, name: string) {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail("grades"));
  return { page, email };
}

test("a teacher makes a rubric, grades two students and downloads the grade book; a student cannot see it", async ({
  browser,
}) => {
  const teacher = await person(browser, "Teacher Tess");
  await teacher.page.goto("/courses");
  await teacher.page.getByLabel("Course name").fill("Rhétorique, 1");
  await teacher.page.getByRole("button", { name: "Create course" }).click();
  await expect(teacher.page.getByRole("heading", { level: 1, name: "Rhétorique, 1" })).toBeVisible();
  const courseUrl = teacher.page.url();
  const code = (await teacher.page.getByLabel("Join code").textContent())!.trim();

  const form = teacher.page.getByRole("form", { name: "New assignment" });
  await form.getByLabel("Document").selectOption({ label: `${SAMPLE_TITLE} — Warrant` });
  await form.getByLabel("Title").fill("Week 1, the patronage");
  await form.getByLabel(/^Due \(/).fill(`${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T23:59`);
  await form.getByRole("button", { name: "Create assignment" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  const link = teacher.page.getByRole("list", { name: "Course assignments" }).getByRole("link", {
    name: "Week 1, the patronage",
  });
  const assignmentId = (await link.getAttribute("href"))!.split("/").pop()!.split("?")[0]!;

  // Two students join by code and submit (the submitting itself is the assignments' e2e test's).
  const submissions: Record<string, string> = {};
  const students = [];
  for (const name of ["Zoë Müller, Jr.", 'Ann "Quote" Lee']) {
    const student = await person(browser, name);
    const joined = await student.page.request.post("/api/courses/join", { data: { code } });
    expect(joined.ok()).toBe(true);
    const submitted = await student.page.request.post(`/api/assignments/${assignmentId}/submissions`, {
      data: { mapId: null },
    });
    expect(submitted.status()).toBeLessThan(300);
    submissions[name] = (await submitted.json()).submission.id;
    students.push(student);
  }

  await teacher.page.goto(courseUrl);
  await teacher.page.getByRole("link", { name: "Grade book" }).click();
  await expect(teacher.page.getByRole("heading", { level: 1, name: "Grade book" })).toBeVisible();

  // A rubric, made with the form: two criteria, the second with three levels.
  const rubricForm = teacher.page.getByRole("form", { name: "New rubric" });
  await rubricForm.getByLabel("Rubric title").fill("Map quality");
  await rubricForm.getByLabel("Criterion 1 title").fill("Finds the claims");
  await rubricForm.getByRole("button", { name: "Add a criterion" }).click();
  await rubricForm.getByLabel("Criterion 2 title").fill("Relates them");
  await rubricForm.getByRole("button", { name: "Add a level to criterion 2" }).click();
  await rubricForm.getByLabel("Criterion 2, level 3 label").fill("Excellent");
  await rubricForm.getByLabel("Criterion 2, level 3 points").fill("5");
  await rubricForm.getByRole("button", { name: "Save rubric" }).click();
  await expect(rubricForm.getByRole("status")).toHaveText('Rubric "Map quality" saved (7 points at most).');
  await expect(teacher.page.getByRole("list", { name: "Rubrics" })).toContainText("Finds the claims, Relates them");
  const { rubrics } = await (
    await teacher.page.request.get(`${new URL(courseUrl).pathname.replace("/courses", "/api/courses")}/rubrics`)
  ).json();
  const rubric = rubrics[0];
  expect(
    (await teacher.page.request.patch(`/api/assignments/${assignmentId}`, { data: { rubricId: rubric.id } })).ok(),
  ).toBe(true);

  // Grading over the rubric's maximum is refused, naming it; then one student is graded with the rubric.
  const zoe = submissions["Zoë Müller, Jr."]!;
  const over = await teacher.page.request.put(`/api/submissions/${zoe}/grade`, { data: { score: 8, feedback: "" } });
  expect(over.status()).toBe(400);
  expect((await over.json()).error).toMatch(/at most 7 points/);
  const criterion = rubric.criteria[1];
  const graded = await teacher.page.request.put(`/api/submissions/${zoe}/grade`, {
    data: { score: 6.5, rubric: { [criterion.id]: criterion.levels[2].id }, feedback: "Clear map." },
  });
  expect(graded.ok()).toBe(true);

  await teacher.page.reload();
  const table = teacher.page.getByRole("table");
  await expect(table.getByRole("row", { name: /Zoë Müller, Jr\./ })).toContainText("6.5");
  await expect(table.getByRole("row", { name: /Ann "Quote" Lee/ })).toContainText("not graded");

  // At a phone's width the table scrolls inside its frame; the page itself does not scroll sideways.
  await teacher.page.setViewportSize({ width: 390, height: 844 });
  await expect(teacher.page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await teacher.page.screenshot({ path: test.info().outputPath("grade-book-390.png"), fullPage: true });
  expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await teacher.page.setViewportSize({ width: 1440, height: 900 });
  await teacher.page.screenshot({ path: test.info().outputPath("grade-book-1440.png"), fullPage: true });

  const downloading = teacher.page.waitForEvent("download");
  await teacher.page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Rhétorique, 1 grades.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  expect(rows).toEqual([
    ["Name", "Email", "Week 1, the patronage", "Total"],
    ['Ann "Quote" Lee', students[1]!.email, "", "0"],
    ["Zoë Müller, Jr.", students[0]!.email, "6.5", "6.5"],
  ]);

  // A student: no grade book, and the CSV is refused.
  const student = students[0]!.page;
  const gradebookPath = `${new URL(courseUrl).pathname}/gradebook`;
  await student.goto(gradebookPath);
  await expect(
    student.getByText("Only the course's teachers and teaching assistants see the grade book."),
  ).toBeVisible();
  const refused = await student.request.get(`/api/courses/${gradebookPath.split("/")[2]}/grades.csv`);
  expect(refused.status()).toBe(403);
  // Signed out: 401.
  const signedOut = await (
    await browser.newContext()
  ).request.get(`/api/courses/${gradebookPath.split("/")[2]}/grades.csv`);
  expect(signedOut.status()).toBe(401);
});
