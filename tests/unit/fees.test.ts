import { describe, expect, it } from "vitest";
import { platformFee, splitRelease } from "@/lib/payments/fees";

describe("the platform fee", () => {
  it("rounds half a cent up, and nothing else", () => {
    expect(platformFee(1_005, 1000)).toBe(101); // 100.5 → 101
    expect(platformFee(1_004, 1000)).toBe(100); // 100.4 → 100
    expect(platformFee(60_005, 1000)).toBe(6_001);
    expect(platformFee(1, 1000)).toBe(0);
    expect(platformFee(5, 1000)).toBe(1); // 0.5 → 1
    expect(platformFee(12_345, 0)).toBe(0);
    expect(platformFee(12_345, 10_000)).toBe(12_345);
  });

  it("always leaves transfer + fee = the released amount, in whole cents", () => {
    for (let amount = 0; amount < 20_000; amount += 7) {
      for (const bps of [0, 250, 999, 1000, 1234, 2500]) {
        const { feeCents, transferCents } = splitRelease(amount, bps);
        expect(Number.isInteger(feeCents) && Number.isInteger(transferCents)).toBe(true);
        expect(feeCents + transferCents).toBe(amount);
        expect(Math.abs(feeCents - (amount * bps) / 10_000)).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("refuses fractional or negative money", () => {
    expect(() => platformFee(10.5, 1000)).toThrow();
    expect(() => platformFee(-1, 1000)).toThrow();
    expect(() => platformFee(100, 10_001)).toThrow();
  });
});
