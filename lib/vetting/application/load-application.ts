import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";
import { ownProfileWhere } from "./access";
import { checkSteps } from "./steps";
import { applicationSelect, valuesOfProfile } from "./stored-values";

// An interview stays "next" through its own hour, so the meeting link is still there while it runs.
const INTERVIEW_SHOWN_AFTER_START_MS = 2 * 60 * 60 * 1000;

/** The caller's own profile with what the applicant may see. The admins' notes and scores are internal and never selected. */
export function applicationQuery(user: SessionUser, now: Date) {
  return {
    where: ownProfileWhere(user),
    select: {
      ...applicationSelect,
      decisions: { orderBy: { createdAt: "desc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true } },
      interviews: {
        where: { completedAt: null, scheduledAt: { gte: new Date(now.getTime() - INTERVIEW_SHOWN_AFTER_START_MS) } },
        orderBy: { scheduledAt: "asc" },
        take: 1,
        select: { scheduledAt: true, meetingUrl: true },
      },
    },
  } as const;
}

type ApplicationRow = Awaited<ReturnType<typeof loadRow>>;
const loadRow = (tx: Transaction, user: SessionUser, now: Date) => tx.expertProfile.findUnique(applicationQuery(user, now));

export type Application = ReturnType<typeof toApplication>;

/** The application as the expert sees it: every step's values, which steps are complete, and their vetting history. */
export function toApplication(profile: ApplicationRow, now: Date) {
  if (!profile) throw notFound("Your expert profile");
  const { vettingStatus: status, submittedAt, reapplyAfter, decisions, interviews } = profile;
  const steps = valuesOfProfile(profile);
  const { complete, missing } = checkSteps(steps);
  const isRejected = status === "REJECTED";
  const rejection = isRejected ? decisions.find((decision) => decision.toStatus === "REJECTED") : undefined;
  return {
    id: profile.id,
    status,
    isEditable: status === "APPLIED" && submittedAt === null,
    submittedAt,
    approvedAt: profile.approvedAt,
    rejectedAt: profile.rejectedAt,
    rejectedAtStage: rejection?.fromStatus ?? null,
    rejectionReason: rejection?.reason ?? null,
    // A rejection without a recorded cool-off may start again at once.
    canReapplyAt: isRejected ? reapplyAfter : null,
    canReapply: isRejected && (reapplyAfter === null || reapplyAfter <= now),
    steps,
    publicProfile: profile.publicProfile,
    // Only while the profile is public and can be shown (approved): the address then answers.
    publicProfilePath: profile.publicProfile && profile.publicSlug && status === "APPROVED" ? publicProfilePathOf(profile.publicSlug) : null,
    country: profile.country?.trim() ?? null,
    completeSteps: complete,
    missingSteps: missing,
    nextInterview: interviews[0] ?? null,
    history: decisions.map((decision) => ({ ...decision, reason: decision.toStatus === "REJECTED" ? decision.reason : null })),
  };
}

/** The application read inside a transaction, after the caller's own changes. */
export async function loadApplication(tx: Transaction, user: SessionUser, now: Date) {
  return toApplication(await loadRow(tx, user, now), now);
}
