import { describe, expect, it } from "vitest";
import { daySpan, exportBounds, ledgerExportInputSchema } from "@/lib/ledger-exports/schemas";
import { monthBounds, monthName, monthOf, monthSchema, monthsBetween } from "@/lib/statements/months";

describe("statement months (UTC)", () => {
  it("run from the first instant of the month, included, to the first of the next, excluded", () => {
    expect(monthBounds("2026-11")).toEqual({ month: "2026-11", start: new Date("2026-11-01T00:00:00.000Z"), end: new Date("2026-12-01T00:00:00.000Z") });
    expect(monthBounds("2026-12").end).toEqual(new Date("2027-01-01T00:00:00.000Z"));
    expect(monthBounds("2028-02").end).toEqual(new Date("2028-03-01T00:00:00.000Z"));
  });

  it("put an instant in the month of its UTC date, whatever the reader's timezone", () => {
    expect(monthOf(new Date("2026-11-30T23:59:59.999Z"))).toBe("2026-11");
    expect(monthOf(new Date("2026-12-01T00:00:00.000Z"))).toBe("2026-12");
    expect(monthOf(new Date("2026-12-01T00:30:00.000+01:00"))).toBe("2026-11");
  });

  it("list months newest first, both ends included, across a year", () => {
    expect(monthsBetween(new Date("2025-11-15T00:00:00Z"), new Date("2026-02-01T00:00:00Z"))).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(monthsBetween(new Date("2026-02-28T00:00:00Z"), new Date("2026-02-01T00:00:00Z"))).toEqual(["2026-02"]);
  });

  it("accept only YYYY-MM", () => {
    expect(monthSchema.safeParse("2026-11").success).toBe(true);
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", ""]) expect(monthSchema.safeParse(bad).success).toBe(false);
    expect(monthName("2026-11")).toBe("November 2026");
  });
});

describe("admin export ranges (whole UTC days, both included)", () => {
  it("end at the first instant after the last day", () => {
    expect(exportBounds("2026-01-01", "2026-01-31")).toEqual({ start: new Date("2026-01-01T00:00:00.000Z"), end: new Date("2026-02-01T00:00:00.000Z") });
    expect(daySpan("2026-01-01", "2026-01-01")).toBe(1);
    expect(daySpan("2025-01-01", "2025-12-31")).toBe(365);
  });

  it("refuse a start after the end, a range over 366 days, and malformed dates, saying which field", () => {
    const parse = (input: object) => ledgerExportInputSchema.safeParse(input);
    expect(parse({ kind: "PAYOUTS", from: "2024-01-01", to: "2024-12-31" }).success).toBe(true);
    expect(parse({ kind: "PAYOUTS", from: "2026-02-01", to: "2026-01-01" }).error?.issues[0]).toMatchObject({ path: ["from"] });
    expect(parse({ kind: "PAYOUTS", from: "2024-01-01", to: "2025-01-01" }).error?.issues[0]).toMatchObject({ path: ["to"] });
    expect(parse({ kind: "PAYOUTS", from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    expect(parse({ kind: "EVERYTHING", from: "2026-01-01", to: "2026-01-02" }).success).toBe(false);
    expect(parse({ kind: "PAYOUTS", from: "2026-01-01", to: "2026-01-02", extra: 1 }).success).toBe(false);
  });
});
