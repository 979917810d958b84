import { describe, expect, it } from "vitest";
import { capRefusal, formatHours, minutesFromHours, weekAmountCents } from "@/lib/timesheets/hours";
import { addZonedDays, datesOfWeek, localDateOf, weekContaining, weekOfDate } from "@/lib/timesheets/week-bounds";

const HOUR_MS = 3_600_000;

describe("weeks in a contract's time zone", () => {
  it("runs Monday 00:00 to the next Monday 00:00 in UTC", () => {
    const week = weekContaining(new Date("2026-12-09T15:00:00Z"), "UTC");
    expect(week).toEqual({ weekStart: "2026-12-07", startsAt: new Date("2026-12-07T00:00:00Z"), endsAt: new Date("2026-12-14T00:00:00Z") });
  });

  it("follows the zone's calendar, not UTC's: Sunday evening in New York is already Monday in UTC", () => {
    const sundayEvening = new Date("2026-12-14T03:00:00Z"); // Sunday 13 Dec, 22:00 in New York
    const week = weekContaining(sundayEvening, "America/New_York");
    expect(week.weekStart).toBe("2026-12-07");
    expect(week.startsAt).toEqual(new Date("2026-12-07T05:00:00Z"));
    expect(week.endsAt).toEqual(new Date("2026-12-14T05:00:00Z"));
    expect(weekContaining(sundayEvening, "UTC").weekStart).toBe("2026-12-14");
  });

  it("works east of UTC too: Monday 01:00 in Tokyo is still Sunday in UTC", () => {
    const week = weekContaining(new Date("2026-12-06T16:00:00Z"), "Asia/Tokyo");
    expect(week.weekStart).toBe("2026-12-07");
    expect(week.startsAt).toEqual(new Date("2026-12-06T15:00:00Z"));
    expect(localDateOf(new Date("2026-12-06T16:00:00Z"), "Asia/Tokyo")).toBe("2026-12-07");
  });

  it("is 167 hours long when the clocks spring forward and 169 when they fall back", () => {
    const spring = weekOfDate("2027-03-25", "Europe/Berlin"); // clocks go forward on Sunday 28 March 2027
    expect(spring.weekStart).toBe("2027-03-22");
    expect(spring.startsAt).toEqual(new Date("2027-03-21T23:00:00Z"));
    expect(spring.endsAt).toEqual(new Date("2027-03-28T22:00:00Z"));
    expect((spring.endsAt.getTime() - spring.startsAt.getTime()) / HOUR_MS).toBe(167);

    const autumn = weekOfDate("2026-11-01", "America/New_York"); // Sunday 1 Nov 2026, clocks go back
    expect(autumn.weekStart).toBe("2026-10-26");
    expect(autumn.endsAt).toEqual(new Date("2026-11-02T05:00:00Z"));
    expect((autumn.endsAt.getTime() - autumn.startsAt.getTime()) / HOUR_MS).toBe(169);
  });

  it("the week after a DST week starts where it ended", () => {
    const spring = weekOfDate("2027-03-25", "Europe/Berlin");
    expect(weekContaining(spring.endsAt, "Europe/Berlin").startsAt).toEqual(spring.endsAt);
    expect(weekContaining(new Date(spring.endsAt.getTime() - 1), "Europe/Berlin").weekStart).toBe("2027-03-22");
  });

  it("adds calendar days at the same wall-clock time across a DST change", () => {
    const mondayMidnight = new Date("2027-03-21T23:00:00Z"); // Mon 22 Mar 00:00 CET
    expect(addZonedDays(mondayMidnight, 7, "Europe/Berlin")).toEqual(new Date("2027-03-28T22:00:00Z"));
  });

  it("lists the seven dates Monday first, across a month end", () => {
    expect(datesOfWeek("2026-12-28")).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
  });
});

describe("hours and the weekly cap", () => {
  it("converts quarter hours to minutes and refuses anything else", () => {
    expect(minutesFromHours(1.75)).toBe(105);
    expect(minutesFromHours(24)).toBe(1440);
    expect(() => minutesFromHours(0.1)).toThrow(RangeError);
  });

  it("formats hours without trailing zeros", () => {
    expect([15, 30, 45, 60, 2310, 2400].map(formatHours)).toEqual(["0.25", "0.5", "0.75", "1", "38.5", "40"]);
  });

  it("accepts up to the cap exactly", () => {
    expect(capRefusal({ loggedMinutes: 2310, addingMinutes: 90, capMinutes: 2400 })).toBeNull();
  });

  it("refuses past the cap, saying how much still fits", () => {
    expect(capRefusal({ loggedMinutes: 2310, addingMinutes: 120, capMinutes: 2400 })).toBe(
      "This week has 38.5 of 40 hours logged; 2 more hours would pass the cap. Log at most 1.5.",
    );
    expect(capRefusal({ loggedMinutes: 2400, addingMinutes: 15, capMinutes: 2400 })).toMatch(/cap is reached/);
  });
});

describe("what a week bills", () => {
  it("is minutes × rate / 60, rounded half up to the cent", () => {
    expect(weekAmountCents(750, 8000)).toBe(100_000); // 12.5 h at 80.00
    expect(weekAmountCents(15, 4999)).toBe(1250); // 1249.75 → 1250
    expect(weekAmountCents(15, 4998)).toBe(1250); // 1249.5 → 1250 (half up)
    expect(weekAmountCents(15, 4997)).toBe(1249); // 1249.25 → 1249
    expect(weekAmountCents(0, 5000)).toBe(0);
  });

  it("refuses fractions and negative amounts", () => {
    expect(() => weekAmountCents(-15, 5000)).toThrow(RangeError);
    expect(() => weekAmountCents(15, 0)).toThrow(RangeError);
  });
});
