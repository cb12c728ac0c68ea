import { expect, test } from "./support/test";
import { PASSWORD, signInAlert, signInThroughForm, signUpThroughForm } from "./support/accounts";

const SAMPLE_TITLE = "The Asymmetry of Patronage: Quantifying the Fracture in US-Israel Strategic Alignment";
const SECTIONS = [
  "The Strategic Divergence Matrix",
  "Operational Mechanics of the Patron-Client Fracture",
  "The Diplomatic Ceasefire and the Iran Variable",
  "Expected Outcomes of the White House Summit",
];

test("a new reader signs up, reads the sample, signs out and back in", async ({ page }) => {
  const email = await signUpThroughForm(page, "Ada Reader");

  const library = page.getByRole("list", { name: "Documents" });
  await expect(library.getByRole("link").first()).toHaveText(SAMPLE_TITLE);
  await library.getByRole("link", { name: SAMPLE_TITLE }).click();

  const article = page.getByRole("document", { name: SAMPLE_TITLE });
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(SAMPLE_TITLE);
  for (const section of SECTIONS) {
    await expect(article.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(article.getByRole("heading", { level: 3, name: "1. The Iran Policy Asymmetry" })).toBeVisible();
  const bullets = article.getByRole("list").getByRole("listitem");
  await expect(bullets).toHaveCount(2);
  await expect(bullets.first()).toContainText("The Israeli Timeline:");
  const diagram = article.locator("pre");
  await expect(diagram).toContainText("UNITED STATES (Patron)");
  await expect(diagram).toHaveCSS("white-space", "pre");
  expect(await diagram.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/mono/i);
  // A reader's text takes a caret but no typing: no on-screen keyboard, no Save bar.
  await expect(article).toHaveAttribute("inputmode", "none");
  await expect(page.getByRole("toolbar", { name: "Document" })).toHaveCount(0);
  await expect(article.getByText("Kenji Flores", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdocuments/);

  await signInThroughForm(page, email, "not the right password");
  await expect(signInAlert(page)).toHaveText("Wrong email or password.");
  await signInThroughForm(page, "nobody-here@example.org", PASSWORD);
  await expect(signInAlert(page)).toHaveText("Wrong email or password.");

  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("session cookies are HttpOnly, SameSite and Secure", async ({ page, context }) => {
  await signUpThroughForm(page, "Cookie Checker");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
});

test("a copied session token stops working after sign-out", async ({ page, context, browser }) => {
  await signUpThroughForm(page, "Token Owner");
  const stolen = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/documents");
  await expect(thiefPage).toHaveURL(/\/signin/);
  await thief.close();
});

test("sign-up shows what is wrong on the form", async ({ page }) => {
  const email = await signUpThroughForm(page, "First Owner");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.goto("/signup");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Password must be at least 12 characters")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("x".repeat(129));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at most 128 characters")).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
});

test("importing pasted Markdown gives a document to read", async ({ page }) => {
  await signUpThroughForm(page, "Importer");
  await page.getByRole("link", { name: "New document" }).click();
  await page.getByLabel("Title").fill("Notes on warrants");
  await page
    .getByLabel("Text", { exact: true })
    .fill(
      "## Toulmin's layout\n\nA *warrant* licenses the step from **data** to claim.\n\n- data\n- warrant\n- claim\n",
    );
  await page.getByLabel("Format of the pasted text").selectOption("markdown");
  await page.getByRole("button", { name: "Import" }).click();

  const article = page.getByRole("document", { name: "Notes on warrants" });
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("Notes on warrants");
  await expect(article.getByRole("heading", { name: "Toulmin's layout" })).toBeVisible();
  await expect(article.locator("em")).toHaveText("warrant");
  await expect(article.getByRole("listitem")).toHaveText(["data", "warrant", "claim"]);
  await expect(article).not.toHaveAttribute("inputmode", "none");
  await expect(page.getByRole("toolbar", { name: "Document" })).toBeVisible();

  await page.goto("/documents");
  await expect(page.getByRole("list", { name: "Documents" }).getByRole("link").first()).toHaveText("Notes on warrants");
});

test("an empty import is refused with a clear message", async ({ page }) => {
  await signUpThroughForm(page, "Empty Importer");
  await page.goto("/documents/new");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("form", { name: "New document" }).getByRole("alert")).toHaveText("The document is empty");
});
