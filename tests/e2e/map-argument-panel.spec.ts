import { expect, test } from "./support/test";
import { mapOneArgument } from "./support/one-argument";

// The width the issue asks the panel to sit beside the canvas at.
test.use({ viewport: { width: 1440, height: 900 } });

const MISSING = "Washington's pressure decides what Jerusalem accepts.";

test("argument panel: opened from the label, a missing premise, a scheme read with the statements, a question raised as an objection", async ({
  page,
}) => {
  const map = await mapOneArgument(page, "Panel Reader");
  // The browser's prompt is gone: a missing premise is added from its argument.
  await expect(map.getByRole("button", { name: "Add unstated premise" })).toHaveCount(0);

  // The arrow's label is a button, reached and pressed from the keyboard.
  const label = map.getByRole("button", { name: /^Argument: “The White House explicitly.*” → “the upcoming summit/ });
  await label.focus();
  await page.keyboard.press("Enter");
  const panel = map.getByRole("region", { name: "Argument" });
  const premises = panel.getByRole("list", { name: "Premises" }).getByRole("listitem");
  await expect(panel.getByRole("heading", { name: "Argument" })).toBeFocused();
  // Beside the map, in view: not below the fold.
  const viewport = page.viewportSize()!;
  const shown = (await panel.boundingBox())!;
  const canvas = (await map.locator(".map-canvas").boundingBox())!;
  expect(shown.y).toBeLessThan(viewport.height - 200);
  expect(shown.y).toBeGreaterThanOrEqual(canvas.y);
  // Beside the drawing, not over it: the drawing narrows to the panel's left.
  const drawing = (await map.locator(".map-canvas .react-flow").boundingBox())!;
  expect(drawing.x + drawing.width).toBeLessThanOrEqual(shown.x + 1);
  expect(drawing.width).toBeGreaterThan(300);

  // A missing premise, typed in place, joins the argument at once.
  await panel.getByLabel("Missing premise").fill(MISSING);
  await panel.getByRole("button", { name: "Add missing premise" }).click();
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(3);
  await expect(premises.filter({ hasText: MISSING })).toContainText("(unstated)");
  await expect(panel.getByRole("heading", { name: "Linked argument" })).toBeVisible();
  await expect(map.locator(".react-flow__node-junction")).toHaveCount(1);

  // A scheme: its questions read with the argument's own statements.
  await panel.getByRole("combobox", { name: "Scheme" }).selectOption({ label: "Argument from Expert Opinion" });
  const questions = panel.getByRole("group", { name: "Critical questions" });
  await expect(questions.getByRole("listitem").nth(1)).toContainText(
    "Field Question: Is the source in “The White House explicitly pressured",
  );
  await expect(questions).toContainText("an expert in the field that “the upcoming summit");
  await expect(questions).not.toContainText("Is E an expert");
  // Which premise plays the expert is the reader's pick.
  await panel.getByRole("combobox", { name: /Source E is an expert/ }).selectOption({ label: `“${MISSING}”` });
  await expect(questions.getByRole("listitem").nth(1)).toContainText(`Is the source in “${MISSING}” an expert`);

  // An answer shows on the map, in words.
  await questions.getByRole("combobox", { name: "Answer" }).first().selectOption("Answered");
  const junction = map.getByRole("button", { name: /^Argument: .* \+ .*\(5 open questions · 1 answered\)$/ });
  await expect(junction).toBeVisible();
  await expect(map.getByText("5 open questions · 1 answered")).toBeVisible();

  // An open question becomes an objection in one step: Backup Evidence undercuts the inference.
  const backup = questions.getByRole("listitem").nth(5);
  await backup.getByRole("button", { name: "Raise as objection" }).click();
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(4);
  await expect(
    map.getByRole("group", { name: /^Objection: Backup Evidence Question: Is the source in/ }),
  ).toBeVisible();
  await expect(map.locator(".react-flow__edge.relation-undercuts")).toHaveCount(1);
  await expect(backup).toContainText("Raised as objection");
  await expect(map.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  // Saved: after a reload the junction opens the same argument as it was left.
  await page.reload();
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await expect(map.locator(".react-flow__node-statement")).toHaveCount(4);
  await junction.click();
  await expect(panel.getByRole("combobox", { name: "Scheme" })).toHaveValue("expert-opinion");
  await expect(questions.getByRole("listitem").nth(1)).toContainText(`Is the source in “${MISSING}” an expert`);
  await expect(questions.getByRole("combobox", { name: "Answer" }).first()).toHaveValue("answered");
  await expect(questions.getByRole("listitem").nth(5)).toContainText("Raised as objection");
  await expect(premises.filter({ hasText: MISSING })).toContainText("(unstated)");

  // "Fit map" with the panel open fits the drawing beside it: no box is under the panel.
  await map.getByRole("button", { name: "Fit map" }).click();
  const panelAt = (await panel.boundingBox())!;
  const drawingAt = (await map.locator(".react-flow").boundingBox())!;
  await expect(async () => {
    for (const box of await map.locator(".react-flow__node-statement").all()) {
      const at = (await box.boundingBox())!;
      expect(at.x).toBeGreaterThanOrEqual(drawingAt.x);
      expect(at.x + at.width).toBeLessThanOrEqual(panelAt.x);
    }
  }).toPass({ timeout: 5_000 });
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeHidden();
});
