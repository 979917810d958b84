import type { Transaction } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import type { SkillLevel } from "./steps";

type SkillClaim = { skillId: string; level: SkillLevel; years: number };

/** Whether an admin's verification of a skill still stands after the expert changed its level or years. */
type KeepsVerification = (before: SkillClaim, after: SkillClaim) => boolean;

/** Each skill once, and only skills from the taxonomy; problems are reported under `field` (e.g. "values.skills"). */
export async function assertSkillsUsable(skills: readonly SkillClaim[], field: string) {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  skills.forEach((skill, index) => {
    if (seen.has(skill.skillId)) fields[`${field}.${index}.skillId`] = ["This skill is listed twice. Remove one of them."];
    seen.add(skill.skillId);
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "A skill is listed twice; see the fields to fix.", { fields });
  await assertSkillsExist({ [field]: skills.map((skill) => skill.skillId) });
}

/** Makes `skills` the expert's whole skill set: others are removed, new ones start unverified. */
export async function replaceExpertSkills(
  tx: Transaction,
  { expertProfileId, skills, keepsVerification }: { expertProfileId: string; skills: readonly SkillClaim[]; keepsVerification: KeepsVerification },
) {
  const stored = await tx.expertSkill.findMany({ where: { expertProfileId }, select: { skillId: true, level: true, years: true } });
  const storedById = new Map(stored.map((skill) => [skill.skillId, skill]));
  await tx.expertSkill.deleteMany({ where: { expertProfileId, skillId: { notIn: skills.map((skill) => skill.skillId) } } });
  const added = skills.filter((skill) => !storedById.has(skill.skillId));
  if (added.length) await tx.expertSkill.createMany({ data: added.map(({ skillId, level, years }) => ({ expertProfileId, skillId, level, years })) });
  for (const skill of skills) {
    const before = storedById.get(skill.skillId);
    if (!before || (before.level === skill.level && before.years === skill.years)) continue;
    await tx.expertSkill.update({
      where: { expertProfileId_skillId: { expertProfileId, skillId: skill.skillId } },
      data: { level: skill.level, years: skill.years, ...(!keepsVerification(before, skill) && { verifiedAt: null, verifiedById: null }) },
    });
  }
}
