import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { callApi as call } from "./support/classroom";
import { readerLoaded, selectText } from "./support/reader";

const CLAIM = "knows who the boss is";
const EVIDENCE = "signals a profound, data-driven divergence";

/** Someone in a browser of their own, signed up through the form; `email` to find their CSV row. */
async function person(browser: Browser, name: string) {
  const page = await (await browser.newContext()).newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail("classwork"));
  return { page, email };
}

/** `student` annotates passages of the reading in the reader: select, then the kind's button. */
async function annotateInReader(student: Page, documentId: string, passages: [string, "Claim" | "Evidence"][]) {
  await student.goto(`/documents/${documentId}`);
  await readerLoaded(student);
  // The count below must include the annotations already there: they come after the text.
  await expect(student.locator("[data-annotations-loaded=true]")).toBeAttached();
  const panel = student.getByRole("complementary", { name: "Annotations" });
  for (const [passage, kind] of passages) {
    const before = await panel.getByRole("article", { name: new RegExp(`^${kind} by`) }).count();
    await selectText(student, passage);
    await student.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: kind }).click();
    await expect(panel.getByRole("article", { name: new RegExp(`^${kind} by`) })).toHaveCount(before + 1);
  }
}

test("a teacher filters the class's work by a student and a kind, sees only theirs, and downloads it as CSV; a student cannot", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacher = await person(browser, "Teacher Tess");
  const { course } = await call<{ course: { id: string; joinCode: string } }>(teacher.page, "POST", "/api/courses", {
    name: "Reading Lab",
  });
  const { documents } = await call<{ documents: { id: string; isOwn: boolean }[] }>(
    teacher.page,
    "GET",
    "/api/documents",
  );
  const documentId = documents.find((document) => !document.isOwn)!.id;
  const { assignment } = await call<{ assignment: { id: string } }>(
    teacher.page,
    "POST",
    `/api/courses/${course.id}/assignments`,
    {
      documentId,
      title: "Patronage, week 2",
      dueAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
      latePolicy: "accept",
      mode: "individual",
    },
  );

  // Zoë annotates a claim and its evidence; Bob the same claim.
  const zoe = await person(browser, "Zoë Student");
  const bob = await person(browser, "Bob Student");
  for (const student of [zoe, bob]) await call(student.page, "POST", "/api/courses/join", { code: course.joinCode });
  await annotateInReader(zoe.page, documentId, [
    [CLAIM, "Claim"],
    [EVIDENCE, "Evidence"],
  ]);
  await annotateInReader(bob.page, documentId, [[CLAIM, "Claim"]]);

  // The teacher goes from the assignment to the class's work: all three, private as they are.
  const page = teacher.page;
  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Class's work" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Class's work" })).toBeVisible();
  const list = page.getByRole("list", { name: "The class's annotations" });
  await expect(list.getByRole("listitem", { name: /by (Zoë|Bob) Student$/ })).toHaveCount(3);

  // Zoë's claims only.
  const filters = page.getByRole("form", { name: "Filter the class's work" });
  await filters.getByLabel("Student").selectOption({ label: "Zoë Student" });
  await filters.getByLabel("Kind").selectOption({ label: "Claim" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status")).toHaveText("1 annotation shown");
  const only = list.getByRole("listitem", { name: "Claim by Zoë Student" });
  await expect(only).toBeVisible();
  await expect(only).toContainText(CLAIM);
  await expect(only).toContainText("Private");
  await expect(list.getByRole("listitem", { name: /Bob Student|Evidence/ })).toHaveCount(0);

  // A date range that ends before today: nothing. An end before the start: the server's reason beside "To".
  await filters.getByLabel("To").fill("2026-01-01");
  await filters.getByLabel("From").fill("2026-01-02");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(filters.getByLabel("To")).toHaveAccessibleDescription("to must not be before from");
  await filters.getByLabel("From").fill("2000-01-01");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("Nothing the class wrote matches these filters.")).toBeVisible();
  await filters.getByLabel("From").fill("");
  await filters.getByLabel("To").fill("");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status")).toHaveText("1 annotation shown");

  // Phone width: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("class-work-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: test.info().outputPath("class-work-1440.png"), fullPage: true });

  // The CSV carries the filters: Zoë's claim and nothing else.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Patronage, week 2 class work.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  // The columns themselves are the integration test's; here the course's zone names the time column.
  expect(rows[0]?.[8]).toBe("Created (UTC)");
  expect(rows.slice(1).map((row) => row.slice(0, 5).concat(row[7]!))).toEqual([
    ["annotation", "Zoë Student", zoe.email, "claim", CLAIM, "private"],
  ]);

  // The JSON-LD link carries the same filters.
  const jsonLd = await page.request.get(
    (await page.getByRole("link", { name: "Download W3C JSON-LD" }).getAttribute("href"))!,
  );
  expect(jsonLd.ok()).toBe(true);
  expect((await jsonLd.json()).total).toBe(1);

  // A student gets the staff-only page, and 403 for the list and the exports.
  await bob.page.goto(`/assignments/${assignment.id}/class-work`);
  await expect(
    bob.page.getByText("Only the course's teachers and teaching assistants see the class's work."),
  ).toBeVisible();
  for (const suffix of ["class-work", "class-work.csv", "class-work.jsonld"]) {
    expect((await bob.page.request.get(`/api/assignments/${assignment.id}/${suffix}`)).status()).toBe(403);
  }
  expect((await page.request.get(`/api/assignments/${assignment.id}/class-work?kind=rant`)).status()).toBe(400);
});
