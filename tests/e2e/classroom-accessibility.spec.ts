import { expect, test } from "./support/test";
import { seriousViolations, WCAG_22 } from "./support/axe";
import { seedClass } from "./support/classroom-seed";

// The classroom's screens, on a class seeded through the API, hold to WCAG
// 2.2 A/AA: axe-core finds no serious or critical violation, at desktop and
// phone width, as the teacher and as a student see them.
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`the classroom has no serious accessibility violation at ${label} size`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { teacher, course, assignment, students, idOf } = await seedClass(browser);
    const student = students[1]!.page;
    const grading = `/assignments/${assignment.id}/grade?student=${idOf(students[0]!.name)}`;
    for (const [page, path] of [
      [teacher, "/courses"],
      [teacher, `/courses/${course.id}`],
      [student, `/assignments/${assignment.id}`],
      [teacher, `/assignments/${assignment.id}`],
      [teacher, `/assignments/${assignment.id}/overview`],
      [teacher, grading],
      [teacher, `/courses/${course.id}/gradebook`],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page, WCAG_22), path).toEqual([]);
    }
  });
}
