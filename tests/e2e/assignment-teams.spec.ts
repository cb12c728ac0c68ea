import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { assignmentOnSample, callApi as call, person } from "./support/classroom";
import { readerLoaded, selectText } from "./support/reader";

const CLAIM = "knows who the boss is";
const TITLE = "Patronage in pairs";

type Teams = { teams: { name: string; students: { name: string }[] }[] };

const margin = (page: Page) => page.getByRole("complementary", { name: "Annotations" });

async function openReading(page: Page, documentId: string) {
  await page.goto(`/documents/${documentId}`);
  await readerLoaded(page);
}

test("a teacher makes random pairs of four students; a student's annotation for their group reaches their partner only", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const teacher = await person(browser, "Teacher Tess");
  const { course, assignment, documentId } = await assignmentOnSample(teacher, {
    courseName: "Pairs Lab",
    title: TITLE,
    mode: "groups",
  });
  const names = ["Ada Pupil", "Bea Pupil", "Cy Pupil", "Di Pupil"];
  const students = new Map<string, Page>();
  for (const name of names) {
    const page = await person(browser, name);
    await call(page, "POST", "/api/courses/join", { code: course.joinCode });
    students.set(name, page);
  }

  // Before the groups: a student is told she is in none.
  const ada = students.get("Ada Pupil")!;
  await ada.goto(`/assignments/${assignment.id}`);
  const adaGroups = ada.getByRole("region", { name: "Groups" });
  await expect(adaGroups).toContainText("Not in a group yet");

  // The teacher deals them in pairs on the assignment's page.
  await teacher.goto(`/assignments/${assignment.id}`);
  const groups = teacher.getByRole("region", { name: "Groups" });
  const random = groups.getByRole("form", { name: "Make groups at random" });
  await random.getByLabel("Students per group").fill("2");
  await random.getByRole("button", { name: "Make groups" }).click();
  await expect(groups.getByRole("status")).toHaveText("Made 2 groups.");
  for (const name of names) {
    await expect(groups.getByRole("combobox", { name: `Group of ${name}` })).not.toHaveValue("");
  }

  // Who landed with Ada, as the teacher's list says.
  const { teams } = await call<Teams>(teacher, "GET", `/api/assignments/${assignment.id}/teams`);
  const adasTeam = teams.find((team) => team.students.some((s) => s.name === "Ada Pupil"))!;
  const partner = adasTeam.students.find((s) => s.name !== "Ada Pupil")!.name;
  const outsider = names.find((name) => !adasTeam.students.some((s) => s.name === name))!;

  // Ada sees her group by name, then annotates for it in the reader.
  await ada.reload();
  await expect(adaGroups).toContainText(`Your group: ${["Ada Pupil", partner].sort().join(", ")}`);
  await openReading(ada, documentId);
  await selectText(ada, CLAIM);
  await ada.getByRole("toolbar", { name: "Annotate selection" }).getByRole("button", { name: "Claim" }).click();
  const claim = margin(ada).getByRole("article", { name: "Claim by Ada Pupil" });
  await claim.getByRole("combobox", { name: "Visibility" }).selectOption(`${TITLE} · ${adasTeam.name}`);
  await claim.getByRole("button", { name: "Save" }).click();
  await expect(claim).toContainText(`${TITLE} · ${adasTeam.name}`);

  // Her partner sees it; a student of the other group does not.
  const partnerPage = students.get(partner)!;
  await openReading(partnerPage, documentId);
  await expect(margin(partnerPage).getByRole("article", { name: "Claim by Ada Pupil" })).toBeVisible();
  const outsiderPage = students.get(outsider)!;
  await openReading(outsiderPage, documentId);
  // The list is rendered with the page, so once the reader is ready what is not there is not coming.
  await expect(margin(outsiderPage).getByRole("article", { name: "Claim by Ada Pupil" })).toHaveCount(0);
  // The teacher, an owner of every group, sees it.
  await openReading(teacher, documentId);
  await expect(margin(teacher).getByRole("article", { name: "Claim by Ada Pupil" })).toBeVisible();

  // A student may not make groups.
  const refused = await ada.request.post(`/api/assignments/${assignment.id}/teams`, { data: { random: { size: 2 } } });
  expect(refused.status()).toBe(403);
});
