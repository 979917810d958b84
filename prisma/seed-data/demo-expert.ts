import type { SkillLevel } from "@/generated/prisma/enums";
import { createRandom } from "./random";
import { REFERENCE_DATE, type SeedExpert } from "./seed-experts";
import { buildVettingHistory } from "./vetting-history";

// The expert a newcomer signs in as: written by hand so the demo reads well and matches Python requests.

const SKILLS: readonly [slug: string, level: SkillLevel, years: number, isVerified: boolean][] = [
  ["python", "EXPERT", 11, true],
  ["fastapi", "SENIOR", 6, true],
  ["django", "EXPERT", 10, true],
  ["postgresql", "SENIOR", 8, true],
  ["docker", "SENIOR", 6, false],
  ["redis", "SENIOR", 5, false],
  ["celery", "MID", 4, false],
  ["aws", "MID", 4, false],
];

export function buildDemoExpert(account: { email: string; name: string }): SeedExpert {
  const submittedAt = new Date("2025-03-10T09:30:00Z");
  const history = buildVettingHistory(createRandom("expert:demo"), "APPROVED", submittedAt, "Python");
  const approvedAt = history.approvedAt ?? submittedAt;
  const createdAt = new Date("2025-03-09T18:05:00Z");
  return {
    key: "demo-expert",
    email: account.email,
    name: account.name,
    createdAt,
    suspendedAt: null,
    suspensionReason: null,
    profile: {
      headline: "Senior Python Backend Engineer — FastAPI, Django & PostgreSQL",
      bio:
        "Backend engineer with 11 years of Python, the last six building FastAPI and Django services on PostgreSQL for fintech and health-tech teams. " +
        "Recently I led the move of a claims-processing platform from a Django monolith to async FastAPI services, cutting p95 latency by 60%. " +
        "I write decisions down, ship in small increments and overlap comfortably with both US East Coast and European teams.",
      hourlyRateCents: 12000,
      currency: "USD",
      timezone: "Europe/London",
      utcOffsetMinutes: 0,
      country: "GB",
      weeklyAvailableHours: 30,
      isAvailable: true,
      publicProfile: true,
      links: [
        { kind: "github", url: "https://github.com/priya-raman-dev" },
        { kind: "linkedin", url: "https://www.linkedin.com/in/priya-raman-dev" },
      ],
      vettingStatus: "APPROVED",
      ratingCount: 12,
      ratingSum: 58,
      completedContracts: 14,
      invitationsReceived: 31,
      invitationsAnswered: 29,
      medianResponseMinutes: 25,
      lastInvitedAt: new Date(REFERENCE_DATE.getTime() - 6 * 86_400_000),
      submittedAt,
      approvedAt,
      rejectedAt: null,
      reapplyAfter: null,
      createdAt,
    },
    skills: SKILLS.map(([slug, level, years, isVerified]) => ({ slug, level, years, verifiedAt: isVerified ? approvedAt : null })),
    decisions: history.decisions,
  };
}
