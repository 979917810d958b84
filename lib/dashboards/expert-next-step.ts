import type { VettingStatus } from "@/generated/prisma/enums";
import { now as clockNow } from "@/lib/clock";
import { formatDate } from "@/lib/format";

type NextStepInput = { vettingStatus: VettingStatus; submittedAt: Date | null; reapplyAfter: Date | null };

/** What an expert should do next, in words, for where their application stands. */
export function describeNextStep({ vettingStatus, submittedAt, reapplyAfter }: NextStepInput, now = clockNow()): string {
  switch (vettingStatus) {
    case "APPLIED":
      return submittedAt
        ? "Your application is in the queue for screening. We'll email you when a reviewer picks it up."
        : "Complete and submit your application: headline, skills, hourly rate, weekly availability and timezone.";
    case "SCREENING":
      return "A reviewer is checking your skills, experience and links. We'll email you the outcome, usually within a few days.";
    case "INTERVIEW":
      return "Attend your technical interview. Your skills are verified there, and you hear back shortly after.";
    case "APPROVED":
      return "You're matched when a client's request fits your skills, rate and availability. Keep your availability current so invitations reach you.";
    case "REJECTED":
      if (!reapplyAfter) return "You may re-apply later.";
      return reapplyAfter <= now ? "You may re-apply now." : `You may re-apply on ${formatDate(reapplyAfter)}.`;
    case "SUSPENDED":
      return "Your profile is suspended, so you won't receive invitations. Contact support to find out more.";
  }
}
