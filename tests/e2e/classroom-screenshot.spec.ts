import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { seedClass } from "./support/classroom-seed";

// `npm run screenshot` (the "screenshot" project takes every *screenshot.spec.ts)
// also takes the classroom's screens, teacher's and student's, at desktop and
// phone width into docs/screenshots/classroom-<screen>-<width>.png, on a class
// seeded through the API. The grading view at desktop width is the README's.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`classroom screens at ${label} width`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { teacher, course, assignment, students, idOf } = await seedClass(browser);
    const student = students[1]!.page;
    for (const page of [teacher, student]) await page.setViewportSize(viewport);

    /** Opens `path` as `page`'s user once its level-1 heading shows, and saves the page as `screen`. */
    const shot = async (page: Page, path: string, screen: string, fullPage = true) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.mouse.move(0, 0);
      // How far the page sticks out sideways, printed beside each picture (0 is right).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      test.info().annotations.push({ type: "sideways overflow", description: `${screen}-${label}: ${overflow}px` });
      await page.screenshot({ path: `docs/screenshots/classroom-${screen}-${label}.png`, fullPage });
    };

    await shot(teacher, "/courses", "courses");
    await shot(teacher, `/courses/${course.id}`, "course");
    await shot(student, "/assignments", "my-assignments");
    await shot(student, `/assignments/${assignment.id}`, "assignment-student");
    await shot(teacher, `/assignments/${assignment.id}`, "assignment-teacher");
    await shot(teacher, `/assignments/${assignment.id}/overview`, "overview");
    await expect(teacher.getByRole("img", { name: /Annotations per student, stacked by kind/ })).toBeVisible();
    const tableOverflow = await teacher
      .locator(".overview-table-frame")
      .evaluate((frame) => frame.scrollWidth - frame.clientWidth);
    test
      .info()
      .annotations.push({ type: "table overflow", description: `overview table-${label}: ${tableOverflow}px` });
    const graded = `/assignments/${assignment.id}/grade?student=${idOf(students[0]!.name)}`;
    await shot(teacher, graded, "grading", label === "phone");
    await shot(teacher, `/courses/${course.id}/gradebook`, "gradebook");
    await shot(teacher, `/assignments/${assignment.id}/class-work`, "class-work");
    console.log(
      test
        .info()
        .annotations.map((note) => note.description)
        .join("\n"),
    );
  });
}
