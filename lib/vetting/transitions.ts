import type { VettingStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// The vetting pipeline. Admins move an applicant forward a stage at a time or reject them; approved
// experts can be suspended and reinstated; a rejected applicant re-applies after the cool-off. Code
// applies a change with the expected current status in the `where`, so two admins cannot both decide.

export const VETTING_TRANSITIONS: Record<VettingStatus, readonly VettingStatus[]> = {
  APPLIED: ["SCREENING", "REJECTED"],
  SCREENING: ["INTERVIEW", "REJECTED"],
  INTERVIEW: ["APPROVED", "REJECTED"],
  APPROVED: ["SUSPENDED"],
  SUSPENDED: ["APPROVED"],
  REJECTED: ["APPLIED"],
};

/** The stage an advance leads to. */
export const NEXT_STAGE: Partial<Record<VettingStatus, VettingStatus>> = { APPLIED: "SCREENING", SCREENING: "INTERVIEW", INTERVIEW: "APPROVED" };

/** The stages with a queue of applicants waiting for an admin. */
export const REVIEW_STAGES = ["APPLIED", "SCREENING", "INTERVIEW"] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** What an admin scores at each stage, 1 to 5. */
export const STAGE_CRITERIA: Record<ReviewStage, readonly { key: string; label: string }[]> = {
  APPLIED: [
    { key: "profile", label: "Profile and track record" },
    { key: "skillFit", label: "Skills we need" },
    { key: "communication", label: "Written communication" },
  ],
  SCREENING: [
    { key: "technicalDepth", label: "Technical depth" },
    { key: "problemSolving", label: "Problem solving" },
    { key: "communication", label: "Communication" },
  ],
  INTERVIEW: [
    { key: "technicalDepth", label: "Technical depth" },
    { key: "problemSolving", label: "Problem solving" },
    { key: "communication", label: "Communication" },
    { key: "professionalism", label: "Professionalism" },
  ],
};

export const REAPPLY_COOL_OFF_DAYS = 90;

export const canChangeVetting = (from: VettingStatus, to: VettingStatus) => VETTING_TRANSITIONS[from].includes(to);

export function assertVettingTransition(from: VettingStatus, to: VettingStatus) {
  if (!canChangeVetting(from, to)) {
    throw new AppError("CONFLICT", `This applicant is ${from.toLowerCase()}, so they cannot move to ${to.toLowerCase()}. Reload to see the latest decision.`);
  }
}
