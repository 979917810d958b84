import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { seedDemoConversation } from "./seed-data/demo-conversation";
import { seedDemoAdminTwoFactor } from "./seed-data/demo-two-factor";
import { buildSeedPeople, type SeedCompany, type SeedUser } from "./seed-data/people";
import type { SeedExpert } from "./seed-data/seed-experts";
import { SKILLS } from "./seed-data/skills";
import { type ExpertRowCounts, requireId, writeExperts } from "./seed-data/write-experts";

// The skill taxonomy and demo people, written by `npm run db:seed` (scripts/db-seed.ts). Idempotent: rows
// are found by their unique keys and only missing ones are inserted, so it runs on every `npm run dev`
// without touching what is there.

export type SeedResult = ExpertRowCounts & {
  demoConversations: number;
  demoTwoFactor: number;
  skills: number;
  skillsUpdated: number;
  synonyms: number;
  users: number;
  companies: number;
  companyMembers: number;
};

async function seedSkills() {
  const created = await db.skill.createMany({
    data: SKILLS.map(({ slug, name, category }) => ({ id: `seed_skill_${slug}`, slug, name, category })),
    skipDuplicates: true,
  });
  const stored = await db.skill.findMany({
    where: { slug: { in: SKILLS.map((skill) => skill.slug) } },
    select: { id: true, slug: true, name: true, category: true },
  });
  const storedBySlug = new Map(stored.map((skill) => [skill.slug, skill]));
  // The taxonomy lives in code: a renamed or re-categorised skill is brought up to date.
  const outdated = SKILLS.filter((skill) => {
    const row = storedBySlug.get(skill.slug);
    return row && (row.name !== skill.name || row.category !== skill.category);
  });
  for (const skill of outdated) {
    await db.skill.update({ where: { slug: skill.slug }, data: { name: skill.name, category: skill.category }, select: { id: true } });
  }
  const skillIds = new Map(stored.map((skill) => [skill.slug, skill.id]));
  const synonyms = await db.skillSynonym.createMany({
    data: SKILLS.flatMap((skill) => skill.synonyms.map((alias) => ({ skillId: requireId(skillIds, skill.slug, "skill"), alias }))),
    skipDuplicates: true,
  });
  return { skillIds, skills: created.count, skillsUpdated: outdated.length, synonyms: synonyms.count };
}

async function seedUsers(users: readonly SeedUser[], experts: readonly SeedExpert[]) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created = await db.user.createMany({
    data: [
      ...users.map(({ key, email, name, role, createdAt }) => ({
        id: `seed_user_${key}`,
        email,
        name,
        role,
        createdAt,
        passwordHash,
        emailVerifiedAt: createdAt,
      })),
      ...experts.map(({ key, email, name, createdAt, suspendedAt, suspensionReason }) => ({
        id: `seed_user_${key}`,
        email,
        name,
        role: "EXPERT" as const,
        createdAt,
        suspendedAt,
        suspensionReason,
        passwordHash,
        // Demo accounts are ready to hire, fund and be paid.
        emailVerifiedAt: createdAt,
      })),
    ],
    skipDuplicates: true,
  });
  const emails = [...users.map((user) => user.email), ...experts.map((expert) => expert.email)];
  const stored = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return { userIds: new Map(stored.map((user) => [user.email, user.id])), users: created.count };
}

async function seedCompanies(companies: readonly SeedCompany[], userIds: ReadonlyMap<string, string>) {
  const created = await db.company.createMany({
    data: companies.map(({ id, name, website, createdAt }) => ({ id, name, website, createdAt })),
    skipDuplicates: true,
  });
  const members = await db.companyMember.createMany({
    data: companies.flatMap((company) =>
      company.members.map(({ email, role }) => ({ companyId: company.id, userId: requireId(userIds, email, "user"), role, createdAt: company.createdAt })),
    ),
    skipDuplicates: true,
  });
  return { companies: created.count, companyMembers: members.count };
}

export async function seedDatabase(): Promise<SeedResult> {
  const people = buildSeedPeople();
  const { skillIds, ...skillCounts } = await seedSkills();
  const { userIds, users } = await seedUsers([people.admin, ...people.clients], people.experts);
  const companyCounts = await seedCompanies(people.companies, userIds);
  const expertCounts = await writeExperts(people.experts, userIds, skillIds, requireId(userIds, people.admin.email, "user"));
  const demoCounts = await seedDemoConversation();
  const twoFactorCounts = await seedDemoAdminTwoFactor();
  return { ...skillCounts, users, ...companyCounts, ...expertCounts, ...demoCounts, ...twoFactorCounts };
}
