import { describe, expect, it } from "vitest";
import { isValidTimeZone, overlapHours, utcOffsetMinutes } from "@/lib/time/timezones";

const JULY = new Date("2026-07-01T12:00:00Z");
const JANUARY = new Date("2026-01-15T12:00:00Z");

describe("utcOffsetMinutes", () => {
  it("follows daylight saving time", () => {
    expect(utcOffsetMinutes("America/New_York", JANUARY)).toBe(-300);
    expect(utcOffsetMinutes("America/New_York", JULY)).toBe(-240);
    expect(utcOffsetMinutes("Europe/London", JANUARY)).toBe(0);
    expect(utcOffsetMinutes("Europe/London", JULY)).toBe(60);
    // Southern hemisphere: summer time in January.
    expect(utcOffsetMinutes("Australia/Sydney", JANUARY)).toBe(660);
    expect(utcOffsetMinutes("Australia/Sydney", JULY)).toBe(600);
  });

  it("switches at the exact instant of a transition", () => {
    // US clocks sprang forward on 2026-03-08 at 02:00 local = 07:00 UTC.
    expect(utcOffsetMinutes("America/New_York", new Date("2026-03-08T06:59:59Z"))).toBe(-300);
    expect(utcOffsetMinutes("America/New_York", new Date("2026-03-08T07:00:00Z"))).toBe(-240);
  });

  it("handles UTC, half-hour and quarter-hour offsets, and the extremes", () => {
    expect(utcOffsetMinutes("UTC", JULY)).toBe(0);
    expect(utcOffsetMinutes("Asia/Kolkata", JULY)).toBe(330);
    expect(utcOffsetMinutes("Asia/Kathmandu", JULY)).toBe(345);
    expect(utcOffsetMinutes("America/St_Johns", JANUARY)).toBe(-210);
    expect(utcOffsetMinutes("Pacific/Kiritimati", JULY)).toBe(840);
    expect(utcOffsetMinutes("Etc/GMT+12", JULY)).toBe(-720);
  });

  it("throws on an unknown zone", () => {
    expect(() => utcOffsetMinutes("Mars/Olympus_Mons", JULY)).toThrow(RangeError);
    expect(() => utcOffsetMinutes("", JULY)).toThrow(/Unknown time zone/);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and rejects anything else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("+05:00 but not a zone")).toBe(false);
  });
});

describe("overlapHours", () => {
  it("is the whole workday for the same offset", () => {
    expect(overlapHours(60, 60)).toBe(8);
  });

  it("shrinks by the difference between offsets", () => {
    expect(overlapHours(60, 0)).toBe(7);
    expect(overlapHours(-300, 60)).toBe(2);
    expect(overlapHours(330, 0)).toBe(2.5);
  });

  it("is symmetric", () => {
    for (const [a, b] of [
      [-480, 60],
      [330, -300],
      [840, -720],
      [600, -240],
    ]) {
      expect(overlapHours(a, b)).toBe(overlapHours(b, a));
    }
  });

  it("is zero when workdays do not meet, including when they only touch", () => {
    expect(overlapHours(-480, 60)).toBe(0);
    expect(overlapHours(0, 480)).toBe(0);
  });

  it("wraps around midnight UTC: UTC+14 and UTC−12 share the same wall clock a day apart", () => {
    // 09:00–17:00 at +14 is 19:00–03:00 UTC; at −12 it is 21:00–05:00 UTC: 6 h in common.
    expect(overlapHours(840, -720)).toBe(6);
    // Tokyo (+9) and Los Angeles (−8) are 17 h apart: LA's last hour is Tokyo's first, the next day.
    expect(overlapHours(540, -480)).toBe(1);
    expect(overlapHours(540, -420)).toBe(0);
    // Auckland (+12) and Hawaii (−10): 22 h apart is 2 h apart the other way round.
    expect(overlapHours(720, -600)).toBe(6);
  });

  it("honours a custom workday", () => {
    expect(overlapHours(0, 120, 8, 18)).toBe(8);
    expect(overlapHours(0, 0, 0, 24)).toBe(24);
    expect(() => overlapHours(0, 0, 17, 9)).toThrow(RangeError);
  });
});
