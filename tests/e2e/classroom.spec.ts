import fs from "node:fs";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { person } from "./support/classroom";
import { link, tag } from "./support/argument-links";
import { SAMPLE_TITLE, openSample } from "./support/reader";

// Issue 10's scenario, as its users click: a teacher's reference map, two students (one complete and on
// time, one partial and late), the overview, the grading view, release, each student's own result, the CSV.

const CLAIM =
  "the upcoming summit will likely yield a highly transactional compromise rather than a unified strategic vision";
const EVIDENCE =
  "The White House explicitly pressured Jerusalem to accept a framework agreement requiring an initial military withdrawal from southern Lebanon.";
const OBJECTION = "Israel will maintain its independent operational readiness";

/**
 * `name` tags the claim and its evidence on the sample, links them, and (when
 * `complete`) the objection too; the Map view then saves them as a map.
 */
async function mapTheArgument(page: Page, name: string, complete: boolean) {
  await openSample(page);
  const panel = page.getByRole("complementary", { name: "Annotations" });
  await tag(page, name, CLAIM, "Alt+1");
  await tag(page, name, EVIDENCE, "Alt+3");
  await link(panel.getByRole("article", { name: `Evidence by ${name}` }), "transactional", "Supports");
  if (complete) {
    await tag(page, name, OBJECTION, "Alt+4");
    await link(panel.getByRole("article", { name: `Objection by ${name}` }), "transactional", "Attacks");
  }
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(complete ? 3 : 2);
  await expect(map.getByRole("status")).toHaveText("Saved");
}

/** The next whole minute at least `ahead` ms away, as an instant and as a datetime-local value in `zone`. */
function nextMinute(zone: string, ahead: number) {
  const due = new Date(Math.ceil((Date.now() + ahead) / 60_000) * 60_000);
  const wallClock = new Intl.DateTimeFormat("sv-SE", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(due);
  return { due, value: wallClock.replace(" ", "T") };
}

/** On the assignment page, `student` picks their map and submits. */
async function submitMap(student: Page, assignmentUrl: string) {
  await student.goto(assignmentUrl);
  const submit = student.getByRole("form", { name: "Submit your work" });
  await submit.getByLabel("Map to submit").selectOption({ index: 1 });
  await submit.getByRole("button", { name: "Submit" }).click();
  await expect(submit.getByRole("status")).toHaveText("Submitted.");
}

test("issue 10: reference map, two students (on time and late), overview, grading, release, each student's own result, the CSV", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const teacher = await person(browser, "Teacher Tess");
  await mapTheArgument(teacher, "Teacher Tess", true);

  await teacher.goto("/courses");
  await teacher.getByLabel("Course name").fill("Argument Studio");
  await teacher.getByRole("button", { name: "Create course" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Argument Studio" })).toBeVisible();
  const courseUrl = teacher.url();
  const code = (await teacher.getByLabel("Join code").textContent())!.trim();

  // The students join by code and map the reading before the assignment exists (so the due date can be near).
  const amy = await person(browser, "Amy Student");
  const bob = await person(browser, "Bob Student");
  for (const student of [amy, bob]) {
    await student.goto("/courses");
    await student.getByLabel("Join code").fill(code);
    await student.getByRole("button", { name: "Join", exact: true }).click();
    await expect(student.getByRole("heading", { level: 1, name: "Argument Studio" })).toBeVisible();
  }
  await mapTheArgument(amy, "Amy Student", true);
  await mapTheArgument(bob, "Bob Student", false);

  // A rubric, with the grade book's form.
  await teacher.goto(courseUrl);
  await teacher.getByRole("link", { name: "Grade book" }).click();
  const rubricForm = teacher.getByRole("form", { name: "New rubric" });
  await rubricForm.getByLabel("Rubric title").fill("Map quality");
  await rubricForm.getByLabel("Criterion 1 title").fill("Finds the argument");
  await rubricForm.getByRole("button", { name: "Save rubric" }).click();
  await expect(rubricForm.getByRole("status")).toContainText('Rubric "Map quality" saved');

  // New assignment on the sample with the teacher's map as its reference, due at the next whole minute.
  await teacher.goto(courseUrl);
  const form = teacher.getByRole("form", { name: "New assignment" });
  await form.getByLabel("Document").selectOption({ label: `${SAMPLE_TITLE} — Warrant` });
  const reference = form.getByLabel("Reference map");
  await expect(reference.locator("option")).toHaveCount(2);
  await reference.selectOption({ index: 1 });
  await form.getByLabel("Title").fill("Map the summit");
  const zone = /^Due \((.+)\)/.exec((await form.getByText(/^Due \(/).textContent())!)![1]!;
  const { due, value } = nextMinute(zone, 20_000);
  await form.getByLabel(/^Due \(/).fill(value);
  await form.getByRole("button", { name: "Create assignment" }).click();
  await expect(form.getByRole("status")).toContainText("Created “Map the summit”");
  const listed = teacher
    .getByRole("list", { name: "Course assignments" })
    .getByRole("link", { name: "Map the summit" });
  const assignmentUrl = new URL((await listed.getAttribute("href"))!, teacher.url()).pathname;
  // The teacher's assignment page shows the reference map chosen.
  await teacher.goto(assignmentUrl);
  const referenceForm = teacher.getByRole("form", { name: "Reference map" });
  await expect(referenceForm.getByLabel("Reference map").locator("option")).toHaveCount(2);
  await expect(referenceForm.getByLabel("Reference map")).not.toHaveValue("");
  // The rubric made in the grade book, chosen for this assignment.
  const rubricChoice = teacher.getByRole("form", { name: "Rubric" });
  await rubricChoice.getByLabel("Rubric").selectOption({ label: "Map quality" });
  await rubricChoice.getByRole("button", { name: "Save rubric" }).click();
  await expect(rubricChoice.getByRole("status")).toHaveText("Rubric saved.");

  // Amy submits her complete map on time; Bob his partial map once the due date has passed.
  await submitMap(amy, assignmentUrl);
  await expect(amy.getByText(/^Submitted .+ · on time$/)).toBeVisible();
  await expect(amy.getByRole("heading", { name: "Your grade" })).toBeVisible();
  await expect(amy.getByText("Not graded yet")).toBeVisible();
  await expect(amy.getByText("Grades are not released yet.")).toBeVisible();
  await expect.poll(() => Date.now(), { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(due.getTime() + 1_000);
  await submitMap(bob, assignmentUrl);
  await expect(bob.getByText(/^Submitted .+ late$/)).toBeVisible();

  // The overview: Amy submitted, Bob late.
  await teacher.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Overview" }).click();
  const table = teacher.getByRole("region", { name: "Students" }).getByRole("table");
  await expect(table.getByRole("row", { name: /Amy Student/ })).toContainText("Submitted");
  await expect(table.getByRole("row", { name: /Bob Student/ })).toContainText(/late/i);

  // The grading view on Amy: a comment on her claim's statement, the rubric, the grade.
  await table.getByRole("link", { name: "Amy Student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading: Amy Student" })).toBeVisible();
  const statement = teacher.getByRole("listitem", { name: /^Statement: the upcoming summit/ });
  await statement.getByRole("button", { name: "Comment" }).click();
  await statement.getByLabel(/^Comment on/).fill("Right main claim: now say what the evidence shows.");
  await statement.getByRole("button", { name: "Add comment" }).click();
  await expect(statement.getByRole("list", { name: "Your comments" })).toContainText("Right main claim");
  let grade = teacher.getByRole("form", { name: "Grade" });
  await grade.getByRole("group", { name: "Finds the argument" }).getByRole("radio").last().check();
  await grade.getByLabel("Feedback to the student").fill("A **complete** map.");
  await grade.getByRole("button", { name: "Save grade" }).click();
  await expect(grade.getByRole("status")).toHaveText("Grade saved");
  const amysScore = await grade.getByLabel(/^Score/).inputValue();

  // Bob: the first level and a short note.
  await teacher.getByRole("button", { name: "Next student" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Grading: Bob Student" })).toBeVisible();
  grade = teacher.getByRole("form", { name: "Grade" });
  await grade.getByRole("group", { name: "Finds the argument" }).getByRole("radio").first().check();
  await grade.getByLabel("Feedback to the student").fill("The objection is missing.");
  await grade.getByRole("button", { name: "Save grade" }).click();
  await expect(grade.getByRole("status")).toHaveText("Grade saved");

  // Release, with the reference map.
  await teacher.getByRole("button", { name: "Release grades" }).click();
  await teacher.getByLabel("Also show the reference map").check();
  await teacher.getByRole("button", { name: "Release to 2 students" }).click();
  await expect(teacher.getByText(/Grades released on/)).toBeVisible();

  // Amy sees her own grade, feedback, the comment quoting her statement, auto-feedback and the reference map.
  await amy.reload();
  const amysResult = amy.getByRole("region", { name: "Your grade" });
  await expect(amysResult.getByText(`Score: ${amysScore}`)).toBeVisible();
  await expect(amysResult.getByRole("row", { name: /Finds the argument/ })).toBeVisible();
  await expect(amysResult.locator(".instructions strong")).toHaveText("complete");
  await expect(amysResult).toContainText("Right main claim: now say what the evidence shows.");
  await expect(amysResult.getByText(/^On your map statement/)).toContainText("the upcoming summit");
  await expect(amysResult.getByRole("heading", { name: "Auto-feedback" })).toBeVisible();
  await expect(amysResult.getByRole("list", { name: "Main claims" })).toContainText("Main claim:");
  await expect(amysResult.getByRole("list", { name: "Reasons" })).toContainText("The White House");
  await expect(amysResult.getByRole("list", { name: "Objections" })).toContainText("operational readiness");
  await expect(amysResult).not.toContainText("The objection is missing.");

  // Bob sees his own, not Amy's.
  await bob.reload();
  const bobsResult = bob.getByRole("region", { name: "Your grade" });
  await expect(bobsResult).toContainText("The objection is missing.");
  await expect(bobsResult.getByRole("heading", { name: "Auto-feedback" })).toBeVisible();
  await expect(bobsResult).not.toContainText("A complete map");
  await expect(bobsResult).not.toContainText("Right main claim");

  // The grade book's CSV has both students.
  await teacher.goto(courseUrl);
  await teacher.getByRole("link", { name: "Grade book" }).click();
  const downloading = teacher.waitForEvent("download");
  await teacher.getByRole("link", { name: "Download CSV" }).click();
  const csv = fs.readFileSync((await (await downloading).path())!, "utf8");
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const names = rows.slice(1).map((row) => row.join(","));
  expect(names.filter((row) => row.includes("Amy Student"))).toHaveLength(1);
  expect(names.filter((row) => row.includes("Bob Student"))).toHaveLength(1);
});
