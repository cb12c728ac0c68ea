import type { Page } from "@playwright/test";
import { SAMPLE_TITLE } from "./reader";
import { expect } from "./test";

const free = (id: string, kind: string, text: string) => ({ id, annotationId: null, kind, text, position: null });
const support = (id: string, premiseIds: string[], conclusionId: string) => ({
  id,
  conclusionId,
  premiseIds,
  scheme: null,
  answers: {},
});

/**
 * A map too wide to read whole: the main claim with two reasons and six
 * below them, and a second, less supported conclusion beside it.
 */
const WIDE_GRAPH = {
  nodes: [
    free("claim", "claim", "The summit will yield a transactional compromise."),
    free("r1", "premise", "Washington pressed for a framework agreement."),
    free("r2", "premise", "Each leader needs a win to show at home."),
    ...["a", "b", "c"].map((x) => free(`r1${x}`, "evidence", `Reported pressure, source ${x}.`)),
    ...["a", "b", "c"].map((x) => free(`r2${x}`, "evidence", `Domestic polling, survey ${x}.`)),
    free("other", "claim", "Regional partners will stay cautious."),
    free("o1", "evidence", "Gulf statements were guarded."),
    free("o2", "evidence", "A lighthouse of quiet diplomacy persists in Oman."),
  ],
  arguments: [
    support("s1", ["r1"], "claim"),
    support("s2", ["r2"], "claim"),
    ...["a", "b", "c"].map((x) => support(`s1${x}`, [`r1${x}`], "r1")),
    ...["a", "b", "c"].map((x) => support(`s2${x}`, [`r2${x}`], "r2")),
    support("t1", ["o1"], "other"),
    support("t2", ["o2"], "other"),
  ],
  attacks: [],
};

/** Makes `title`, a map of WIDE_GRAPH on the sample, as the signed-in reader, and returns its id. */
export async function createWideMap(page: Page, title: string): Promise<string> {
  const { documents } = await (await page.request.get("/api/documents")).json();
  const sample = documents.find((document: { title: string }) => document.title === SAMPLE_TITLE);
  const created = await page.request.post(`/api/documents/${sample.id}/maps`, {
    data: { title, graph: WIDE_GRAPH },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).map.id;
}

/** Shows the Map view with the map `title` chosen, once its main claim is drawn. */
export async function openMap(page: Page, title: string) {
  await page.getByRole("button", { name: "Map", exact: true }).click();
  const map = page.getByRole("region", { name: "Argument map" });
  await map.getByRole("combobox", { name: "Map", exact: true }).selectOption({ label: title });
  await expect(map.locator('.react-flow__node[data-id="claim"]')).toBeVisible();
  return map;
}
