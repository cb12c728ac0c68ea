import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { readerLoaded, selectText } from "./support/reader";

const ARTICLE = [
  "Reading together",
  "Every reader sees what the others mark, as they mark it.",
  "A note kept private stays with the one who wrote it.",
  "Maps are built by several hands at once.",
].join("\n\n");

async function reader(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUpThroughForm(page, name, uniqueEmail(name.toLowerCase()));
  return { context, page, email, name };
}

const margin = (page: Page) => page.getByRole("complementary", { name: "Annotations" });
const readingNow = (page: Page) => page.getByRole("list", { name: "Reading now" });

test("two readers see each other's annotations, replies, presence and map edits as they happen", async ({
  browser,
}) => {
  const ana = await reader(browser, "Ana");
  const ben = await reader(browser, "Ben");

  // Ana's document, shared with a group of the two of them.
  await ana.page.goto("/groups");
  await ana.page.getByLabel("Group name").fill("Pair");
  await ana.page.getByRole("button", { name: "New group" }).click();
  await ana.page.getByLabel("Add by email").fill(ben.email);
  await ana.page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(ana.page.getByRole("list", { name: "Members" })).toContainText(ben.email);
  await ana.page.goto("/documents/new");
  await ana.page.getByLabel("Title").fill("Reading together");
  await ana.page.getByRole("textbox", { name: "Text" }).fill(ARTICLE);
  await ana.page.getByRole("button", { name: "Import" }).click();
  await readerLoaded(ana.page);
  const address = ana.page.url();
  await ana.page.getByRole("button", { name: "Share" }).click();
  const dialog = ana.page.getByRole("dialog", { name: "Share" });
  await dialog.getByLabel("Email or group").fill("Pair");
  await dialog.getByRole("button", { name: "Share", exact: true }).click();
  await expect(dialog.getByRole("list", { name: "People and groups with access" })).toContainText("Pair · group");
  await dialog.getByRole("button", { name: "Done" }).click();

  // Both open it: "Reading now" shows both, in both browsers.
  await ben.page.goto(address);
  await readerLoaded(ben.page);
  for (const page of [ana.page, ben.page]) {
    await expect(readingNow(page).getByRole("listitem")).toHaveText([/^Ana/, /^Ben/]);
  }

  // Ben reads with the cursor in the margin's search box, scrolled a little.
  const search = margin(ben.page).getByRole("searchbox", { name: "Search annotations" });
  await search.focus();
  const scrolled = await ben.page.evaluate(() => window.scrollY);

  // Ana tags a claim for everyone, and keeps a note to herself.
  await selectText(ana.page, "sees what the others mark");
  await ana.page.keyboard.press("Alt+1");
  const claim = margin(ana.page).getByRole("article", { name: "Claim by Ana" });
  await claim.getByRole("combobox", { name: "Visibility" }).selectOption("Everyone who can read this document");
  await claim.getByRole("button", { name: "Save" }).click();
  await selectText(ana.page, "stays with the one who wrote it");
  await ana.page.keyboard.press("Alt+6");
  await expect(margin(ana.page).getByRole("article", { name: "Note by Ana" })).toBeVisible();

  // It appears in Ben's margin and text without a reload, leaving his focus and scroll where they were.
  const seen = margin(ben.page).getByRole("article", { name: "Claim by Ana" });
  await expect(seen).toBeVisible();
  await expect(ben.page.locator(".ProseMirror .annotation-claim")).toHaveText("sees what the others mark");
  await expect(search).toBeFocused();
  expect(await ben.page.evaluate(() => window.scrollY)).toBe(scrolled);

  // Ben replies; Ana sees the reply.
  await seen.getByRole("button").first().click();
  await seen.getByRole("textbox", { name: "Reply" }).fill("Marked as it happens.");
  await seen.getByRole("button", { name: "Reply" }).click();
  await expect(claim).toContainText("1 reply");
  await claim.getByRole("button").first().click();
  await expect(claim.getByRole("list", { name: "Replies" })).toContainText("Marked as it happens.");

  // A second tab of Ben's shares his browser's stream instead of opening its own.
  const tab = await ben.context.newPage();
  const streams: string[] = [];
  tab.on("request", (request) => request.url().includes("/events") && streams.push(request.url()));
  await tab.goto(address);
  await readerLoaded(tab);
  await selectText(ana.page, "Maps are built");
  await ana.page.keyboard.press("Alt+2");
  const premise = margin(ana.page).getByRole("article", { name: "Premise by Ana" });
  await premise.getByRole("combobox", { name: "Visibility" }).selectOption("Pair");
  await premise.getByRole("button", { name: "Save" }).click();
  await expect(margin(tab).getByRole("article", { name: "Premise by Ana" })).toBeVisible();
  await expect(margin(ben.page).getByRole("article", { name: "Premise by Ana" })).toBeVisible();
  expect(streams).toEqual([]);
  await tab.close();

  // Ana's note never reached Ben.
  await expect(margin(ben.page).getByRole("article", { name: "Note by Ana" })).toHaveCount(0);
  await expect(ben.page.locator(".ProseMirror .annotation-note")).toHaveCount(0);

  // A map for the group, edited by both at once.
  await ana.page.getByRole("button", { name: "Map", exact: true }).click();
  const anaMap = ana.page.getByRole("region", { name: "Argument map" });
  await anaMap.getByRole("button", { name: "New map" }).click();
  await anaMap.getByRole("button", { name: "Map menu" }).click();
  await anaMap.getByRole("combobox", { name: "Map visibility" }).selectOption("Pair");
  await anaMap.getByRole("button", { name: "Map menu" }).click();
  await expect(anaMap.getByRole("status")).toHaveText("Saved");
  await ben.page.getByRole("button", { name: "Map", exact: true }).click();
  const benMap = ben.page.getByRole("region", { name: "Argument map" });
  await benMap.getByRole("combobox", { name: "Map", exact: true }).selectOption({ label: "Map 1 (Ana)" });
  // A claim and a reason for it, sent as Ana's operations; both see them arrive.
  const documentId = new URL(ana.page.url()).pathname.split("/")[2];
  const { maps } = await (await ana.page.request.get(`/api/documents/${documentId}/maps`)).json();
  const free = (id: string, kind: string, text: string) => ({ id, annotationId: null, kind, text, position: null });
  const sent = await ana.page.request.post(`/api/maps/${maps[0].id}/operations`, {
    data: {
      ops: [
        { op: "addNode", node: free("c1", "claim", "Maps are built by several hands.") },
        { op: "addNode", node: free("r1", "evidence", "Both readers edit at once.") },
        {
          op: "addArgument",
          argument: { id: "a1", conclusionId: "c1", premiseIds: ["r1"], scheme: null, answers: {} },
        },
      ],
    },
  });
  expect(sent.ok()).toBe(true);
  // Each adds a missing premise to that argument at the same moment, from its panel.
  for (const [map, text] of [
    [anaMap, "Ana's unstated premise."],
    [benMap, "Ben's unstated premise."],
  ] as const) {
    await map.getByRole("button", { name: /^Argument: “Both readers edit at once.”/ }).click();
    await map.getByRole("region", { name: "Argument" }).getByLabel("Missing premise").fill(text);
  }
  await Promise.all(
    [anaMap, benMap].map((map) =>
      map.getByRole("region", { name: "Argument" }).getByRole("button", { name: "Add missing premise" }).click(),
    ),
  );
  for (const map of [anaMap, benMap]) {
    await expect(
      map.locator(".react-flow__node-statement").filter({ hasText: "Ana's unstated premise." }),
    ).toBeVisible();
    await expect(
      map.locator(".react-flow__node-statement").filter({ hasText: "Ben's unstated premise." }),
    ).toBeVisible();
    await expect(map.locator(".react-flow__node-statement")).toHaveCount(4);
    // Both joined the one argument: its junction names them both.
    await expect(
      map.getByRole("button", { name: /^Argument: (?=.*Ana's unstated premise)(?=.*Ben's unstated premise)/ }),
    ).toBeVisible();
  }
  await ben.page.reload();
  await ben.page.getByRole("button", { name: "Map", exact: true }).click();
  await ben.page
    .getByRole("region", { name: "Argument map" })
    .getByRole("combobox", { name: "Map", exact: true })
    .selectOption({ label: "Map 1 (Ana)" });
  await expect(
    ben.page.getByRole("region", { name: "Argument map" }).locator(".react-flow__node-statement"),
  ).toHaveCount(4);

  // Ben leaves: within moments Ana's "Reading now" shows her alone.
  await ben.context.close();
  await expect(readingNow(ana.page).getByRole("listitem")).toHaveText([/^Ana/]);
});

test("after a lost connection the page says Reconnecting…, then catches up on what it missed", async ({ browser }) => {
  const ana = await reader(browser, "Ana");
  const ben = await reader(browser, "Ben");
  await ana.page.goto("/documents/new");
  await ana.page.getByRole("textbox", { name: "Text" }).fill(ARTICLE);
  await ana.page.getByRole("button", { name: "Import" }).click();
  await readerLoaded(ana.page);
  await ana.page.getByRole("button", { name: "Share" }).click();
  const dialog = ana.page.getByRole("dialog", { name: "Share" });
  await dialog.getByLabel("Email or group").fill(ben.email);
  await dialog.getByRole("button", { name: "Share", exact: true }).click();
  await expect(dialog.getByRole("list", { name: "People and groups with access" })).toContainText(ben.email);
  await dialog.getByRole("button", { name: "Done" }).click();
  await ben.page.goto(ana.page.url());
  await expect(readingNow(ben.page).getByRole("listitem")).toHaveText([/^Ana/, /^Ben/]);

  // Ben's laptop loses the network; Ana keeps working.
  await ben.context.setOffline(true);
  await expect(ben.page.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible({ timeout: 20_000 });
  await selectText(ana.page, "Maps are built");
  await ana.page.keyboard.press("Alt+1");
  const claim = margin(ana.page).getByRole("article", { name: "Claim by Ana" });
  await claim.getByRole("combobox", { name: "Visibility" }).selectOption("Everyone who can read this document");
  await claim.getByRole("button", { name: "Save" }).click();
  await expect(claim.getByRole("combobox", { name: "Visibility" })).toHaveValue("everyone");

  // Back online: the stream resumes from its last event id, and the claim arrives once.
  await ben.context.setOffline(false);
  await expect(margin(ben.page).getByRole("article", { name: "Claim by Ana" })).toHaveCount(1, { timeout: 20_000 });
  await expect(ben.page.getByRole("status").filter({ hasText: "Reconnecting…" })).toHaveCount(0);
  await expect(ben.page.locator(".ProseMirror .annotation-claim")).toHaveText("Maps are built");
});
