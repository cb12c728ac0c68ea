import { expect, test } from "./support/test";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

test("the sharing and group API: 400 naming the field, 401, 403 and 404, and nothing changed on error", async ({
  page,
  browser,
  playwright,
}) => {
  await signUpThroughForm(page, "Share API");
  const request = page.request;
  const created = await request.post("/api/documents", { data: { format: "text", text: "Shared\n\nBody." } });
  const { document } = await created.json();
  const shares = `/api/documents/${document.id}/shares`;
  const { group } = await (await request.post("/api/groups", { data: { name: "API group" } })).json();
  const members = `/api/groups/${group.id}/members`;

  const bad: [string, string, unknown, string][] = [
    ["POST", shares, { email: "not an address", role: "viewer" }, "email"],
    ["POST", shares, { email: "a@example.org", role: "owner" }, "role"],
    ["POST", shares, { email: "a@example.org", groupId: group.id, role: "viewer" }, "email"],
    ["POST", shares, { role: "viewer" }, "email"],
    ["POST", shares, { groupId: "nope", role: "viewer" }, "groupId"],
    ["POST", shares, { groupId: NO_SUCH_ID, role: "viewer" }, "groupId"],
    ["POST", shares, { email: "a@example.org", role: "viewer", extra: true }, "body"],
    ["POST", `/api/documents/${document.id}/share-links`, { role: "admin" }, "role"],
    ["POST", "/api/groups", { name: "   " }, "name"],
    ["POST", "/api/groups", { name: "x".repeat(101) }, "name"],
    ["POST", members, { email: "nobody" }, "email"],
    ["PATCH", `${members}/${NO_SUCH_ID}`, { role: "boss" }, "role"],
  ];
  for (const [method, url, data, field] of bad) {
    const response = await request.fetch(url, { method, data });
    expect(response.status(), `${method} ${url} ${JSON.stringify(data)}`).toBe(400);
    expect((await response.json()).field, `${method} ${url}`).toBe(field);
  }
  const notJson = await request.post(shares, { headers: { "content-type": "application/json" }, data: "{oops" });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).field).toBe("body");
  expect((await (await request.get(shares)).json()).shares).toEqual([]);
  expect((await (await request.get("/api/groups")).json()).groups).toHaveLength(1);

  // Whether an email has an account is never told: the same status and the same shape.
  const bea = await browser.newContext();
  const beaPage = await bea.newPage();
  const beaEmail = await signUpThroughForm(beaPage, "Bea");
  const toAccount = await request.post(shares, { data: { email: beaEmail, role: "viewer" } });
  const toNobody = await request.post(shares, { data: { email: uniqueEmail("nobody"), role: "viewer" } });
  expect([toAccount.status(), toNobody.status()]).toEqual([201, 201]);
  const keys = async (response: typeof toAccount) => Object.keys((await response.json()).share).sort();
  expect(await keys(toAccount)).toEqual(await keys(toNobody));
  expect((await toAccount.json()).share).toMatchObject({ name: null, invited: true, role: "viewer" });
  const again = await request.post(shares, { data: { email: beaEmail, role: "commenter" } });
  expect(again.status()).toBe(200);

  // A viewer may read but not see or change the shares; a stranger sees nothing at all.
  const shareId = (await toAccount.json()).share.id;
  const asBea = beaPage.request;
  await request.patch(`${shares}/${shareId}`, { data: { role: "viewer" } });
  expect((await asBea.get(`/api/documents/${document.id}`)).status()).toBe(200);
  expect((await asBea.get(shares)).status()).toBe(403);
  expect((await asBea.post(shares, { data: { email: uniqueEmail(), role: "editor" } })).status()).toBe(403);
  expect((await asBea.delete(`${shares}/${shareId}`)).status()).toBe(403);
  const { plainText } = (await (await asBea.get(`/api/documents/${document.id}`)).json()).document;
  const start = plainText.indexOf("Body.");
  const target = { exact: "Body.", prefix: "", suffix: "", start, end: start + 5 };
  const tagged = await asBea.post(`/api/documents/${document.id}/annotations`, { data: { kind: "claim", target } });
  expect(tagged.status()).toBe(403);
  expect((await tagged.json()).error).toContain("ask its owner for the Commenter role");
  expect((await asBea.get(`/api/groups/${group.id}`)).status()).toBe(404);
  expect((await asBea.post(members, { data: { email: beaEmail } })).status()).toBe(404);
  expect((await request.delete(`${shares}/${NO_SUCH_ID}`)).status()).toBe(404);
  expect((await request.delete(`/api/documents/${document.id}/share-links/${NO_SUCH_ID}`)).status()).toBe(404);
  expect((await request.post("/api/invites/not-a-token/accept")).status()).toBe(404);
  expect((await request.post(`/api/invites/${"A".repeat(43)}/accept`)).status()).toBe(404);

  // Signed out: 401 everywhere.
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const signedOut: [string, string][] = [
    ["GET", shares],
    ["POST", shares],
    ["PATCH", `${shares}/${shareId}`],
    ["DELETE", `${shares}/${shareId}`],
    ["POST", `/api/documents/${document.id}/share-links`],
    ["DELETE", `/api/documents/${document.id}/share-links/${NO_SUCH_ID}`],
    ["GET", "/api/groups"],
    ["POST", "/api/groups"],
    ["GET", `/api/groups/${group.id}`],
    ["DELETE", `/api/groups/${group.id}`],
    ["POST", members],
    ["PATCH", `${members}/${NO_SUCH_ID}`],
    ["DELETE", `${members}/${NO_SUCH_ID}`],
    ["DELETE", `/api/groups/${group.id}/invitations/${NO_SUCH_ID}`],
    ["POST", `/api/groups/${group.id}/invite-link`],
    ["DELETE", `/api/groups/${group.id}/invite-link`],
    ["POST", `/api/invites/${"A".repeat(43)}/accept`],
    ["DELETE", `/api/documents/${document.id}`],
  ];
  for (const [method, url] of signedOut) {
    const response = await anonymous.fetch(url, { method, data: {} });
    expect(response.status(), `${method} ${url}`).toBe(401);
  }
  await anonymous.dispose();
  expect((await (await request.get(shares)).json()).shares).toHaveLength(2);
  await bea.close();
});
