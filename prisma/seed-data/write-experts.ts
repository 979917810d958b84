import { db } from "@/lib/db";
import { seededPublicProfileSlug } from "@/lib/hire-pages/public-profile-path";
import type { SeedExpert } from "./seed-experts";

// Profiles, skills and vetting history of the seeded experts: one batched insert per table, each
// skipping rows already there, so a second run changes nothing.

export type ExpertRowCounts = { profiles: number; expertSkills: number; decisions: number };

export async function writeExperts(
  experts: readonly SeedExpert[],
  userIds: ReadonlyMap<string, string>,
  skillIds: ReadonlyMap<string, string>,
  adminId: string,
): Promise<ExpertRowCounts> {
  const userIdOf = (expert: SeedExpert) => requireId(userIds, expert.email, "user");
  const profiles = await db.expertProfile.createMany({
    data: experts.map((expert) => ({
      id: `seed_profile_${expert.key}`,
      userId: userIdOf(expert),
      ...expert.profile,
      publicSlug: expert.profile.publicProfile ? seededPublicProfileSlug(expert.name, expert.key) : null,
    })),
    skipDuplicates: true,
  });
  // A profile may predate the seed under another id: look every one up by its user.
  const existing = await db.expertProfile.findMany({
    where: { userId: { in: experts.map(userIdOf) } },
    select: { id: true, userId: true },
  });
  const profileIdByUser = new Map(existing.map((profile) => [profile.userId, profile.id]));
  const profileIdOf = (expert: SeedExpert) => requireId(profileIdByUser, userIdOf(expert), "expert profile");

  const expertSkills = await db.expertSkill.createMany({
    data: experts.flatMap((expert) =>
      expert.skills.map((skill) => ({
        expertProfileId: profileIdOf(expert),
        skillId: requireId(skillIds, skill.slug, "skill"),
        level: skill.level,
        years: skill.years,
        verifiedAt: skill.verifiedAt,
        verifiedById: skill.verifiedAt ? adminId : null,
      })),
    ),
    skipDuplicates: true,
  });
  const decisions = await db.vettingDecision.createMany({
    data: experts.flatMap((expert) =>
      expert.decisions.map((decision, step) => ({
        id: `seed_vd_${expert.key}_${step + 1}`,
        expertProfileId: profileIdOf(expert),
        adminId,
        ...decision,
      })),
    ),
    skipDuplicates: true,
  });
  return { profiles: profiles.count, expertSkills: expertSkills.count, decisions: decisions.count };
}

export function requireId(ids: ReadonlyMap<string, string>, key: string, kind: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed could not find the ${kind} "${key}"`);
  return id;
}
