import { describe, expect, it } from "vitest";
import { MAX_RANGE_DAYS, readInsightsRange, resolveInsightsRange, weekOf } from "@/lib/insights/range";

const NOW = new Date("2026-12-09T15:30:00Z"); // a Wednesday

describe("the insights range", () => {
  it("defaults to the last 12 weeks up to today, read as Monday weeks", () => {
    const range = resolveInsightsRange({}, NOW);
    expect({ from: range.from, to: range.to }).toEqual({ from: "2026-09-17", to: "2026-12-09" });
    expect(range.start.toISOString()).toBe("2026-09-17T00:00:00.000Z");
    expect(range.end.toISOString()).toBe("2026-12-10T00:00:00.000Z");
    expect(range.weeks).toHaveLength(13);
    expect(range.weeks[0]).toBe("2026-09-14");
    expect(range.weeks.at(-1)).toBe("2026-12-07");
  });

  it("takes a given range whole days inclusive, and a start alone up to today", () => {
    expect(resolveInsightsRange({ from: "2026-03-02", to: "2026-03-15" }, NOW).weeks).toEqual(["2026-03-02", "2026-03-09"]);
    expect(resolveInsightsRange({ from: "2026-12-01" }, NOW)).toMatchObject({ from: "2026-12-01", to: "2026-12-09" });
    expect(resolveInsightsRange({ to: "2026-01-31" }, NOW).from).toBe("2025-11-09");
  });

  it("allows a year at most, and refuses a range running backwards with the field and dates named", () => {
    expect(resolveInsightsRange({ from: "2025-01-01", to: "2026-01-01" }, NOW).weeks.length).toBeLessThanOrEqual(54);
    expect(() => resolveInsightsRange({ from: "2025-01-01", to: "2026-01-02" }, NOW)).toThrow(`show at most ${MAX_RANGE_DAYS} days`);
    try {
      resolveInsightsRange({ from: "2026-05-02", to: "2026-05-01" }, NOW);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "VALIDATION_FAILED", status: 422, fields: { from: [expect.stringContaining("2026-05-02")] } });
    }
  });

  it("reads a page's query string: bad input falls back to the default range with a message a person can act on", () => {
    expect(readInsightsRange({ from: "2026-11-02", to: "2026-11-29" }, NOW)).toMatchObject({ range: { from: "2026-11-02", to: "2026-11-29" }, error: null });
    expect(readInsightsRange({ from: "last tuesday" }, NOW)).toMatchObject({
      range: { from: "2026-09-17", to: "2026-12-09" },
      error: "Give the date as YYYY-MM-DD, for example 2026-09-30. Showing the last 12 weeks instead.",
    });
    expect(readInsightsRange({ from: "2026-02-30" }, NOW).error).toMatch(/^Give the date as YYYY-MM-DD/);
    expect(readInsightsRange({ from: "2026-11-29", to: "2026-11-02" }, NOW).error).toBe(
      "The start date (2026-11-29) is after the end date (2026-11-02): pick a start on or before the end. Showing the last 12 weeks instead.",
    );
    expect(readInsightsRange({ period: "7" }, NOW).error).toBe("Only from and to can be set. Showing the last 12 weeks instead.");
  });

  it("starts weeks on Monday in UTC", () => {
    expect(weekOf(new Date("2026-12-06T23:59:59Z"))).toBe("2026-11-30");
    expect(weekOf(new Date("2026-12-07T00:00:00Z"))).toBe("2026-12-07");
  });
});
