import type { VettingStatus } from "@/generated/prisma/enums";
import { NEXT_STAGE, REVIEW_STAGES } from "@/lib/vetting/transitions";
import type { FunnelStage } from "./api-schemas";

export type FunnelDecision = {
  fromStatus: VettingStatus;
  toStatus: VettingStatus;
  /** From entering `fromStatus` to this decision; null when that moment is not known. */
  millisecondsInStage: number | null;
};

type FunnelStatistics = { stages: FunnelStage[]; approvedCount: number; rejectedCount: number; approvalRate: number | null };

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The vetting funnel of one period from its decisions: who entered each review stage (applicants
 * enter APPLIED by submitting), the share of decisions at each stage that advanced, the median time
 * a stage took, and of the period's final decisions the share that approved.
 */
export function summarizeVettingFunnel({ submittedCount, decisions }: { submittedCount: number; decisions: readonly FunnelDecision[] }): FunnelStatistics {
  const stages = REVIEW_STAGES.map((stage) => {
    const decided = decisions.filter(
      (decision) => decision.fromStatus === stage && (decision.toStatus === NEXT_STAGE[stage] || decision.toStatus === "REJECTED"),
    );
    const advancedCount = decided.filter((decision) => decision.toStatus === NEXT_STAGE[stage]).length;
    const durations = decided.flatMap((decision) => (decision.millisecondsInStage === null ? [] : [decision.millisecondsInStage]));
    return {
      stage,
      enteredCount: stage === "APPLIED" ? submittedCount : decisions.filter((decision) => decision.toStatus === stage).length,
      decidedCount: decided.length,
      advancedCount,
      passRate: share(advancedCount, decided.length),
      medianMillisecondsInStage: median(durations),
    };
  });
  const approvedCount = decisions.filter((decision) => decision.fromStatus === "INTERVIEW" && decision.toStatus === "APPROVED").length;
  const rejectedCount = decisions.filter((decision) => decision.toStatus === "REJECTED").length;
  return { stages, approvedCount, rejectedCount, approvalRate: share(approvedCount, approvedCount + rejectedCount) };
}
