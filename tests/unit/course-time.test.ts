import { afterEach, describe, expect, it } from "vitest";
import {
  formatInCourseZone,
  formatLateness,
  instantToWallClock,
  isWallClock,
  secondsLate,
  wallClockToInstant,
} from "@/lib/classroom/course-time";

const serverZone = process.env.TZ;
afterEach(() => {
  // Node reads TZ again when it changes: the tests below move the server's zone on purpose.
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

const iso = (date: Date) => date.toISOString();

describe("due dates entered as wall-clock time in the course's zone", () => {
  it("reads an ordinary time with the zone's offset of that day", () => {
    expect(iso(wallClockToInstant("2026-03-28T23:59", "Europe/Berlin"))).toBe("2026-03-28T22:59:00.000Z");
    expect(iso(wallClockToInstant("2026-03-29T23:59", "Europe/Berlin"))).toBe("2026-03-29T21:59:00.000Z");
  });

  it("Europe/Berlin, 29 Mar 2026: 02:30 never happened and is read as 03:30 summer time", () => {
    expect(iso(wallClockToInstant("2026-03-29T01:59", "Europe/Berlin"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(wallClockToInstant("2026-03-29T02:30", "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(wallClockToInstant("2026-03-29T03:00", "Europe/Berlin"))).toBe("2026-03-29T01:00:00.000Z");
    expect(instantToWallClock(wallClockToInstant("2026-03-29T02:30", "Europe/Berlin"), "Europe/Berlin")).toBe(
      "2026-03-29T03:30",
    );
  });

  it("Europe/Berlin, 25 Oct 2026: the repeated 02:30 is its first occurrence (summer time)", () => {
    expect(iso(wallClockToInstant("2026-10-25T02:30", "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(wallClockToInstant("2026-10-25T03:30", "Europe/Berlin"))).toBe("2026-10-25T02:30:00.000Z");
  });

  it("America/New_York, 1 Nov 2026: the repeated 01:30 is the earlier (EDT) one; 02:30 is EST", () => {
    expect(iso(wallClockToInstant("2026-11-01T00:30", "America/New_York"))).toBe("2026-11-01T04:30:00.000Z");
    expect(iso(wallClockToInstant("2026-11-01T01:30", "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
    expect(iso(wallClockToInstant("2026-11-01T02:30", "America/New_York"))).toBe("2026-11-01T07:30:00.000Z");
  });

  it("America/New_York, 8 Mar 2026: the skipped 02:30 moves forward to 03:30 EDT", () => {
    expect(iso(wallClockToInstant("2026-03-08T02:30", "America/New_York"))).toBe("2026-03-08T07:30:00.000Z");
  });

  it("does not depend on the server's zone: Pacific/Auckland read on a UTC server and on a Tokyo one", () => {
    for (const zone of ["UTC", "Asia/Tokyo", "America/Los_Angeles"]) {
      process.env.TZ = zone;
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(
        { UTC: 0, "Asia/Tokyo": -540, "America/Los_Angeles": 480 }[zone],
      );
      // New Zealand daylight time (+13) in December.
      expect(iso(wallClockToInstant("2026-12-02T14:03", "Pacific/Auckland"))).toBe("2026-12-02T01:03:00.000Z");
      expect(instantToWallClock(new Date("2026-12-02T01:03:00Z"), "Pacific/Auckland")).toBe("2026-12-02T14:03");
      expect(formatInCourseZone(new Date("2026-12-02T01:03:00Z"), "Pacific/Auckland")).toBe(
        "Wed, 2 Dec 2026, 14:03 (Pacific/Auckland)",
      );
    }
  });

  it("refuses what is not a wall-clock time", () => {
    expect(isWallClock("2026-02-30T10:00")).toBe(false);
    expect(isWallClock("2026-02-28T24:00")).toBe(false);
    expect(isWallClock("2026-02-28T10:00Z")).toBe(false);
    expect(isWallClock("2026-02-28T10:00")).toBe(true);
    expect(() => wallClockToInstant("tomorrow", "UTC")).toThrow(RangeError);
  });
});

describe("lateness", () => {
  const due = new Date("2026-03-29T21:59:00.000Z");

  it("is 0 at the due instant and 1 second exactly one second after it", () => {
    expect(secondsLate(due, due)).toBe(0);
    expect(secondsLate(due, new Date(due.getTime() - 5_000))).toBe(0);
    expect(secondsLate(due, new Date(due.getTime() + 1_000))).toBe(1);
    // A moment past the due date is late too: counted as a whole second.
    expect(secondsLate(due, new Date(due.getTime() + 1))).toBe(1);
  });

  it("reads in the two largest units", () => {
    expect(formatLateness(1)).toBe("1 s");
    expect(formatLateness(4 * 60)).toBe("4 min");
    expect(formatLateness(3_600 + 4 * 60 + 9)).toBe("1 h 4 min");
    expect(formatLateness(3_600 + 9)).toBe("1 h");
    expect(formatLateness(2 * 86_400 + 3 * 3_600 + 59)).toBe("2 d 3 h");
  });
});
