import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

test("the live API: 400 naming the field, 401, 404, and nothing changed on error", async ({ page, playwright }) => {
  await signUpThroughForm(page, "Live API");
  const request = page.request;
  const { document } = await (
    await request.post("/api/documents", { data: { format: "text", text: "Live\n\nA statement." } })
  ).json();
  const events = `/api/documents/${document.id}/events`;
  const { map } = await (await request.post(`/api/documents/${document.id}/maps`, { data: { title: "M" } })).json();
  const operations = `/api/maps/${map.id}/operations`;

  for (const since of ["-1", "abc", "1.5", String(2 ** 31)]) {
    const response = await request.get(`${events}?since=${since}`);
    expect(response.status(), since).toBe(400);
    expect((await response.json()).field).toBe("since");
  }
  expect((await request.get(`/api/documents/${NO_SUCH_ID}/events`)).status()).toBe(404);

  const bad: [string, unknown, string][] = [
    [operations, { ops: [] }, "ops"],
    [operations, { ops: [{ op: "explode", id: "x" }] }, "ops.0.op"],
    [operations, { ops: [{ op: "updateNode", id: "x", set: { colour: "red" } }] }, "ops.0.set"],
    [
      operations,
      { ops: [{ op: "addNode", node: { id: "n", annotationId: null, kind: "claim", text: "", position: null } }] },
      "ops.0.node.text",
    ],
    [`/api/documents/${document.id}/presence`, { connectionId: "nope", section: null }, "connectionId"],
    [`/api/documents/${document.id}/presence`, { connectionId: NO_SUCH_ID, section: "x".repeat(201) }, "section"],
  ];
  for (const [url, data, field] of bad) {
    const response = await request.post(url, { data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect((await response.json()).field).toBe(field);
  }
  const unknownStream = await request.post(`/api/documents/${document.id}/presence`, {
    data: { connectionId: NO_SUCH_ID, section: null },
  });
  expect(unknownStream.status()).toBe(404);
  expect(
    (
      await request.post(`/api/maps/${NO_SUCH_ID}/operations`, { data: { ops: [{ op: "removeNode", id: "x" }] } })
    ).status(),
  ).toBe(404);
  expect((await (await request.get(`/api/maps/${map.id}`)).json()).map.version).toBe(1);

  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get(events)).status()).toBe(401);
  expect((await anonymous.post(operations, { data: { ops: [] } })).status()).toBe(401);
  expect((await anonymous.post(`/api/documents/${document.id}/presence`, { data: {} })).status()).toBe(401);
  expect((await anonymous.get(`/api/documents/${document.id}/audiences`)).status()).toBe(401);
  await anonymous.dispose();
});
