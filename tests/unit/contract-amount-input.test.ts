import { describe, expect, it } from "vitest";
import { parseAmount } from "@/lib/contracts/amount-input";

const cents = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.cents : parsed.message;
};

describe("parseAmount", () => {
  it("reads currency units into exact integer cents", () => {
    expect(cents("1,500.00")).toBe(150_000);
    expect(cents("1500")).toBe(150_000);
    expect(cents(" 1500.5 ")).toBe(150_050);
    expect(cents("0.29")).toBe(29);
    expect(cents("1,234,567.89")).toBe(123_456_789);
    // 0.1 + 0.2 style float errors cannot happen: 4.35 * 100 is 434.99999999999994 in floats.
    expect(cents("4.35")).toBe(435);
  });

  it("refuses what it cannot read exactly", () => {
    for (const text of ["", "  ", "1,5", "1.505", "12,34.00", "-10", "1e3", "abc", "$100", ".5", "10."]) {
      expect(typeof cents(text), text).toBe("string");
    }
  });
});
