import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { utcOffsetMinutes } from "@/lib/time/timezones";
import type { answersStepSchema, linksStepSchema } from "@/lib/vetting/schemas";
import type { ApplicationValues } from "./steps";

// Between the profile's columns and the application's step values. Links live in one Json column as
// [{ kind, url }] (the seed also writes kinds such as "gitlab" that the form does not edit: those are
// kept); answers live in another as { questionKey: text }.

type Links = z.infer<typeof linksStepSchema>;
type Answers = z.infer<typeof answersStepSchema>;
const LINK_KINDS = ["github", "portfolio", "linkedin"] as const satisfies readonly (keyof Links)[];
const ANSWER_KEYS = ["proudestWork", "hardProblem", "remoteWork"] as const satisfies readonly (keyof Answers)[];

const storedLinksSchema = z.array(z.object({ kind: z.string(), url: z.string() })).catch([]);
const storedAnswersSchema = z.record(z.string(), z.unknown()).catch({});

export const applicationSelect = {
  id: true,
  vettingStatus: true,
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
  links: true,
  answers: true,
  submittedAt: true,
  approvedAt: true,
  rejectedAt: true,
  reapplyAfter: true,
  skills: {
    orderBy: [{ years: "desc" }, { skill: { name: "asc" } }],
    select: { skillId: true, level: true, years: true, verifiedAt: true, skill: { select: { name: true } } },
  },
} satisfies Prisma.ExpertProfileSelect;

type StoredProfile = Prisma.ExpertProfileGetPayload<{ select: typeof applicationSelect }>;

export function valuesOfProfile(profile: StoredProfile): ApplicationValues {
  const links = storedLinksSchema.parse(profile.links);
  const answers = storedAnswersSchema.parse(profile.answers);
  const linkOf = (kind: string) => links.find((link) => link.kind === kind)?.url ?? "";
  const answerOf = (key: string) => {
    const text = answers[key];
    return typeof text === "string" ? text : "";
  };
  return {
    profile: { headline: profile.headline, bio: profile.bio },
    skills: {
      skills: profile.skills.map((skill) => ({
        skillId: skill.skillId,
        name: skill.skill.name,
        level: skill.level,
        years: skill.years,
        isVerified: skill.verifiedAt !== null,
      })),
    },
    rate: { hourlyRateCents: profile.hourlyRateCents, currency: profile.currency },
    availability: { weeklyAvailableHours: profile.weeklyAvailableHours, timezone: profile.timezone, isAvailable: profile.isAvailable },
    links: { github: linkOf("github"), portfolio: linkOf("portfolio"), linkedin: linkOf("linkedin") },
    answers: { proudestWork: answerOf("proudestWork"), hardProblem: answerOf("hardProblem"), remoteWork: answerOf("remoteWork") },
  };
}

/** Everything on the profile row an expert may change, each field optional. */
export type ProfileChanges = Partial<{
  headline: string;
  bio: string;
  hourlyRateCents: number;
  currency: string;
  weeklyAvailableHours: number;
  timezone: string;
  isAvailable: boolean;
  publicProfile: boolean;
  country: string | null;
  links: Links;
  answers: Answers;
}>;

function mergeLinks(stored: Prisma.JsonValue, links: Links): Prisma.InputJsonValue {
  const edited = LINK_KINDS.filter((kind) => links[kind] !== "").map((kind) => ({ kind, url: links[kind] }));
  const others = storedLinksSchema.parse(stored).filter((link) => !(LINK_KINDS as readonly string[]).includes(link.kind));
  return [...edited, ...others];
}

/** The columns to write for `changes`; the timezone's offset is computed at `now` (matching reads it). */
export function profileColumns(changes: ProfileChanges, storedLinks: Prisma.JsonValue, now: Date): Prisma.ExpertProfileUpdateInput {
  const { links, answers, timezone, ...plain } = changes;
  return {
    ...plain,
    ...(timezone !== undefined && { timezone, utcOffsetMinutes: utcOffsetMinutes(timezone, now) }),
    ...(links && { links: mergeLinks(storedLinks, links) }),
    ...(answers && { answers: Object.fromEntries(ANSWER_KEYS.map((key) => [key, answers[key]])) }),
  };
}
