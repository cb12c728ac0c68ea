import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { person } from "./support/classroom";
import { readerLoaded, SAMPLE_TITLE, selectText } from "./support/reader";

const CLAIM = "knows who the boss is";
const EVIDENCE = "signals a profound, data-driven divergence";

/** What inside `root` sticks out past the page's right edge (nothing should, on a 390 px phone): tag.class of each. */
async function overflowing(page: Page, root = "main") {
  return page.evaluate(
    (root) =>
      [...document.querySelectorAll(`${root} *`)]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    root,
  );
}

/** Tomorrow at 23:59 as a datetime-local input takes it. */
function tomorrowEvening(): string {
  const day = new Date(Date.now() + 24 * 3_600_000);
  return `${day.toISOString().slice(0, 10)}T23:59`;
}

test("a teacher sets the sample as an assignment; a student sees it, annotates, watches the checklist and submits", async ({
  browser,
}) => {
  const teacher = await person(browser, "Teacher Tess");
  await teacher.goto("/courses");
  await teacher.getByLabel("Course name").fill("Argument Lab");
  await teacher.getByRole("button", { name: "Create course" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Argument Lab" })).toBeVisible();
  const code = (await teacher.getByLabel("Join code").textContent())!.trim();

  const form = teacher.getByRole("form", { name: "New assignment" });
  await form.getByLabel("Document").selectOption({ label: `${SAMPLE_TITLE} — Warrant` });
  await form.getByLabel("Title").fill("Map the patronage argument");
  await form.getByLabel("Instructions (Markdown)").fill("Find the **main claim** and its evidence.");
  await expect(form.getByLabel(/^Due \(/)).toBeVisible();
  await form.getByLabel(/^Due \(/).fill(tomorrowEvening());
  await form.getByLabel("Late policy").selectOption("refuse");
  await form.getByLabel("Annotations, at least").fill("2");
  await form.getByRole("button", { name: "Create assignment" }).click();
  await expect(form.getByRole("status")).toContainText("Created “Map the patronage argument”");
  const listed = teacher.getByRole("list", { name: "Course assignments" });
  await expect(listed.getByRole("link", { name: "Map the patronage argument" })).toBeVisible();
  await expect(listed).toContainText("23:59");
  await teacher.setViewportSize({ width: 390, height: 844 });
  await expect(form.getByLabel("Late policy")).toBeVisible();
  expect(await overflowing(teacher, ".course-assignments")).toEqual([]);
  await teacher.screenshot({ path: test.info().outputPath("course-390.png"), fullPage: true });

  const student = await person(browser, "Student Sam");
  await student.goto("/courses");
  await student.getByLabel("Join code").fill(code);
  await student.getByRole("button", { name: "Join", exact: true }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Argument Lab" })).toBeVisible();

  await student.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assignments" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "My assignments" })).toBeVisible();
  const mine = student.getByRole("list", { name: "Assignments" }).getByRole("listitem").first();
  await expect(mine).toContainText("Argument Lab");
  await expect(mine).toContainText("Not started");
  const checklist = mine.getByRole("list", { name: "Requirements for Map the patronage argument" });
  await expect(checklist).toContainText("At least 2 annotations");
  await expect(checklist).toContainText("To do · 0 of 2");

  await mine.getByRole("link", { name: "Map the patronage argument" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Map the patronage argument" })).toBeVisible();
  await expect(student.locator(".instructions strong")).toHaveText("main claim");
  await expect(student.getByText("No late work: submissions close at the due date.")).toBeVisible();

  await student.getByRole("link", { name: "Open the reading" }).click();
  await readerLoaded(student);
  const toolbar = student.getByRole("toolbar", { name: "Annotate selection" });
  const panel = student.getByRole("complementary", { name: "Annotations" });
  await selectText(student, CLAIM);
  await toolbar.getByRole("button", { name: "Claim" }).click();
  await expect(panel.getByRole("article", { name: "Claim by Student Sam" })).toBeVisible();
  await student.goBack();

  const progress = student.getByRole("list", { name: "Requirements" });
  await student.getByRole("button", { name: "Check my progress" }).click();
  await expect(progress).toContainText("To do · 1 of 2");
  await expect(student.getByText("In progress")).toBeVisible();

  await student.getByRole("link", { name: "Open the reading" }).click();
  await readerLoaded(student);
  await selectText(student, EVIDENCE);
  await toolbar.getByRole("button", { name: "Evidence" }).click();
  await expect(panel.getByRole("article", { name: "Evidence by Student Sam" })).toBeVisible();
  await student.goBack();
  await student.getByRole("button", { name: "Check my progress" }).click();
  await expect(progress).toContainText("Done · 2 of 2");

  const submitForm = student.getByRole("form", { name: "Submit your work" });
  await expect(submitForm.getByLabel("Map to submit")).toHaveValue("");
  await submitForm.getByRole("button", { name: "Submit" }).click();
  await expect(submitForm.getByRole("status")).toHaveText("Submitted.");
  await expect(student.getByText(/^Submitted .+ · on time$/)).toBeVisible();
  await expect(submitForm.getByRole("button", { name: "Resubmit" })).toBeVisible();
  await student.setViewportSize({ width: 1440, height: 900 });
  await student.screenshot({ path: test.info().outputPath("assignment-1440.png"), fullPage: true });
  await student.setViewportSize({ width: 390, height: 844 });
  expect(await overflowing(student)).toEqual([]);
  await student.screenshot({ path: test.info().outputPath("assignment-390.png"), fullPage: true });

  // The teacher's list of submissions has the student, on time.
  const assignmentUrl = new URL(student.url()).pathname;
  const response = await teacher.request.get(`/api${assignmentUrl}/submissions`);
  expect(response.status()).toBe(200);
  const { submissions } = await response.json();
  expect(submissions).toEqual([
    expect.objectContaining({ student: expect.objectContaining({ name: "Student Sam" }), late: false, attempt: 1 }),
  ]);
});

test("a teacher imports a reading on the spot for an assignment; a student's checklist follows their work in another tab", async ({
  browser,
}) => {
  const teacher = await person(browser, "Teacher Ines");
  await teacher.goto("/courses");
  await teacher.getByLabel("Course name").fill("Policy Seminar");
  await teacher.getByRole("button", { name: "Create course" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Policy Seminar" })).toBeVisible();
  const code = (await teacher.getByLabel("Join code").textContent())!.trim();

  const form = teacher.getByRole("form", { name: "New assignment" });
  await form.getByLabel("Or import a reading").setInputFiles({
    name: "congestion.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(
      "Congestion pricing works\n\nCities should price congestion. In Stockholm, traffic fell by a fifth once drivers paid to enter the centre.\n",
    ),
  });
  await expect(form.getByText("Imported “Congestion pricing works”: it is this assignment's reading.")).toBeVisible();
  await expect(form.getByLabel("Document").locator("option:checked")).toHaveText("Congestion pricing works — you");
  await form.getByLabel("Title").fill("Map the pricing case");
  await form.getByLabel(/^Due \(/).fill(tomorrowEvening());
  await form.getByLabel("Annotations, at least").fill("1");
  await form.getByRole("button", { name: "Create assignment" }).click();
  await expect(form.getByRole("status")).toContainText("Created “Map the pricing case”");

  const student = await person(browser, "Student Theo");
  await student.goto("/courses");
  await student.getByLabel("Join code").fill(code);
  await student.getByRole("button", { name: "Join", exact: true }).click();
  await student.getByRole("link", { name: "Map the pricing case" }).click();
  const progress = student.getByRole("list", { name: "Requirements" });
  await expect(progress).toContainText("To do · 0 of 1");

  // The reading in a second tab; the assignment page is neither reloaded nor asked to recount.
  const reading = await student.context().newPage();
  await reading.goto((await student.getByRole("link", { name: "Open the reading" }).getAttribute("href"))!);
  await readerLoaded(reading);
  await selectText(reading, "Cities should price congestion");
  await reading.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Claim" }).click();
  await expect(
    reading.getByRole("complementary", { name: "Annotations" }).getByRole("article", { name: "Claim by Student Theo" }),
  ).toBeVisible();
  await expect(progress).toContainText("Done · 1 of 1", { timeout: 30_000 });
});
