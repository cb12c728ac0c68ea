import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { PASSWORD, signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/test";

// Every API route, fed requests just beside valid ones (a field replaced by
// any JSON value, a field dropped, a wrong type, a huge number, a path
// parameter that is not an id): the server never answers 500, and a request
// it refuses changes nothing. Seeded, so a failure names a run that repeats.
test.describe.configure({ timeout: 600_000 });

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Call = { method: Method; path: string; body?: Record<string, unknown> };

const SEED = 20261201;
const TEXT = "Fuzzing\n\nTariffs raise prices. Prices fell anyway, because demand collapsed.";

/** Values that have broken servers before: limits of integers and strings, odd characters, deep nesting. */
const awkward = fc.constantFrom<unknown>(
  2 ** 31,
  2 ** 53,
  -1,
  0,
  1e308,
  -0,
  0.5,
  "",
  "\u0000",
  "\u00a0".repeat(5_000),
  "x".repeat(70_000),
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  null,
  [],
  {},
  true,
  JSON.parse("[".repeat(2_000) + "]".repeat(2_000)),
  JSON.parse(`{"__proto__": {"admin": true}}`),
);
const anyValue = fc.oneof(awkward, fc.jsonValue({ maxDepth: 3 }));

/** A body beside `valid`: one field replaced or dropped, an extra field, or something else entirely. */
function besideBody(valid: Record<string, unknown> | undefined) {
  const keys = Object.keys(valid ?? {});
  const whole = anyValue.map((value) => ({ raw: value }));
  if (!valid || keys.length === 0) return whole;
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: anyValue }).map(({ key, value }) => ({
      raw: { ...valid, [key]: value } as unknown,
    })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _dropped, ...rest } = valid;
      return { raw: rest as unknown };
    }),
    fc.record({ key: fc.string({ maxLength: 12 }), value: anyValue }).map(({ key, value }) => ({
      raw: { ...valid, [key]: value } as unknown,
    })),
    whole,
  );
}

/** A path parameter that names nothing, in every shape the router lets through. */
const strayParam = fc.oneof(
  fc.constantFrom(
    "not-a-uuid",
    "0",
    "-1",
    "99999999999999999999",
    "2147483648",
    "1e3",
    "%00",
    "..",
    "x".repeat(5_000),
    "00000000-0000-0000-0000-00000000000g",
    "{00000000-0000-0000-0000-000000000000}",
  ),
  fc.string({ maxLength: 60, unit: "grapheme" }).filter((value) => value.length > 0),
);

async function json(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return response.ok() ? ((await response.json()) as Record<string, unknown>) : { status: response.status() };
}

test("no request beside a valid one gets a 500, and none that is refused changes anything", async ({ page }) => {
  await signUpThroughForm(page, "Fuzzer");
  const request = page.request;
  const otherEmail = uniqueEmail("other");
  expect(
    (await request.post("/api/users", { data: { name: "Other", email: otherEmail, password: PASSWORD } })).status(),
  ).toBe(201);

  const { document } = await (await request.post("/api/documents", { data: { format: "text", text: TEXT } })).json();
  const { document: full } = await (await request.get(`/api/documents/${document.id}`)).json();
  const start = full.plainText.indexOf("Tariffs raise prices.");
  const target = { exact: "Tariffs raise prices.", prefix: "", suffix: "", start, end: start + 21 };
  const { annotation } = await (
    await request.post(`/api/documents/${document.id}/annotations`, { data: { kind: "claim", target } })
  ).json();
  const { map } = await (await request.post(`/api/documents/${document.id}/maps`, { data: { title: "Map" } })).json();
  const { group } = await (await request.post("/api/groups", { data: { name: "Fuzz group" } })).json();
  const { share } = await (
    await request.post(`/api/documents/${document.id}/shares`, { data: { email: otherEmail, role: "viewer" } })
  ).json();
  const { link } = await (
    await request.post(`/api/documents/${document.id}/share-links`, { data: { role: "viewer" } })
  ).json();
  const { course } = await (await request.post("/api/courses", { data: { name: "Fuzz course" } })).json();
  const { member } = await (
    await request.post(`/api/courses/${course.id}/members`, { data: { email: otherEmail, role: "student" } })
  ).json();
  for (const made of [annotation, map, group, share, link, course, member]) expect(made?.id).toBeTruthy();

  /** Everything the fuzzer's requests could change, as the owner reads it. */
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all([
        json(request, `/api/documents/${document.id}`),
        json(request, `/api/documents/${document.id}/annotations`),
        json(request, `/api/documents/${document.id}/maps`),
        json(request, `/api/maps/${map.id}`),
        json(request, `/api/maps/${map.id}/versions`),
        json(request, `/api/documents/${document.id}/shares`),
        json(request, "/api/documents"),
        json(request, "/api/groups"),
        json(request, `/api/groups/${group.id}`),
        json(request, "/api/courses"),
        json(request, `/api/courses/${course.id}`),
        json(request, `/api/courses/${course.id}/rubrics`),
      ]),
    );

  const doc = `/api/documents/${document.id}`;
  const calls: Call[] = [
    { method: "POST", path: "/api/documents", body: { format: "text", text: TEXT } },
    { method: "PUT", path: doc, body: { version: full.version, content: full.content } },
    { method: "POST", path: `${doc}/annotations`, body: { kind: "claim", visibility: "everyone", target } },
    { method: "PATCH", path: `/api/annotations/${annotation.id}`, body: { comment: "why" } },
    { method: "POST", path: `/api/annotations/${annotation.id}/replies`, body: { body: "a reply" } },
    { method: "POST", path: `${doc}/maps`, body: { title: "Another map" } },
    { method: "PUT", path: `/api/maps/${map.id}`, body: { version: map.version, title: "Renamed" } },
    { method: "POST", path: `/api/maps/${map.id}/operations`, body: { ops: [] } },
    { method: "POST", path: `/api/maps/${map.id}/versions/1/restore`, body: { version: map.version } },
    { method: "POST", path: `${doc}/maps/import`, body: { format: "argdown", text: "[A]: a\n  <+ [B]: b" } },
    { method: "POST", path: `${doc}/annotations/import`, body: { "@context": "http://www.w3.org/ns/anno.jsonld" } },
    { method: "POST", path: `${doc}/shares`, body: { email: otherEmail, role: "commenter" } },
    { method: "PATCH", path: `${doc}/shares/${share.id}`, body: { role: "commenter" } },
    { method: "POST", path: `${doc}/share-links`, body: { role: "viewer" } },
    { method: "POST", path: "/api/groups", body: { name: "Another group" } },
    { method: "POST", path: `/api/groups/${group.id}/members`, body: { email: otherEmail } },
    { method: "POST", path: "/api/courses", body: { name: "Another course", timeZone: "Europe/Paris" } },
    { method: "POST", path: "/api/courses/join", body: { code: course.joinCode } },
    { method: "POST", path: `/api/courses/${course.id}/members`, body: { email: otherEmail, role: "student" } },
    { method: "POST", path: `/api/courses/${course.id}/members/import`, body: { csv: `Other,${otherEmail},student` } },
    { method: "PATCH", path: `/api/courses/${course.id}/members/${member.id}`, body: { role: "student" } },
    {
      method: "POST",
      path: `/api/courses/${course.id}/rubrics`,
      body: {
        title: "Rubric",
        criteria: [{ id: "c", title: "Claims", levels: [{ id: "l", label: "Found", points: 2 }] }],
      },
    },
    { method: "POST", path: `${doc}/presence`, body: { connectionId: randomUUID() } },
    { method: "POST", path: "/api/users", body: { name: "N", email: uniqueEmail("fuzz"), password: PASSWORD } },
  ];

  const send = (method: Method, path: string, raw?: unknown) =>
    request.fetch(path, {
      method,
      headers: { "content-type": "application/json" },
      data: raw === undefined ? undefined : JSON.stringify(raw),
      maxRedirects: 0,
    });

  // (1) Bodies beside valid ones.
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(
      fc
        .integer({ min: 0, max: calls.length - 1 })
        .chain((index) => besideBody(calls[index]!.body).map((body) => ({ call: calls[index]!, raw: body.raw }))),
      async ({ call, raw }) => {
        const before = await snapshot();
        const response = await send(call.method, call.path, raw);
        const label = `${call.method} ${call.path} ${JSON.stringify(raw)?.slice(0, 200)}`;
        expect(response.status(), label).toBeLessThan(500);
        if (response.status() >= 400) {
          refused += 1;
          expect((await response.json()).error, label).toEqual(expect.any(String));
          expect(await snapshot(), `${label} was refused but changed something`).toBe(before);
        }
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
  expect(refused).toBeGreaterThan(150);

  // (2) Path parameters that name nothing, on every route that takes one.
  const templates: [Method, (p: string) => string][] = [
    ["GET", (p) => `/api/documents/${p}`],
    ["PUT", (p) => `/api/documents/${p}`],
    ["DELETE", (p) => `/api/documents/${p}`],
    ["GET", (p) => `/api/documents/${p}/annotations`],
    ["GET", (p) => `/api/documents/${p}/audiences`],
    ["POST", (p) => `/api/documents/${p}/copy`],
    ["GET", (p) => `/api/documents/${p}/maps`],
    ["GET", (p) => `/api/documents/${p}/shares`],
    ["DELETE", (p) => `${doc}/shares/${p}`],
    ["DELETE", (p) => `${doc}/share-links/${p}`],
    ["PATCH", (p) => `/api/annotations/${p}`],
    ["DELETE", (p) => `/api/annotations/${p}`],
    ["POST", (p) => `/api/annotations/${p}/restore`],
    ["DELETE", (p) => `/api/annotations/${annotation.id}/replies/${p}`],
    ["GET", (p) => `/api/maps/${p}`],
    ["GET", (p) => `/api/maps/${p}/export?format=svg`],
    ["GET", (p) => `/api/maps/${p}/versions`],
    ["POST", (p) => `/api/maps/${map.id}/versions/${p}/restore`],
    ["GET", (p) => `/api/groups/${p}`],
    ["DELETE", (p) => `/api/groups/${group.id}/members/${p}`],
    ["DELETE", (p) => `/api/groups/${group.id}/invitations/${p}`],
    ["POST", (p) => `/api/invites/${p}/accept`],
    ["GET", (p) => `/api/assignments/${p}/feedback`],
    ["GET", (p) => `/api/assignments/${p}/overview`],
    ["GET", (p) => `/api/assignments/${p}/class-work`],
    ["GET", (p) => `/api/assignments/${p}/class-work.csv`],
    ["GET", (p) => `/api/assignments/${p}/class-work.jsonld`],
    ["GET", (p) => `/api/assignments/${p}`],
    ["GET", (p) => `/api/assignments/${p}/submissions`],
    ["POST", (p) => `/api/assignments/${p}/submissions`],
    ["GET", (p) => `/api/courses/${p}/assignments`],
    ["POST", (p) => `/api/courses/${p}/assignments`],
    ["GET", (p) => `/api/courses/${p}`],
    ["GET", (p) => `/api/courses/${p}/members`],
    ["POST", (p) => `/api/courses/${p}/join-code`],
    ["PATCH", (p) => `/api/courses/${course.id}/members/${p}`],
    ["DELETE", (p) => `/api/courses/${course.id}/members/${p}`],
    ["GET", (p) => `/api/courses/${p}/rubrics`],
    ["GET", (p) => `/api/courses/${p}/grades`],
    ["GET", (p) => `/api/courses/${p}/grades.csv`],
    ["PUT", (p) => `/api/submissions/${p}/grade`],
    ["PATCH", (p) => `/api/assignments/${p}`],
    ["GET", (p) => `/api/assignments/${p}/feedback-comments`],
    ["DELETE", (p) => `/api/assignments/${p}/feedback-comments/${randomUUID()}`],
    ["POST", (p) => `/api/assignments/${p}/release`],
    ["DELETE", (p) => `/api/assignments/${p}/release`],
    ["GET", (p) => `/api/assignments/${p}/teams`],
    ["POST", (p) => `/api/assignments/${p}/teams`],
    ["PATCH", (p) => `/api/assignments/${p}/teams/${randomUUID()}`],
    ["DELETE", (p) => `/api/assignments/${p}/teams/${randomUUID()}`],
  ];
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: templates.length - 1 }), strayParam, async (index, param) => {
      const [method, path] = templates[index]!;
      const before = await snapshot();
      const response = await send(method, path(encodeURIComponent(param)), method === "GET" ? undefined : {});
      const label = `${method} ${path(JSON.stringify(param).slice(0, 80))}`;
      // A refusal, or a redirect where the router normalises the path ("..", "//"): never a success.
      expect(response.status(), label).toBeGreaterThanOrEqual(300);
      expect(response.status(), label).toBeLessThan(500);
      expect(await snapshot(), label).toBe(before);
    }),
    { seed: SEED, numRuns: 120 },
  );
});
