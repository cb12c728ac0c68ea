import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { PASSWORD, signInAlert, signInThroughForm, signUpThroughForm } from "./support/accounts";

const NEW_PASSWORD = "a brand new passphrase";

/** A second browser (its own cookies) signed in to the same account. */
async function secondBrowser(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughForm(page, email, password);
  await expect(page).toHaveURL(/\/documents$/);
  return { context, page };
}

/** Whether a page's session still works: /documents stays, or sends it to sign-in. */
async function expectSignedOut(page: Page) {
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdocuments/);
}

test("the account page lists the sessions and signs out the others", async ({ page, browser }) => {
  const email = await signUpThroughForm(page, "Session Keeper");
  const other = await secondBrowser(browser, email);

  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  const sessions = page.getByRole("list", { name: "Signed-in sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "(this browser)" })).toHaveCount(1);
  await expect(sessions.first()).toContainText("Signed in");
  await expect(sessions.first()).toContainText("last active");

  await page.getByRole("button", { name: "Sign out other sessions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Signed out 1 other session." })).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Sign out other sessions" })).toBeDisabled();

  await expectSignedOut(other.page);
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/documents$/);
  await other.context.close();
});

test("changing the password needs the current one and signs out the other sessions", async ({ page, browser }) => {
  const email = await signUpThroughForm(page, "Password Changer");
  const other = await secondBrowser(browser, email);
  await page.goto("/account");

  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The current password is not right")).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill("short");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Password must be at least 12 characters")).toBeVisible();

  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. 1 other session was signed out.");
  await expectSignedOut(other.page);
  await other.context.close();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInThroughForm(page, email, PASSWORD);
  await expect(signInAlert(page)).toHaveText("Wrong email or password.");
  await signInThroughForm(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/documents$/);
});

test("the account page asks a signed-out reader to sign in first", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

test("sign-in does not follow a callbackUrl that the URL parser would take off-site", async ({ page }) => {
  const email = await signUpThroughForm(page, "Redirect Checker");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // "/\t/evil.example": a tab the URL parser drops, leaving //evil.example.
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/documents$/);
});
