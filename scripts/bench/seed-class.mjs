// @ts-check
import { signInNewAccount } from "./sign-in-account.mjs";

/** The class the load benchmarks open the sample with (issue 12). */
export const CLASS_ANNOTATIONS = 1_500;
export const CLASS_ACCOUNTS = 30;

/**
 * The `i`-th annotation's target on `text`: a 30-character span starting at
 * a word, the annotations spread evenly over the text (a prime stride, so
 * neighbours in `i` land far apart).
 * @param {string} text @param {number} i
 */
export function targetAt(text, i) {
  let start = Math.floor(((i * 7919) % CLASS_ANNOTATIONS) * ((text.length - 40) / CLASS_ANNOTATIONS));
  while (start > 0 && text[start - 1] !== " ") start--;
  const end = Math.min(text.length, start + 30);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

/**
 * Runs `make(0)` … `make(count - 1)`, `width` at a time.
 * @param {number} count @param {number} width @param {(i: number) => Promise<void>} make
 */
export async function inBatches(count, width, make) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await make(next++);
    }),
  );
}

/**
 * The sample article with its class, made through the API of the server at
 * `base` (its write limits off): CLASS_ACCOUNTS new accounts sharing
 * CLASS_ANNOTATIONS annotations with everyone, made in turn by each account.
 * Returns the accounts' cookie headers, the sample's id and its plain text.
 * @param {string} base
 */
export async function seedClass(base) {
  const students = [];
  for (let n = 0; n < CLASS_ACCOUNTS; n++) students.push(await signInNewAccount(base, `Student ${n}`));
  const library = await (await fetch(`${base}/api/documents`, { headers: { cookie: students[0] } })).json();
  const sampleId = library.documents.find((/** @type {{ role: string }} */ d) => d.role !== "owner").id;
  const { document } = await (
    await fetch(`${base}/api/documents/${sampleId}`, { headers: { cookie: students[0] } })
  ).json();
  await inBatches(CLASS_ANNOTATIONS, 10, async (i) => {
    const response = await fetch(`${base}/api/documents/${sampleId}/annotations`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: students[i % CLASS_ACCOUNTS] },
      body: JSON.stringify({
        kind: "claim",
        visibility: "everyone",
        comment: `note ${i}`,
        target: targetAt(document.plainText, i),
      }),
    });
    if (response.status !== 201) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  });
  return { students, sampleId, plainText: /** @type {string} */ (document.plainText) };
}
