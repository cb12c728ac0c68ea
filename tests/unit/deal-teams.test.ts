import { describe, expect, it } from "vitest";
import { cryptoRandom, dealTeams } from "@/lib/classroom/deal-teams";
import { seededRandom } from "../support/seeded-random";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
const sizes = (teams: string[][]) => teams.map((t) => t.length);

// Random small groups (issue 10): floor(n / size) groups, dealt round so
// none is smaller than asked and sizes differ by at most one.
describe("dealTeams", () => {
  it("deals 10 students in groups of 3 as 4/3/3, 4 in groups of 2 as 2/2, 7 in groups of 3 as 4/3", () => {
    expect(sizes(dealTeams(ids(10), 3, seededRandom(1)))).toEqual([4, 3, 3]);
    expect(sizes(dealTeams(ids(4), 2, seededRandom(1)))).toEqual([2, 2]);
    expect(sizes(dealTeams(ids(7), 3, seededRandom(1)))).toEqual([4, 3]);
    expect(sizes(dealTeams(ids(12), 4, seededRandom(1)))).toEqual([4, 4, 4]);
  });

  it("makes one group of everyone when there are fewer students than the size, and none without students", () => {
    expect(sizes(dealTeams(ids(2), 5, seededRandom(1)))).toEqual([2]);
    expect(dealTeams([], 3, seededRandom(1))).toEqual([]);
  });

  it("places every student exactly once, the same way for the same seed and differently for another", () => {
    const all = ids(30);
    const first = dealTeams(all, 4, seededRandom(42));
    expect(first.flat().sort()).toEqual([...all].sort());
    expect(dealTeams(all, 4, seededRandom(42))).toEqual(first);
    expect(dealTeams(all, 4, seededRandom(43))).not.toEqual(first);
  });

  it("draws from the system's generator by default, within [0, 1)", () => {
    for (let i = 0; i < 1000; i++) {
      const x = cryptoRandom();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(dealTeams(ids(9), 3).flat().sort()).toEqual(ids(9).sort());
  });
});
