import type { Browser } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";

/** Someone in a browser of their own, signed up through the form; the teacher's browser may use the clipboard. */
async function person(browser: Browser, name: string) {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase().replace(/\W/g, "")));
  return { page, email };
}

test("a teacher makes a course, a student joins by its code, the teacher imports a roster CSV after fixing it", async ({
  browser,
  request,
}) => {
  const teacher = await person(browser, "Teacher Tess");
  const { page } = teacher;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await page.getByLabel("Course name").fill("Reading Arguments");
  await expect(page.getByLabel("Time zone")).not.toHaveValue("");
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reading Arguments" })).toBeVisible();

  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  await expect(page.getByLabel("Join code")).toHaveText(code);

  const student = await person(browser, "Student Sam");
  await student.page.goto("/courses");
  await student.page.getByLabel("Join code").fill(code.toLowerCase());
  await student.page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(student.page.getByRole("heading", { level: 1, name: "Reading Arguments" })).toBeVisible();
  await expect(student.page.getByText("You are a student")).toBeVisible();
  await expect(student.page.getByRole("table")).toHaveCount(0);

  await page.reload();
  const roster = page.getByRole("table");
  await expect(roster.getByRole("row", { name: /Student Sam/ })).toContainText(student.email);
  await expect(page.getByLabel("Role of Student Sam")).toHaveValue("student");

  const importer = page.getByRole("form", { name: "Import roster" });
  await importer
    .getByLabel("Import roster (CSV)")
    .fill(
      'name,email,role\n"Durand, Zoë",zoe@example.org,student\nBad Line,not-an-email,student\nÉmile,emile@example.org,assistant',
    );
  await importer.getByRole("button", { name: "Import" }).click();
  const problems = importer.getByRole("alert");
  await expect(problems).toContainText("nothing was imported");
  await expect(problems.getByRole("listitem")).toHaveText(["line 3: email: Enter a valid email address"]);
  await page.reload();
  await expect(roster.getByRole("row")).toHaveCount(3); // the header, the teacher, the student

  await importer
    .getByLabel("Import roster (CSV)")
    .fill(
      'name,email,role\n"Durand, Zoë",zoe@example.org,student\nBad Line,bad.line@example.org,student\nÉmile,emile@example.org,assistant',
    );
  await importer.getByRole("button", { name: "Import" }).click();
  await expect(importer.getByRole("status")).toHaveText("Imported: 3 added.");
  await expect(roster.getByRole("row", { name: /Durand, Zoë/ })).toContainText("Invited");
  await expect(page.getByLabel("Role of Émile")).toHaveValue("assistant");
  await expect(roster.getByRole("row")).toHaveCount(6);

  // Signed out, the API answers 401.
  expect((await request.get("/api/courses")).status()).toBe(401);
});

test("the join link sends a signed-out reader to sign in and back, then offers 'Join <course>'", async ({
  browser,
}) => {
  const teacher = await person(browser, "Teacher Tom");
  const created = await teacher.page.request.post("/api/courses", { data: { name: "Logic Lab" } });
  const { course } = await created.json();

  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("joiner");
  const signUp = await page.request.post("/api/users", {
    data: { name: "Joiner Jo", email, password: "a long enough passphrase" },
  });
  expect(signUp.status()).toBe(201);
  await page.goto(`/join/${course.joinCode}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${course.joinCode}$`));
  await page.getByRole("button", { name: "Join Logic Lab" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logic Lab" })).toBeVisible();

  // Over HTTP: the roster import takes the file itself as text/csv, from a teacher only.
  const csv = { headers: { "content-type": "text/csv" }, data: "Ana Lima,ana.lima@example.org,student\n" };
  const imports = `/api/courses/${course.id}/members/import`;
  expect(await (await teacher.page.request.post(imports, csv)).json()).toEqual({ added: 1, alreadyOnRoster: 0 });
  expect((await page.request.post(imports, csv)).status()).toBe(403);
  expect((await page.request.get(`/api/courses/${course.id}/members`)).status()).toBe(403);
  const bad = await teacher.page.request.post(imports, { ...csv, data: "Ana,ana@,student\n" });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("line 1: email:");
});
