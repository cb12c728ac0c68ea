import type { Browser, Page } from "@playwright/test";
import { expect } from "./test";
import { signUpThroughForm, uniqueEmail } from "./accounts";

/** Someone in a browser of their own, signed up through the form: a teacher or a student of a class. */
export async function person(browser: Browser, name: string) {
  const page = await (await browser.newContext()).newPage();
  await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase().replace(/\W/g, "")));
  return page;
}

/** A JSON answer of the API as `page`'s user, failing the test on an error status: for setting a class up. */
export async function callApi<T>(page: Page, method: string, url: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A teacher's course and one assignment on the sample article, made through
 * the API (the screens that make them have tests of their own), due in a week.
 */
export async function assignmentOnSample(
  teacher: Page,
  input: { courseName: string; title: string; mode: "individual" | "groups" },
) {
  const { course } = await callApi<{ course: { id: string; joinCode: string } }>(teacher, "POST", "/api/courses", {
    name: input.courseName,
  });
  const { documents } = await callApi<{ documents: { id: string; isOwn: boolean }[] }>(
    teacher,
    "GET",
    "/api/documents",
  );
  const documentId = documents.find((document) => !document.isOwn)!.id;
  const { assignment } = await callApi<{ assignment: { id: string } }>(
    teacher,
    "POST",
    `/api/courses/${course.id}/assignments`,
    {
      documentId,
      title: input.title,
      dueAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
      latePolicy: "accept",
      mode: input.mode,
    },
  );
  return { course, assignment, documentId };
}
