import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "@/lib/intl";

describe("Intl formatters", () => {
  it("builds one formatter per locale and options, and formats as a fresh one would", () => {
    const usd = numberFormat("en-US", { style: "currency", currency: "USD" });
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).toBe(usd);
    expect(numberFormat("en-US", { style: "currency", currency: "EUR" })).not.toBe(usd);
    expect(usd.format(1234.5)).toBe(new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(1234.5));
    const berlin = dateTimeFormat("en-US", { timeZone: "Europe/Berlin", hour: "numeric" });
    expect(dateTimeFormat("en-US", { timeZone: "Europe/Berlin", hour: "numeric" })).toBe(berlin);
    expect(dateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric" }).format(new Date("2026-06-01T10:00:00Z"))).toBe("10 AM");
    expect(berlin.format(new Date("2026-06-01T10:00:00Z"))).toBe("12 PM");
  });

  it("still refuses an unknown timezone, and does not keep it", () => {
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
  });
});
