import { randomInt } from "node:crypto";

/** A source of numbers in [0, 1); tests pass a seeded one so the deal is the same on every run. */
export type Random = () => number;

/** Uniform in [0, 1) from the operating system's generator (randomInt takes ranges below 2^48): who lands with whom is not guessable. */
export const cryptoRandom: Random = () => randomInt(0, 2 ** 47) / 2 ** 47;

/**
 * Deals `studentIds` at random into groups of `size`. There are
 * floor(n / size) groups (one when there are fewer than `size` students),
 * and the students are dealt round the groups like cards, so every group has
 * at least `size` students and sizes differ by at most one, the first
 * groups taking the extra ones: 10 students in groups of 3 make 4/3/3.
 * No group is ever smaller than asked, which would leave a student nearly
 * alone. No students, no groups.
 */
export function dealTeams(studentIds: readonly string[], size: number, random: Random = cryptoRandom): string[][] {
  if (studentIds.length === 0) return [];
  const shuffled = [...studentIds];
  // Fisher-Yates: every order equally likely.
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const count = Math.max(1, Math.floor(shuffled.length / size));
  const teams: string[][] = Array.from({ length: count }, () => []);
  shuffled.forEach((id, index) => teams[index % count]!.push(id));
  return teams;
}
