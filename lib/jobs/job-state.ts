import type { JobStatus } from "@/generated/prisma/enums";

// What a job is doing, in the words the admin console counts it by. A QUEUED job is running while a
// worker's lease on it lasts (an expired lease means its worker stopped: it is due again), due once
// its time has come, and scheduled before that.

export const JOB_STATES = ["scheduled", "due", "running", "failed", "completed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export function jobStateOf(job: { status: JobStatus; runAt: Date; lockedUntil: Date | null }, now: Date): JobState {
  if (job.status === "FAILED") return "failed";
  if (job.status === "COMPLETED") return "completed";
  if (job.lockedUntil && job.lockedUntil >= now) return "running";
  return job.runAt <= now ? "due" : "scheduled";
}
