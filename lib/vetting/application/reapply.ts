import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertVettingTransition } from "@/lib/vetting/transitions";
import { assertExpert } from "./access";
import { claimProfile } from "./claim-profile";
import { loadApplication } from "./load-application";

/**
 * REJECTED → APPLIED once the cool-off has passed: the profile, skills and answers are kept as a new
 * draft for the applicant to improve and submit again. Before then, a 409 that names the date.
 */
export async function reapply({ user, now }: { user: SessionUser; now: Date }) {
  assertExpert(user);
  assertVettingTransition("REJECTED", "APPLIED");
  return db.$transaction(async (tx) => {
    const profile = await claimProfile(tx, { user, action: "reapply", now });
    await tx.expertProfile.update({ where: { id: profile.id }, data: { vettingStatus: "APPLIED", submittedAt: null } });
    // Kept in the vetting history beside the admins' decisions, so a reviewer sees this is a second application.
    await tx.vettingDecision.create({
      data: {
        expertProfileId: profile.id,
        fromStatus: "REJECTED",
        toStatus: "APPLIED",
        notes: "The applicant started a new application after the cool-off.",
        createdAt: now,
      },
    });
    await recordAudit(tx, { actorId: user.id, action: "application.reapplied", targetType: "ExpertProfile", targetId: profile.id });
    return loadApplication(tx, user, now);
  });
}
