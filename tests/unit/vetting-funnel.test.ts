import { describe, expect, it } from "vitest";
import { type FunnelDecision, median, summarizeVettingFunnel } from "@/lib/vetting/admin/funnel-statistics";

const HOUR = 3_600_000;
const decision = (fromStatus: FunnelDecision["fromStatus"], toStatus: FunnelDecision["toStatus"], hours: number | null): FunnelDecision => ({
  fromStatus,
  toStatus,
  millisecondsInStage: hours === null ? null : hours * HOUR,
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones, and null for nothing", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("summarizeVettingFunnel", () => {
  it("computes entries, pass rates, median time in stage and the approval rate", () => {
    const funnel = summarizeVettingFunnel({
      submittedCount: 10,
      decisions: [
        decision("APPLIED", "SCREENING", 10),
        decision("APPLIED", "SCREENING", 30),
        decision("APPLIED", "SCREENING", null),
        decision("APPLIED", "REJECTED", 20),
        decision("SCREENING", "INTERVIEW", 48),
        decision("SCREENING", "REJECTED", 24),
        decision("INTERVIEW", "APPROVED", 72),
        // A suspension is no vetting decision and changes nothing here.
        decision("APPROVED", "SUSPENDED", 1_000),
      ],
    });

    expect(funnel.stages).toEqual([
      { stage: "APPLIED", enteredCount: 10, decidedCount: 4, advancedCount: 3, passRate: 0.75, medianMillisecondsInStage: 20 * HOUR },
      { stage: "SCREENING", enteredCount: 3, decidedCount: 2, advancedCount: 1, passRate: 0.5, medianMillisecondsInStage: 36 * HOUR },
      { stage: "INTERVIEW", enteredCount: 1, decidedCount: 1, advancedCount: 1, passRate: 1, medianMillisecondsInStage: 72 * HOUR },
    ]);
    expect(funnel).toMatchObject({ approvedCount: 1, rejectedCount: 2, approvalRate: 1 / 3 });
  });

  it("has no rates or medians for a period without decisions", () => {
    const funnel = summarizeVettingFunnel({ submittedCount: 2, decisions: [] });

    expect(funnel.stages.map((stage) => [stage.enteredCount, stage.passRate, stage.medianMillisecondsInStage])).toEqual([
      [2, null, null],
      [0, null, null],
      [0, null, null],
    ]);
    expect(funnel).toMatchObject({ approvedCount: 0, rejectedCount: 0, approvalRate: null });
  });
});
