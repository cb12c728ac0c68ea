// @ts-check
import fs from "node:fs";

/**
 * The machine's CPU time so far, from /proc/stat's first line (in clock
 * ticks, all cores together), or null where there is no /proc. Two readings
 * give the share of a run the cores sat idle and the share the hypervisor
 * took for other guests ("steal"): a figure taken while steal was high
 * measures the host's load, not Warrant's.
 * @returns {{ total: number, idle: number, steal: number } | null}
 */
export function cpuTime() {
  try {
    const [, ...ticks] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is counted in user already)
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
    return { total, idle: ticks[3] + ticks[4], steal: ticks[7] ?? 0 };
  } catch {
    return null;
  }
}

/**
 * The idle and steal shares (percent) between two cpuTime readings; null when either is missing.
 * @param {ReturnType<typeof cpuTime>} before
 * @param {ReturnType<typeof cpuTime>} after
 */
export function cpuShares(before, after) {
  if (!before || !after || after.total <= before.total) return null;
  const total = after.total - before.total;
  return {
    idle: (100 * (after.idle - before.idle)) / total,
    steal: (100 * (after.steal - before.steal)) / total,
  };
}
