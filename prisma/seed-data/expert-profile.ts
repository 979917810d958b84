import type { SkillLevel } from "@/generated/prisma/enums";
import { ARCHETYPES, type Archetype, type LinkKind } from "./archetypes";
import { SPECIALIST_ARCHETYPES } from "./archetypes-specialists";
import { type GeneratedSkill, generateSkills } from "./expert-skills";
import { writeBio, writeHeadline } from "./expert-writing";
import { CULTURES, HUB_ZONES } from "./names";
import type { Random } from "./random";
import { timezoneOf } from "./timezones";

export type ExpertLink = { kind: LinkKind; url: string };

export type GeneratedExpert = {
  name: string;
  archetypeKey: string;
  seniority: SkillLevel;
  careerYears: number;
  headline: string;
  bio: string;
  hourlyRateCents: number;
  currency: string;
  timezone: string;
  utcOffsetMinutes: number;
  country: string;
  weeklyAvailableHours: number;
  isAvailable: boolean;
  links: ExpertLink[];
  skills: GeneratedSkill[];
};

export const ALL_ARCHETYPES: readonly Archetype[] = [...ARCHETYPES, ...SPECIALIST_ARCHETYPES];

type Seniority = { level: SkillLevel; weight: number; careerYears: [number, number]; rateCents: [number, number] };

const SENIORITIES: readonly Seniority[] = [
  { level: "JUNIOR", weight: 1, careerYears: [1, 2], rateCents: [4000, 6500] },
  { level: "MID", weight: 6, careerYears: [3, 5], rateCents: [6000, 10000] },
  { level: "SENIOR", weight: 9, careerYears: [6, 10], rateCents: [9000, 16000] },
  { level: "EXPERT", weight: 4, careerYears: [10, 18], rateCents: [14000, 22000] },
];

const WEEKLY_HOURS = [10, 15, 20, 20, 25, 30, 30, 35, 40, 40];

function asciiHandle(name: string) {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function linkFor(kind: LinkKind, handle: string): ExpertLink {
  const urls: Record<LinkKind, string> = {
    github: `https://github.com/${handle}`,
    gitlab: `https://gitlab.com/${handle}`,
    linkedin: `https://www.linkedin.com/in/${handle}`,
    portfolio: `https://${handle}.example.com`,
    dribbble: `https://dribbble.com/${handle}`,
  };
  return { kind, url: urls[kind] };
}

function roundRate(cents: number) {
  return Math.min(25000, Math.max(4000, Math.round(cents / 500) * 500));
}

export function generateExpert(
  random: Random,
  archetype = random.pickWeighted(ALL_ARCHETYPES.map((value) => ({ value, weight: value.weight }))),
): GeneratedExpert {
  const culture = random.pickWeighted(CULTURES.map((value) => ({ value, weight: value.weight })));
  const name = `${random.pick(culture.firstNames)} ${random.pick(culture.lastNames)}`;
  const zone = random.chance(0.12) ? random.pick(HUB_ZONES) : random.pick(culture.zones);
  const timezone = timezoneOf(zone);
  const seniority = random.pickWeighted(SENIORITIES.map((value) => ({ value, weight: value.weight })));
  const careerYears = random.int(...seniority.careerYears);
  const skills = generateSkills(random, archetype, seniority.level, careerYears);
  const handle = `${asciiHandle(name)}${random.chance(0.4) ? `-${random.int(2, 99)}` : ""}`;
  const linkKinds = archetype.links.filter((_, index) => index === 0 || random.chance(0.7));
  return {
    name,
    archetypeKey: archetype.key,
    seniority: seniority.level,
    careerYears,
    headline: writeHeadline(random, archetype, seniority.level, skills),
    bio: writeBio(random, archetype, careerYears, skills),
    hourlyRateCents: roundRate(random.int(...seniority.rateCents) * archetype.rateFactor),
    currency: timezone.localCurrency && random.chance(0.5) ? timezone.localCurrency : "USD",
    timezone: timezone.zone,
    utcOffsetMinutes: timezone.utcOffsetMinutes,
    country: timezone.country,
    weeklyAvailableHours: random.pick(WEEKLY_HOURS),
    isAvailable: random.chance(0.88),
    links: linkKinds.map((kind) => linkFor(kind, handle)),
    skills,
  };
}

export type TrackRecord = {
  ratingCount: number;
  ratingSum: number;
  completedContracts: number;
  invitationsReceived: number;
  invitationsAnswered: number;
  medianResponseMinutes: number | null;
  lastInvitedDaysAgo: number | null;
};

/**
 * Past work on the platform, growing with time since approval; most experts approved for more than
 * a month and a half have been rated, averaging 3.8–5.0.
 */
export function generateTrackRecord(random: Random, daysSinceApproval: number): TrackRecord {
  const maxRatings = Math.min(40, Math.floor(daysSinceApproval / 20));
  const ratingCount = maxRatings >= 2 && random.chance(0.8) ? random.int(1, maxRatings) : 0;
  const average = 3.8 + random.next() * 1.2;
  const ratingSum = Math.min(5 * ratingCount, Math.max(Math.ceil(3.8 * ratingCount), Math.round(average * ratingCount)));
  const completedContracts = ratingCount + (ratingCount ? random.int(0, 3) : 0);
  const invitationsReceived = completedContracts * 2 + random.int(0, 12);
  const invitationsAnswered = Math.round(invitationsReceived * (0.6 + random.next() * 0.4));
  return {
    ratingCount,
    ratingSum,
    completedContracts,
    invitationsReceived,
    invitationsAnswered,
    medianResponseMinutes: invitationsAnswered ? random.int(5, 300) : null,
    lastInvitedDaysAgo: invitationsReceived ? random.int(1, Math.max(1, Math.min(90, daysSinceApproval))) : null,
  };
}
