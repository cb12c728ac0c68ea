// Counts in the reader's UI ("1,500") are written with English digit
// groups. Number.prototype.toLocaleString does that too, but its first call
// in a page sets up the browser's Intl number formatting, which cost ~18 ms
// of script on every reader page (measured with a CPU profile, issue 12):
// a class opening the reading at once pays it once per student.

/** `count` (an integer) in English digit groups: 1500 → "1,500", -12345 → "-12,345". */
export function countText(count: number): string {
  const digits = String(Math.abs(Math.trunc(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return count < 0 && grouped !== "0" ? `-${grouped}` : grouped;
}
