import type { VettingStatus } from "@/generated/prisma/enums";
import type { Random } from "./random";

// The admin decisions that take an application to its current stage, spaced out like real reviews.

export type SeedDecision = {
  fromStatus: VettingStatus;
  toStatus: VettingStatus;
  scores: Record<string, number>;
  notes: string;
  reason: string | null;
  createdAt: Date;
};

export type VettingStage = "APPLIED" | "SCREENING" | "INTERVIEW" | "APPROVED" | "REJECTED" | "SUSPENDED";
export type RejectionPoint = "APPLIED" | "SCREENING" | "INTERVIEW";

export type VettingHistory = {
  decisions: SeedDecision[];
  approvedAt: Date | null;
  rejectedAt: Date | null;
  reapplyAfter: Date | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
};

const DAY_MS = 86_400_000;
export const REAPPLY_COOL_OFF_DAYS = 90;

const REJECTION_REASONS: Record<RejectionPoint, readonly string[]> = {
  APPLIED: ["Application incomplete: no verifiable work samples or references.", "Claimed experience could not be verified from the links provided."],
  SCREENING: ["Experience does not yet match the seniority claimed.", "Communication during screening was below what clients expect."],
  INTERVIEW: ["Technical interview: struggled with system design fundamentals.", "Take-home exercise had significant correctness and testing gaps."],
};

const SUSPENSION_REASONS = ["Repeated no-shows with clients after accepting invitations.", "Asked a client to move payment off the platform."];

const score = (random: Random, min: number, max: number) => random.int(min, max);

export function buildVettingHistory(
  random: Random,
  stage: VettingStage,
  submittedAt: Date,
  mainSkill: string,
  rejectionPoint: RejectionPoint = "SCREENING",
): VettingHistory {
  const decisions: SeedDecision[] = [];
  let at = submittedAt.getTime();
  const decide = (
    fromStatus: VettingStatus,
    toStatus: VettingStatus,
    minDays: number,
    maxDays: number,
    rest: Omit<SeedDecision, "fromStatus" | "toStatus" | "createdAt">,
  ) => {
    at += random.int(minDays * 24, maxDays * 24) * 3_600_000;
    decisions.push({ fromStatus, toStatus, createdAt: new Date(at), ...rest });
    return new Date(at);
  };
  const history: VettingHistory = { decisions, approvedAt: null, rejectedAt: null, reapplyAfter: null, suspendedAt: null, suspensionReason: null };
  const reject = (fromStatus: RejectionPoint) => {
    const reason = random.pick(REJECTION_REASONS[fromStatus]);
    const scores: Record<string, number> = fromStatus === "APPLIED" ? {} : { communication: score(random, 2, 4), technicalDepth: score(random, 1, 3) };
    history.rejectedAt = decide(fromStatus, "REJECTED", 1, 3, { scores, notes: `Not a fit for now. ${reason}`, reason });
    history.reapplyAfter = new Date(history.rejectedAt.getTime() + REAPPLY_COOL_OFF_DAYS * DAY_MS);
    return history;
  };

  if (stage === "APPLIED") return history;
  if (stage === "REJECTED" && rejectionPoint === "APPLIED") return reject("APPLIED");
  decide("APPLIED", "SCREENING", 1, 4, {
    scores: { profileQuality: score(random, 3, 5), experience: score(random, 3, 5) },
    notes: `Application complete; ${mainSkill} work history looks relevant. Booking a screening call.`,
    reason: null,
  });
  if (stage === "SCREENING") return history;
  if (stage === "REJECTED" && rejectionPoint === "SCREENING") return reject("SCREENING");
  decide("SCREENING", "INTERVIEW", 2, 6, {
    scores: { communication: score(random, 3, 5), experience: score(random, 3, 5) },
    notes: `Screening call went well: clear communicator with recent ${mainSkill} projects. Scheduling the technical interview.`,
    reason: null,
  });
  if (stage === "INTERVIEW") return history;
  if (stage === "REJECTED") return reject("INTERVIEW");
  history.approvedAt = decide("INTERVIEW", "APPROVED", 2, 8, {
    scores: { communication: score(random, 4, 5), technicalDepth: score(random, 3, 5), problemSolving: score(random, 3, 5), ownership: score(random, 4, 5) },
    notes: `Technical interview passed: strong ${mainSkill}, reasons well about trade-offs. Core skills verified.`,
    reason: null,
  });
  if (stage === "APPROVED") return history;
  const suspensionReason = random.pick(SUSPENSION_REASONS);
  history.suspendedAt = decide("APPROVED", "SUSPENDED", 60, 240, {
    scores: {},
    notes: "Suspended after a client complaint was confirmed.",
    reason: suspensionReason,
  });
  history.suspensionReason = suspensionReason;
  return history;
}
