import type { VettingStatus } from "@/generated/prisma/enums";

// The stages an applicant passes through, in plain words: what happens at each one.

export type Stage = { status: VettingStatus; title: string; description: string };

export const STAGES: readonly Stage[] = [
  { status: "APPLIED", title: "Applied", description: "Your application waits in the queue until a reviewer picks it up, usually within a few working days." },
  { status: "SCREENING", title: "Screening", description: "A reviewer checks your experience, skills and links, and may email you a few questions." },
  { status: "INTERVIEW", title: "Interview", description: "A live technical conversation with one of our engineers. This is where your skills are verified." },
  { status: "APPROVED", title: "Approved", description: "You're in: we invite you to client requests that fit your skills, rate and availability." },
];

/** The stage to highlight: where the application is, or where it stopped when it was not accepted. */
export function currentStageIndex(status: VettingStatus, rejectedAtStage: VettingStatus | null): number {
  const stageOf = status === "REJECTED" ? (rejectedAtStage ?? "APPLIED") : status === "SUSPENDED" ? "APPROVED" : status;
  return Math.max(
    0,
    STAGES.findIndex((stage) => stage.status === stageOf),
  );
}
