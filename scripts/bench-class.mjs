// @ts-check
// `npm run bench:class` (issue 10): a course of 300 students on one
// assignment of the sample article, each with 30 annotations and a 15-node
// map (8 statements anchored like the teacher's reference map, 7 of their
// own) submitted, every submission graded. Then, medians of RUNS (5) runs:
//   the grade book as CSV (gradeBook + gradeBookCsv)         target < 500 ms
//   auto-feedback for all 300 (feedbackForAll)                target < 3 s
//   the assignment overview's server part (assignmentOverview) target < 1 s
// Seeded through the real use cases (createCourse, joinCourse,
// createAssignment, submitAssignment, gradeSubmission) except accounts,
// annotations and maps, which are inserted with Prisma: signing up 300
// accounts would time argon2, not the classroom. In-memory PGlite, or the
// PostgreSQL at DATABASE_URL (migrated) when it is set. Prints figures, asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createJiti } from "jiti";
import { median } from "./bench/bench-server.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const STUDENTS = Number(process.env.STUDENTS ?? 300);
const ANNOTATIONS = 30;
const OWN_STATEMENTS = 7;

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
      "tests/fixtures/classroom/patronage-reference.ts",
    ].map(load),
  )
);
const { IN_MEMORY } = await import("../lib/db/database-config.mjs");
const { openPglite, closePglite } = await import("../lib/db/pglite-instance.mjs");

/** A database for this run: the PostgreSQL at DATABASE_URL, or a fresh in-memory PGlite migrated here. */
async function openDatabase() {
  if (process.env.DATABASE_URL) return createPrismaClient({ kind: "postgres", url: process.env.DATABASE_URL });
  const pglite = openPglite(IN_MEMORY);
  const migrations = path.join(root, "prisma/migrations");
  for (const name of fs.readdirSync(migrations).sort()) {
    const sql = path.join(migrations, name, "migration.sql");
    if (fs.existsSync(sql)) await pglite.exec(fs.readFileSync(sql, "utf8"));
  }
  return createPrismaClient({ kind: "pglite", dir: IN_MEMORY });
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
const teacher = await db.user.create({ data: { email: `teacher-${stamp}@bench.example`, name: "Teacher" } });
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

console.log(
  `\nbench:class — ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite (in memory)"}, medians of ${RUNS} runs, ` +
    `${os.cpus().length} cores, Node ${process.version}; seeded in ${(seeded / 1000).toFixed(1)} s ` +
    `(${STUDENTS} students × ${ANNOTATIONS} annotations, ${reference.graph.nodes.length + OWN_STATEMENTS}-node maps; CSV ${csvBytes} characters, ${compared} maps compared, ${overviewRows} overview rows)`,
);
for (const [what, value, target] of rows) {
  console.log(`${String(what).padEnd(44)} ${Number(value).toFixed(1).padStart(9)}   target ${target}`);
}
