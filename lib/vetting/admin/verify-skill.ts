import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { announceExpertHirePages } from "@/lib/hire-pages/announce-changes";
import { assertVettingAdmin, lockApplicantIn } from "./access";
import type { SkillVerification } from "./schemas";
import { SKILL_VERIFICATION_STAGES } from "./stages";

/** Admins only: verify, or take back the verification of, one skill of an expert at interview or approved. Audited. */
export async function verifySkill(options: { user: SessionUser; expertProfileId: string; skillId: string; input: SkillVerification; now?: Date }) {
  const { user, expertProfileId, skillId, now = clockNow() } = options;
  const { verified } = options.input;
  assertVettingAdmin(user);

  const { userId, ...verification } = await db.$transaction(async (tx) => {
    const { userId } = await lockApplicantIn(tx, {
      expertProfileId,
      statuses: SKILL_VERIFICATION_STAGES,
      now,
      elsewhere: "Skills are verified only for experts at interview or approved.",
    });
    const verifiedAt = verified ? now : null;
    const { count } = await tx.expertSkill.updateMany({
      where: { expertProfileId, skillId },
      data: { verifiedAt, verifiedById: verified ? user.id : null },
    });
    if (count === 0) throw notFound("This skill of the expert");
    await recordAudit(tx, {
      actorId: user.id,
      action: verified ? "vetting.skill-verified" : "vetting.skill-unverified",
      targetType: "ExpertProfile",
      targetId: expertProfileId,
      data: { skillId },
    });
    return { userId, skillId, verifiedAt };
  });
  // Public hiring pages count and show verified skills.
  await announceExpertHirePages(userId);
  return verification;
}
