import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError, conflict, type FieldErrors, notFound } from "@/lib/errors";
import type { InterviewResultsInput } from "@/lib/vetting/schemas";
import { assertVettingAdmin, lockApplicantIn } from "./access";

/**
 * Admins only: the outcome of an interview, skill by skill. Each skill passed is marked verified by
 * this admin; that is how skills become verified. Completes the interview, which an approval needs.
 */
export async function recordInterview(options: { user: SessionUser; expertProfileId: string; interviewId: string; input: InterviewResultsInput; now?: Date }) {
  const { user, expertProfileId, interviewId, now = clockNow() } = options;
  const { results } = options.input;
  assertVettingAdmin(user);

  return db.$transaction(async (tx) => {
    await lockApplicantIn(tx, {
      expertProfileId,
      statuses: ["INTERVIEW"],
      now,
      elsewhere: "Interview results are recorded only while the applicant is in the interview stage. Reload to see where they are.",
    });
    const interview = await tx.interview.findFirst({ where: { id: interviewId, expertProfileId }, select: { completedAt: true } });
    if (!interview) throw notFound("Interview");
    if (interview.completedAt) throw conflict("The results of this interview are already recorded. Reload to see them.");

    const skills = await tx.expertSkill.findMany({ where: { expertProfileId }, select: { skillId: true } });
    assertResultsFor(new Set(skills.map((skill) => skill.skillId)), results);

    await tx.interview.update({ where: { id: interviewId }, data: { results, completedAt: now } });
    const verifiedSkillIds = results.filter((result) => result.passed).map((result) => result.skillId);
    await tx.expertSkill.updateMany({
      where: { expertProfileId, skillId: { in: verifiedSkillIds } },
      data: { verifiedAt: now, verifiedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "vetting.interview-recorded",
      targetType: "ExpertProfile",
      targetId: expertProfileId,
      data: { interviewId, results },
    });
    return { interviewId, completedAt: now, verifiedSkillIds };
  });
}

/** One result per skill, and only for skills the applicant listed. */
function assertResultsFor(skillIds: ReadonlySet<string>, results: readonly { skillId: string }[]) {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  results.forEach(({ skillId }, index) => {
    if (!skillIds.has(skillId)) fields[`results.${index}.skillId`] = ["This applicant has not listed this skill."];
    else if (seen.has(skillId)) fields[`results.${index}.skillId`] = ["This skill already has a result above."];
    seen.add(skillId);
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "Record results only for the applicant's own skills, one each.", { fields });
}
