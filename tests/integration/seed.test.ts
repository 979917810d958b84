import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { type SeedResult, seedDatabase } from "@/prisma/seed";
import { buildSeedPeople } from "@/prisma/seed-data/people";
import { SKILLS } from "@/prisma/seed-data/skills";
import { timezoneOf } from "@/prisma/seed-data/timezones";
import { seedScale } from "@/scripts/seed-scale";
import { totpCode as codeFor } from "../fixtures/two-factor";

// Other test files share this database, so counts are taken over the rows the seed owns.

const people = buildSeedPeople();
const seededEmails = [people.admin, ...people.clients, ...people.experts].map((person) => person.email);
const seededProfile = { user: { email: { in: seededEmails } } };

async function countSeededRows() {
  return {
    skills: await db.skill.count({ where: { slug: { in: SKILLS.map((skill) => skill.slug) } } }),
    synonyms: await db.skillSynonym.count({ where: { alias: { in: SKILLS.flatMap((skill) => skill.synonyms) } } }),
    users: await db.user.count({ where: { email: { in: seededEmails } } }),
    companies: await db.company.count({ where: { id: { startsWith: "seed_company_" } } }),
    companyMembers: await db.companyMember.count({ where: { companyId: { startsWith: "seed_company_" } } }),
    profiles: await db.expertProfile.count({ where: seededProfile }),
    expertSkills: await db.expertSkill.count({ where: { expertProfile: seededProfile } }),
    decisions: await db.vettingDecision.count({ where: { expertProfile: seededProfile } }),
  };
}

describe("seedDatabase", () => {
  let countsAfterFirstRun: Awaited<ReturnType<typeof countSeededRows>>;
  let secondRun: SeedResult;

  beforeAll(async () => {
    await seedDatabase();
    countsAfterFirstRun = await countSeededRows();
    secondRun = await seedDatabase();
  });

  it("builds the same people every time", () => {
    expect(buildSeedPeople()).toEqual(people);
  });

  it("is idempotent: a second run inserts nothing and leaves the same rows", async () => {
    expect(Object.values(secondRun).every((count) => count === 0)).toBe(true);
    expect(await countSeededRows()).toEqual(countsAfterFirstRun);
    expect(countsAfterFirstRun.users).toBe(seededEmails.length);
  });

  it("stores at least 150 skills with synonyms, each alias unique and lower-cased", async () => {
    const aliases = SKILLS.flatMap((skill) => skill.synonyms);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(aliases.every((alias) => alias === alias.toLowerCase())).toBe(true);
    const slugsAndNames = new Set(SKILLS.flatMap((skill) => [skill.slug, skill.name.toLowerCase()]));
    expect(aliases.filter((alias) => slugsAndNames.has(alias))).toEqual([]);
    const skillsWithSynonyms = await db.skill.count({ where: { slug: { in: SKILLS.map((skill) => skill.slug) }, synonyms: { some: {} } } });
    expect(skillsWithSynonyms).toBeGreaterThanOrEqual(150);
    const kubernetes = await db.skill.findUniqueOrThrow({ where: { slug: "kubernetes" }, select: { synonyms: { select: { alias: true } } } });
    expect(kubernetes.synonyms.map((synonym) => synonym.alias).sort()).toEqual(["k8s", "kube"]);
  });

  it("creates exactly one admin", async () => {
    const admins = await db.user.findMany({ where: { email: { in: seededEmails }, role: "ADMIN" }, select: { email: true } });
    expect(admins).toEqual([{ email: "admin@vetted.test" }]);
  });

  it("makes the demo client the owner of Acme Robotics, and gives Northwind Health two members", async () => {
    const membership = await db.companyMember.findFirstOrThrow({
      where: { user: { email: "client@acme.test" } },
      select: { role: true, company: { select: { name: true, _count: { select: { members: true } } } } },
    });
    expect(membership).toEqual({ role: "OWNER", company: { name: "Acme Robotics", _count: { members: 3 } } });
    expect(await db.companyMember.count({ where: { company: { name: "Northwind Health" } } })).toBe(2);
  });

  it("approves at least 190 experts, each with skills, a rate and a consistent rating", async () => {
    const approved = await db.expertProfile.findMany({
      where: { ...seededProfile, vettingStatus: "APPROVED" },
      select: { hourlyRateCents: true, timezone: true, ratingCount: true, ratingSum: true, approvedAt: true, _count: { select: { skills: true } } },
    });
    expect(approved.length).toBeGreaterThanOrEqual(190);
    for (const expert of approved) {
      expect(expert._count.skills).toBeGreaterThanOrEqual(3);
      expect(expert.hourlyRateCents).toBeGreaterThanOrEqual(4000);
      expect(expert.hourlyRateCents).toBeLessThanOrEqual(25000);
      expect(expert.timezone).toBeTruthy();
      expect(expert.approvedAt).not.toBeNull();
      if (expert.ratingCount) expect(expert.ratingSum / expert.ratingCount).toBeGreaterThanOrEqual(3.8);
      expect(expert.ratingSum).toBeLessThanOrEqual(expert.ratingCount * 5);
    }
  });

  it("gives experts a country from their timezone, and has a minority of approved ones shown by name", async () => {
    const profiles = await db.expertProfile.findMany({
      where: seededProfile,
      select: { timezone: true, country: true, publicProfile: true, vettingStatus: true },
    });
    for (const profile of profiles) expect(profile.country).toBe(timezoneOf(profile.timezone ?? "").country);
    const approved = profiles.filter((profile) => profile.vettingStatus === "APPROVED");
    const named = approved.filter((profile) => profile.publicProfile).length;
    expect(named).toBeGreaterThan(approved.length * 0.1);
    expect(named).toBeLessThan(approved.length * 0.5);
    expect(profiles.some((profile) => profile.publicProfile && profile.vettingStatus !== "APPROVED")).toBe(false);
  });

  it("has applicants in every other vetting stage, with the history that led there", async () => {
    const profiles = await db.expertProfile.findMany({
      where: { ...seededProfile, vettingStatus: { not: "APPROVED" } },
      select: {
        vettingStatus: true,
        rejectedAt: true,
        reapplyAfter: true,
        user: { select: { suspendedAt: true } },
        decisions: { orderBy: { createdAt: "asc" }, select: { toStatus: true, reason: true } },
      },
    });
    for (const stage of ["APPLIED", "SCREENING", "INTERVIEW", "REJECTED", "SUSPENDED"] as const) {
      expect(profiles.filter((profile) => profile.vettingStatus === stage).length, stage).toBeGreaterThanOrEqual(stage === "SUSPENDED" ? 2 : 5);
    }
    for (const profile of profiles) {
      const lastDecision = profile.decisions.at(-1);
      if (profile.vettingStatus === "APPLIED") expect(profile.decisions).toEqual([]);
      else expect(lastDecision?.toStatus).toBe(profile.vettingStatus);
      if (profile.vettingStatus === "REJECTED") {
        expect(lastDecision?.reason).toBeTruthy();
        expect(profile.reapplyAfter!.getTime() - profile.rejectedAt!.getTime()).toBe(90 * 86_400_000);
      }
      if (profile.vettingStatus === "SUSPENDED") expect(profile.user.suspendedAt).not.toBeNull();
    }
  });

  it("ends every approved expert's history APPLIED → SCREENING → INTERVIEW → APPROVED", async () => {
    const approved = await db.expertProfile.findMany({
      where: { ...seededProfile, vettingStatus: "APPROVED" },
      select: { decisions: { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, adminId: true } } },
    });
    for (const { decisions } of approved) {
      expect(decisions.map((decision) => `${decision.fromStatus}→${decision.toStatus}`)).toEqual([
        "APPLIED→SCREENING",
        "SCREENING→INTERVIEW",
        "INTERVIEW→APPROVED",
      ]);
      expect(decisions.every((decision) => decision.adminId !== null)).toBe(true);
    }
  });

  it("makes the demo expert an approved senior Python expert with verified core skills", async () => {
    const profile = await db.expertProfile.findFirstOrThrow({
      where: { user: { email: "expert@vetted.test" } },
      select: { vettingStatus: true, skills: { where: { verifiedAt: { not: null } }, select: { skill: { select: { slug: true } } } } },
    });
    expect(profile.vettingStatus).toBe("APPROVED");
    expect(profile.skills.map((skill) => skill.skill.slug)).toEqual(expect.arrayContaining(["python", "fastapi", "django", "postgresql"]));
  });

  it("lets every demo account sign in with the demo password", async () => {
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      // The demo admin has two-factor authentication, with the published secret.
      const totpCode = account.role === "ADMIN" ? codeFor(DEMO_ADMIN_TOTP_SECRET) : undefined;
      const user = await authenticate({ email: account.email, password: DEMO_PASSWORD, totpCode }, `10.77.0.${index + 1}`);
      expect(user).toMatchObject({ email: account.email, role: account.role, name: account.name });
    }
  });
});

describe("seedScale", () => {
  const isScaleExpert = { email: { endsWith: "@scale.vetted.test" } };

  beforeAll(() => seedDatabase());
  afterAll(() => db.user.deleteMany({ where: isScaleExpert }));

  it("inserts approved experts with 3–8 skills, and nothing more on a second call", async () => {
    const databaseUrl = process.env.DATABASE_URL!;
    const first = await seedScale(databaseUrl, { experts: 2000, batchSize: 700 });
    expect(first).toMatchObject({ users: 2000, profiles: 2000 });
    expect(first.expertSkills).toBeGreaterThanOrEqual(6000);

    const profiles = await db.expertProfile.findMany({
      where: { user: isScaleExpert },
      select: { vettingStatus: true, hourlyRateCents: true, country: true, _count: { select: { skills: true } } },
    });
    expect(profiles).toHaveLength(2000);
    expect(profiles.every((profile) => profile.country?.length === 2)).toBe(true);
    expect(profiles.every((profile) => profile.vettingStatus === "APPROVED" && profile.hourlyRateCents !== null)).toBe(true);
    expect(profiles.every((profile) => profile._count.skills >= 3 && profile._count.skills <= 8)).toBe(true);
    expect(await db.expertSkill.count({ where: { expertProfile: { user: isScaleExpert } } })).toBe(first.expertSkills);

    const second = await seedScale(databaseUrl, { experts: 2000, batchSize: 700 });
    expect(second).toMatchObject({ users: 0, profiles: 0, expertSkills: 0 });
  });
});
