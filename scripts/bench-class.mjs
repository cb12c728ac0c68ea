// @ts-check
// `npm run bench:class` (issue 10): a course of 300 students on one
// assignment of the sample article, each with 30 annotations and a 15-node
// map (8 statements anchored like the teacher's reference map, 7 of their
// own) submitted, every submission graded. Then, medians of RUNS (5) runs:
//   the grade book as CSV (gradeBook + gradeBookCsv)         target < 500 ms
//   auto-feedback for all 300 (feedbackForAll)                target < 3 s
//   the assignment overview's server part (assignmentOverview) target < 1 s
//   the overview page in Chromium, from navigation to all 300 rows shown,
//   against the production server on the same database   target < 1 s
// Seeded through the real use cases (createCourse, joinCourse,
// createAssignment, submitAssignment, gradeSubmission) except accounts,
// annotations and maps, which are inserted with Prisma: signing up 300
// accounts would time argon2, not the classroom. A PGlite directory migrated
// as start-up does (tests/.tmp/bench-class, removed afterwards), or the
// PostgreSQL at DATABASE_URL (migrated) when it is set; the server for the
// browser part is started on it after the seeding closes it (`--no-browser`
// skips that part). Prints figures, asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { createJiti } from "jiti";
import { median, spawnWarrant } from "./bench/bench-server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const STUDENTS = Number(process.env.STUDENTS ?? 300);
const ANNOTATIONS = 30;
const OWN_STATEMENTS = 7;
const BROWSER = !process.argv.includes("--no-browser");
const PORT = 3111;
const TEACHER_PASSWORD = "benchmark passphrase";

process.env.WARRANT_WRITE_LIMITS = "off"; // one account creating 300 grades a minute is the point here
const root = path.resolve(import.meta.dirname, "..");
const jiti = createJiti(import.meta.url, {
  alias: { "@": root, "server-only": path.join(root, "node_modules/server-only/empty.js") },
});
/** @param {string} file */
const load = (file) => jiti.import(path.join(root, file));

// The use cases as the app runs them, each from its own module.
const [
  { createPrismaClient },
  { createCourse },
  { joinCourse },
  { createAssignment },
  { submitAssignment },
  { gradeSubmission },
  { gradeBook },
  { gradeBookCsv },
  { feedbackForAll },
  { assignmentOverview },
  { createDocument },
  { hashPassword },
  { patronageMap },
] = /** @type {any[]} */ (
  await Promise.all(
    [
      "lib/db/client.ts",
      "lib/classroom/create-course.ts",
      "lib/classroom/join-course.ts",
      "lib/classroom/create-assignment.ts",
      "lib/classroom/submit-assignment.ts",
      "lib/classroom/grade-submission.ts",
      "lib/classroom/grade-book.ts",
      "lib/classroom/grade-book-csv.ts",
      "lib/classroom/assignment-feedback.ts",
      "lib/classroom/assignment-overview.ts",
      "lib/documents/create-document.ts",
      "lib/auth/password.ts",
      "tests/fixtures/classroom/patronage-reference.ts",
    ].map(load),
  )
);
const { closePglite } = await import("../lib/db/pglite-instance.mjs");
const PGLITE_DIR = path.join(root, "tests/.tmp/bench-class");

/** A database for this run: the PostgreSQL at DATABASE_URL, or a fresh PGlite directory migrated as start-up does. */
async function openDatabase() {
  if (process.env.DATABASE_URL) return createPrismaClient({ kind: "postgres", url: process.env.DATABASE_URL });
  fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
  execFileSync(process.execPath, ["scripts/db-migrate.mjs"], {
    cwd: root,
    env: { ...process.env, PGLITE_DIR, DATABASE_URL: "" },
    stdio: "ignore",
  });
  return createPrismaClient({ kind: "pglite", dir: PGLITE_DIR });
}

/**
 * Median milliseconds, over RUNS loads after one untimed, of the overview
 * page in headless Chromium signed in as the teacher: from navigation to the
 * last student's row shown (server render, transfer, hydration).
 */
async function timeOverviewInBrowser(/** @type {string} */ email, /** @type {string} */ assignmentId) {
  const server = await spawnWarrant({
    PORT: String(PORT),
    ...(process.env.DATABASE_URL ? {} : { PGLITE_DIR, DATABASE_URL: "" }),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage({ baseURL: `http://localhost:${PORT}`, viewport: { width: 1440, height: 900 } });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(TEACHER_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/documents$/);
    const lastRow = page
      .getByRole("region", { name: "Students" })
      .locator("tbody tr")
      .nth(STUDENTS - 1);
    return await time(async () => {
      await page.goto(`/assignments/${assignmentId}/overview`);
      await lastRow.waitFor();
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Median milliseconds of RUNS calls of `work`, after one untimed call (warm caches, compiled queries). */
async function time(/** @type {() => Promise<unknown>} */ work) {
  await work();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const db = await openDatabase();
const seedStarted = performance.now();
const stamp = Date.now();
const teacher = await db.user.create({
  data: {
    email: `teacher-${stamp}@bench.example`,
    name: "Teacher",
    passwordHash: await hashPassword(TEACHER_PASSWORD),
  },
});
const course = await createCourse(db, teacher.id, { name: "Bench course", timeZone: "Europe/Berlin" });
const text = fs.readFileSync(path.join(root, "prisma/seed/asymmetry-of-patronage.txt"), "utf8");
const document = await createDocument(db, teacher.id, { format: "text", text });
const { plainText } = await db.document.findUniqueOrThrow({ where: { id: document.id }, select: { plainText: true } });

/** `ownerId`'s annotations for the map's anchors (with the map's annotation ids) and `extra` more on passages of their own. */
async function annotate(
  /** @type {string} */ ownerId,
  /** @type {Record<string, {start: number, end: number, exact: string}>} */ anchors,
  extra = 0,
) {
  const anchored = Object.entries(anchors).map(([id, range]) => ({ id, ...range }));
  const own = Array.from({ length: extra }, (_, i) => {
    const start = (i * 997 + ownerId.charCodeAt(0) * 31) % Math.max(1, plainText.length - 80);
    return { id: crypto.randomUUID(), start, end: start + 60, exact: plainText.slice(start, start + 60) };
  });
  await db.annotation.createMany({
    data: [...anchored, ...own].map((a, i) => ({
      id: a.id,
      documentId: document.id,
      authorId: ownerId,
      kind: /** @type {const} */ (["claim", "premise", "evidence", "objection", "question", "note"][i % 6]),
      exact: a.exact,
      prefix: plainText.slice(Math.max(0, a.start - 32), a.start),
      suffix: plainText.slice(a.end, a.end + 32),
      start: a.start,
      end: a.end,
      searchText: a.exact,
      visibility: /** @type {const} */ ("private"),
    })),
  });
}

const reference = patronageMap(plainText, { annotationPrefix: 1 });
await annotate(teacher.id, reference.anchors);
const referenceMap = await db.argumentMap.create({
  data: { documentId: document.id, ownerId: teacher.id, title: "Reference", graph: reference.graph },
});
const assignment = await createAssignment(db, teacher.id, course.id, {
  documentId: document.id,
  title: "Map the article",
  instructions: "",
  dueAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
  latePolicy: "accept",
  mode: "individual",
  peersVisible: "afterPosting",
  referenceMapId: referenceMap.id,
});

const students = [];
for (let i = 0; i < STUDENTS; i++) {
  const name = i % 7 === 0 ? `Zoë Müller, Jr. ${i}` : `Student ${i}`;
  students.push(await db.user.create({ data: { email: `student-${i}-${stamp}@bench.example`, name } }));
}
for (const student of students) await joinCourse(db, student.id, course.joinCode);
for (const [i, student] of students.entries()) {
  const copy = patronageMap(plainText, { idPrefix: "s-", annotationPrefix: i + 2, trim: i % 5 });
  await annotate(student.id, copy.anchors, ANNOTATIONS - Object.keys(copy.anchors).length);
  const own = Array.from({ length: OWN_STATEMENTS }, (_, k) => ({
    id: `own-${k}`,
    annotationId: null,
    kind: /** @type {const} */ ("premise"),
    text: `My own point number ${k} about the visit and ${i % 2 ? "Lebanon" : "Iran"}`,
    position: null,
  }));
  const graph = { ...copy.graph, nodes: [...copy.graph.nodes, ...own] };
  const map = await db.argumentMap.create({
    data: { documentId: document.id, ownerId: student.id, title: "My map", graph },
  });
  const submission = await submitAssignment(db, student.id, assignment.id, map.id);
  await gradeSubmission(db, teacher.id, submission.id, { score: (i % 10) + 0.5, feedback: "Seen." });
}
const seeded = performance.now() - seedStarted;

let csvBytes = 0;
let compared = 0;
let overviewRows = 0;
const rows = [
  [
    `grade book CSV, ${STUDENTS} students (ms)`,
    await time(async () => {
      csvBytes = gradeBookCsv(await gradeBook(db, teacher.id, course.id)).length;
    }),
    "< 500",
  ],
  [
    `auto-feedback for all ${STUDENTS} (ms)`,
    await time(async () => {
      compared = (await feedbackForAll(db, assignment.id)).size;
    }),
    "< 3000",
  ],
  [
    "assignment overview, server (ms)",
    await time(async () => {
      overviewRows = (await db.$transaction((tx) => assignmentOverview(tx, teacher.id, assignment.id))).students.length;
    }),
    "< 1000",
  ],
];
await db.$disconnect();
await closePglite();
if (BROWSER) {
  rows.push([
    "assignment overview, in Chromium (ms)",
    await timeOverviewInBrowser(teacher.email, assignment.id),
    "< 1000 (with the server part)",
  ]);
}
if (!process.env.DATABASE_URL) fs.rmSync(PGLITE_DIR, { recursive: true, force: true });

console.log(
  `\nbench:class — ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, medians of ${RUNS} runs, ` +
    `${os.cpus().length} cores, Node ${process.version}; seeded in ${(seeded / 1000).toFixed(1)} s ` +
    `(${STUDENTS} students × ${ANNOTATIONS} annotations, ${reference.graph.nodes.length + OWN_STATEMENTS}-node maps; CSV ${csvBytes} characters, ${compared} maps compared, ${overviewRows} overview rows)`,
);
for (const [what, value, target] of rows) {
  console.log(`${String(what).padEnd(44)} ${Number(value).toFixed(1).padStart(9)}   target ${target}`);
}
