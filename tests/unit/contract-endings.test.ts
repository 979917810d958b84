import { describe, expect, it } from "vitest";
import { trialPayoutCents } from "@/lib/contract-endings/ending-config";
import { answerEndRefundSchema, endContractSchema } from "@/lib/contract-endings/schemas";
import { isContractOpenForWork, isInTrial, trialEndsAtFor } from "@/lib/contracts/open-for-work";
import { canChangeRequest } from "@/lib/matching/transitions";
import { milestoneActions } from "@/lib/milestones/milestone-actions";
import { canChangeMilestone } from "@/lib/milestones/transitions";

const DAY_MS = 86_400_000;

describe("the trial", () => {
  it("runs TRIAL_DAYS from acceptance; ending at its last moment is outside it", () => {
    const acceptedAt = new Date("2026-12-07T10:00:00Z");
    const trialEndsAt = trialEndsAtFor(acceptedAt, 7);
    expect(trialEndsAt.toISOString()).toBe("2026-12-14T10:00:00.000Z");
    expect(isInTrial({ trialEndsAt }, new Date(trialEndsAt.getTime() - 1))).toBe(true);
    expect(isInTrial({ trialEndsAt }, trialEndsAt)).toBe(false);
    expect(isInTrial({ trialEndsAt: null }, acceptedAt)).toBe(false);
    expect(trialEndsAtFor(acceptedAt, 0)).toEqual(acceptedAt);
  });

  it("pays submitted work up to the cap, never more than was submitted, never negative", () => {
    expect(trialPayoutCents(60_000, 50_000)).toBe(50_000);
    expect(trialPayoutCents(20_000, 50_000)).toBe(20_000);
    expect(trialPayoutCents(0, 50_000)).toBe(0);
    expect(trialPayoutCents(20_000, 0)).toBe(0);
  });
});

describe("an ended contract takes no new work", () => {
  it("is open for work while active or frozen by a dispute, and not once ended or settled", () => {
    expect(isContractOpenForWork({ status: "ACTIVE", endedAt: null })).toBe(true);
    expect(isContractOpenForWork({ status: "DISPUTED", endedAt: null })).toBe(true);
    expect(isContractOpenForWork({ status: "ACTIVE", endedAt: new Date(Date.now() - DAY_MS) })).toBe(false);
    for (const status of ["PROPOSED", "COMPLETED", "CANCELLED"] as const) expect(isContractOpenForWork({ status, endedAt: null })).toBe(false);
  });

  it("offers no funding, submission, change request or cancel on an ended contract; approve and dispute stay", () => {
    const state = { contractStatus: "ACTIVE", isExpertPayable: true, isContractEnded: true } as const;
    expect(milestoneActions({ ...state, viewerRole: "CLIENT", milestoneStatus: "PENDING" })).toMatchObject({ fund: false, cancel: false });
    expect(milestoneActions({ ...state, viewerRole: "CLIENT", milestoneStatus: "SUBMITTED" })).toMatchObject({
      approve: true,
      requestChanges: false,
      dispute: true,
    });
    expect(milestoneActions({ ...state, viewerRole: "EXPERT", milestoneStatus: "FUNDED" })).toMatchObject({ submit: false, dispute: true });
    expect(milestoneActions({ ...state, isContractEnded: false, viewerRole: "EXPERT", milestoneStatus: "FUNDED" }).submit).toBe(true);
  });

  it("lets a trial end refund submitted work, and a hired request re-enter matching for a replacement", () => {
    expect(canChangeMilestone("SUBMITTED", "REFUNDED")).toBe(true);
    expect(canChangeRequest("HIRED", "MATCHING")).toBe(true);
    expect(canChangeRequest("CLOSED", "MATCHING")).toBe(false);
  });
});

describe("the ending inputs", () => {
  it("needs a reason from the list, and a note for another reason", () => {
    expect(endContractSchema.safeParse({ reason: "NOT_A_FIT" })).toMatchObject({ success: true, data: { reason: "NOT_A_FIT", note: "" } });
    const unknown = endContractSchema.safeParse({ reason: "BORED" });
    expect(unknown.error?.issues[0]).toMatchObject({ path: ["reason"], message: "Choose why you are ending the contract." });
    const other = endContractSchema.safeParse({ reason: "OTHER", note: "  meh " });
    expect(other.error?.issues[0]).toMatchObject({ path: ["note"], message: "Say in at least 10 characters why you are ending the contract." });
    expect(endContractSchema.safeParse({ reason: "WORK_DONE", note: "x".repeat(2_001) }).success).toBe(false);
  });

  it("needs a reason of 20 characters to dispute a refund, none to agree", () => {
    expect(answerEndRefundSchema.safeParse({ decision: "AGREE" }).success).toBe(true);
    expect(answerEndRefundSchema.safeParse({ decision: "DISPUTE", reason: "too short" }).error?.issues[0].path).toEqual(["reason"]);
    expect(answerEndRefundSchema.safeParse({ decision: "DISPUTE", reason: "I delivered this in the chat last week." }).success).toBe(true);
    expect(answerEndRefundSchema.safeParse({ decision: "MAYBE" }).success).toBe(false);
  });
});
