import type { VettingStatus } from "@/generated/prisma/enums";

// What the vetting history says to a client: the stages passed in the expert's latest round (a
// re-applicant's earlier, rejected round does not count), each with its date. The admins' scores and
// notes stay in the admin console.

const PASSED_STAGE: Partial<Record<VettingStatus, { to: VettingStatus; name: string }>> = {
  APPLIED: { to: "SCREENING", name: "Application review" },
  SCREENING: { to: "INTERVIEW", name: "Screening" },
  INTERVIEW: { to: "APPROVED", name: "Technical interview" },
};

export type VettingSummary = { stagesPassed: { name: string; passedAt: Date }[]; approvedAt: Date | null };

export function summarizeVetting(
  decisions: readonly { fromStatus: VettingStatus; toStatus: VettingStatus; createdAt: Date }[],
  approvedAt: Date | null,
): VettingSummary {
  const ordered = [...decisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastRejection = ordered.findLastIndex((decision) => decision.toStatus === "REJECTED");
  const stagesPassed = ordered.slice(lastRejection + 1).flatMap((decision) => {
    const stage = PASSED_STAGE[decision.fromStatus];
    return stage && stage.to === decision.toStatus ? [{ name: stage.name, passedAt: decision.createdAt }] : [];
  });
  return { stagesPassed, approvedAt };
}
