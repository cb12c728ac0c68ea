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
