import { describe, expect, it } from "vitest";
import { assertMatchTransition, assertRequestTransition, canChangeMatch, canChangeRequest } from "@/lib/matching/transitions";

describe("request transitions", () => {
  it("follows DRAFT → MATCHING → MATCHED → HIRED → CLOSED", () => {
    expect(canChangeRequest("DRAFT", "MATCHING")).toBe(true);
    expect(canChangeRequest("MATCHING", "MATCHED")).toBe(true);
    expect(canChangeRequest("MATCHED", "HIRED")).toBe(true);
    expect(canChangeRequest("HIRED", "CLOSED")).toBe(true);
  });

  it("refuses skipping steps and leaving a final state, with a 409 a person can read", () => {
    expect(canChangeRequest("DRAFT", "MATCHED")).toBe(false);
    expect(canChangeRequest("CANCELLED", "MATCHING")).toBe(false);
    expect(() => assertRequestTransition("MATCHED", "MATCHING")).toThrow(/matched, so it cannot become matching/);
    try {
      assertRequestTransition("CLOSED", "CANCELLED");
    } catch (error) {
      expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    }
  });
});

describe("match transitions", () => {
  it("lets an invitation be answered or expire once", () => {
    expect(canChangeMatch("INVITED", "ACCEPTED")).toBe(true);
    expect(canChangeMatch("INVITED", "DECLINED")).toBe(true);
    expect(canChangeMatch("INVITED", "EXPIRED")).toBe(true);
    expect(canChangeMatch("ACCEPTED", "DECLINED")).toBe(false);
    expect(canChangeMatch("EXPIRED", "ACCEPTED")).toBe(false);
    expect(() => assertMatchTransition("DECLINED", "ACCEPTED")).toThrow(/declined, so it cannot become accepted/);
  });

  it("lets only the shortlist be hired or passed over", () => {
    expect(canChangeMatch("SHORTLISTED", "HIRED")).toBe(true);
    expect(canChangeMatch("SHORTLISTED", "PASSED")).toBe(true);
    expect(canChangeMatch("ACCEPTED", "HIRED")).toBe(false);
  });
});
