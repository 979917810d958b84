import { db } from "@/lib/db";
import { PROFILE_PAYOUT_FIELDS } from "@/lib/payments/payout-status";

// The export's sections about the person: their account, companies, expert profile and vetting.
// Other people appear by name only, never by email; secrets (password hash, tokens) never appear.

export async function accountSection(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      lastSignInAt: true,
      suspendedAt: true,
      suspensionReason: true,
      hasPassword: true,
      linkedAccounts: { select: { provider: true, email: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

export async function companyMembershipsSection(userId: string) {
  const memberships = await db.companyMember.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, company: { select: { id: true, name: true, website: true, createdAt: true } } },
  });
  return memberships.map(({ role, createdAt, company }) => ({ company, yourRole: role, joinedAt: createdAt }));
}

/** The profile as the expert wrote it, their skills, and the vetting steps as they were told them (not reviewers' private notes). */
export async function expertProfileSection(userId: string) {
  const profile = await db.expertProfile.findUnique({
    where: { userId },
    select: {
      id: true,
      headline: true,
      bio: true,
      hourlyRateCents: true,
      currency: true,
      timezone: true,
      weeklyAvailableHours: true,
      isAvailable: true,
      publicProfile: true,
      publicSlug: true,
      country: true,
      vettingStatus: true,
      links: true,
      answers: true,
      ratingCount: true,
      ratingSum: true,
      completedContracts: true,
      submittedAt: true,
      approvedAt: true,
      rejectedAt: true,
      reapplyAfter: true,
      ...PROFILE_PAYOUT_FIELDS,
      payoutNudgedAt: true,
      createdAt: true,
      updatedAt: true,
      skills: { select: { level: true, years: true, verifiedAt: true, skill: { select: { name: true } } } },
      decisions: { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, scores: true, reason: true, createdAt: true } },
      interviews: { orderBy: { scheduledAt: "asc" }, select: { scheduledAt: true, completedAt: true, results: true } },
      portfolio: { orderBy: { position: "asc" }, select: { title: true, description: true, url: true, createdAt: true, updatedAt: true } },
    },
  });
  if (!profile) return { expertProfile: null };
  const { skills, decisions, interviews, portfolio, ...rest } = profile;
  return {
    expertProfile: rest,
    portfolio,
    skills: skills.map((skill) => ({ skill: skill.skill.name, level: skill.level, years: skill.years, verifiedAt: skill.verifiedAt })),
    vettingHistory: decisions,
    interviews,
  };
}
