import { expect, test } from "./support/test";
import { signUpThroughForm } from "./support/accounts";

test("the map API: 400 with the reason, 401, 404 and 409, and nothing saved on error", async ({ page, browser }) => {
  await signUpThroughForm(page, "Map API");
  const request = page.request;
  const { documents } = await (await request.get("/api/documents")).json();
  const documentId = documents[0].id;
  const maps = `/api/documents/${documentId}/maps`;

  const created = await request.post(maps, { data: { title: "Checked" } });
  expect(created.status()).toBe(201);
  const { map } = await created.json();

  const bad: [string, object, string][] = [
    [maps, { title: "" }, "title"],
    [
      maps,
      {
        title: "x",
        graph: {
          nodes: [],
          arguments: [{ id: "a", conclusionId: "n", premiseIds: ["m"], scheme: null, answers: {} }],
          attacks: [],
        },
      },
      "graph.arguments.0.conclusionId",
    ],
    [`${maps}/import`, { format: "pdf", source: "x" }, "format"],
    [`${maps}/import`, { format: "aif", source: "{not json" }, "source"],
    [
      `${maps}/import`,
      {
        format: "aif",
        // A broken shape (an edge to a missing node is kept aside with a warning, not refused).
        source: JSON.stringify({ nodes: [{ nodeID: "1", text: "A" }], edges: "none" }),
      },
      "source",
    ],
    [`${maps}/import`, { format: "argdown", source: "[Unclosed: text" }, "source"],
    [`${maps}/import`, { format: "argdown", source: "x".repeat(5 * 1024 * 1024 + 1) }, "source"],
  ];
  for (const [url, data, field] of bad) {
    const response = await request.post(url, { data });
    expect(response.status(), `${url} ${field}`).toBe(400);
    expect((await response.json()).field).toBe(field);
  }
  expect((await (await request.get(maps)).json()).maps).toHaveLength(1);

  const unknownFormat = await request.get(`/api/maps/${map.id}/export?format=pdf`);
  expect(unknownFormat.status()).toBe(400);
  expect((await unknownFormat.json()).error).toContain("aif, argdown, w3c, graphml, dot, svg, png, markdown");
  const aif = await request.get(`/api/maps/${map.id}/export?format=aif`);
  expect(aif.headers()["content-disposition"]).toBe('attachment; filename="checked.json"');

  const saved = await request.put(`/api/maps/${map.id}`, { data: { version: 1, title: "Renamed" } });
  expect(saved.status()).toBe(200);
  // A whole graph saved from an old version would undo someone's work: refused, with the map as it is.
  const graph = { nodes: [], arguments: [], attacks: [] };
  const stale = await request.put(`/api/maps/${map.id}`, { data: { version: 1, graph } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current).toMatchObject({ version: 2, title: "Renamed" });

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(maps)).status()).toBe(401);
  expect((await anonymous.request.get(`/api/maps/${map.id}/export?format=aif`)).status()).toBe(401);
  await anonymous.close();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpThroughForm(other, "Map Stranger");
  expect((await other.request.get(`/api/maps/${map.id}`)).status()).toBe(404);
  expect((await other.request.get(`/api/maps/${map.id}/export?format=svg`)).status()).toBe(404);
  await request.put(`/api/maps/${map.id}`, { data: { version: 2, visibility: "everyone" } });
  expect((await other.request.get(`/api/maps/${map.id}`)).status()).toBe(200);
  expect((await other.request.put(`/api/maps/${map.id}`, { data: { version: 3, title: "Mine" } })).status()).toBe(403);
  await otherContext.close();
});
