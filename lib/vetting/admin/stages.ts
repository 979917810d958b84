import { Prisma } from "@/generated/prisma/client";
import type { VettingStatus } from "@/generated/prisma/enums";
import { REVIEW_STAGES, type ReviewStage } from "@/lib/vetting/transitions";

export const isReviewStage = (status: VettingStatus): status is ReviewStage => (REVIEW_STAGES as readonly VettingStatus[]).includes(status);

/** "This applicant is now …" */
export const STATUS_PHRASE: Record<VettingStatus, string> = {
  APPLIED: "waiting for a first review",
  SCREENING: "in screening",
  INTERVIEW: "at the interview stage",
  APPROVED: "approved",
  REJECTED: "rejected",
  SUSPENDED: "suspended",
};

/** The stages in which an admin may verify or unverify a single skill. */
export const SKILL_VERIFICATION_STAGES: readonly VettingStatus[] = ["INTERVIEW", "APPROVED"];

// When an applicant entered their current stage: on submitting, for APPLIED (a re-applicant's last
// decision is their old rejection); otherwise at the latest decision. One rule, in SQL and in code.

export function enteredStageAt(status: VettingStatus, submittedAt: Date | null, latestDecisionAt: Date | null): Date | null {
  return status === "APPLIED" ? submittedAt : (latestDecisionAt ?? submittedAt);
}

/** The same rule for a query over `expert_profiles ep`. */
export const ENTERED_STAGE_AT_SQL = Prisma.sql`CASE WHEN ep."vettingStatus" = 'APPLIED' THEN ep."submittedAt"
  ELSE coalesce((SELECT max(d."createdAt") FROM vetting_decisions d WHERE d."expertProfileId" = ep.id), ep."submittedAt") END`;

/** An approval needs an interview completed in this round: a re-applicant's old interview does not count. */
export const hasCompletedInterviewSince = (interviews: readonly { completedAt: Date | null }[], enteredAt: Date | null) =>
  enteredAt !== null && interviews.some((interview) => interview.completedAt !== null && interview.completedAt >= enteredAt);
