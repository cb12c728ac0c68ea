import fs from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { seedSampleDocument } from "./seed-sample-document";

export const SAMPLE_FILE = path.join("prisma", "seed", "asymmetry-of-patronage.txt");

/** Seeds the sample article from prisma/seed/ unless it is there already. */
export async function seedOnStart(): Promise<void> {
  const text = await fs.readFile(path.resolve(SAMPLE_FILE), "utf8");
  if (await seedSampleDocument(getDb(), text)) console.log("Seeded the sample article.");
}
