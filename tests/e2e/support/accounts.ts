import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a long enough passphrase";

/** A unique email per call, so tests can run in parallel on one server. */
export function uniqueEmail(prefix = "reader") {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** Signs up through the form, as a user would; lands on the library. */
export async function signUpThroughForm(page: Page, name: string, email = uniqueEmail()) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/documents$/);
  return email;
}

/** Signs in through the form. */
export async function signInThroughForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The error shown on the sign-in form (Next's route announcer is an alert too). */
export function signInAlert(page: Page) {
  return page.getByRole("form", { name: "Sign in" }).getByRole("alert");
}
