import type { Transaction } from "@/lib/db";
import { utcOffsetMinutes } from "@/lib/time/timezones";
import type { MatchRequestProfile } from "./types";

/** What matching needs to know about a request. */
export async function loadRequestProfile(tx: Transaction, requestId: string, now: Date): Promise<MatchRequestProfile> {
  const request = await tx.hiringRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true,
      budgetMinCents: true,
      budgetMaxCents: true,
      budgetTolerancePercent: true,
      currency: true,
      hoursPerWeek: true,
      timezone: true,
      minOverlapHours: true,
      skills: { select: { skillId: true, isRequired: true, minYears: true, skill: { select: { name: true } } } },
    },
  });
  return {
    id: request.id,
    requiredSkills: request.skills
      .filter((skill) => skill.isRequired)
      .map((skill) => ({ skillId: skill.skillId, name: skill.skill.name, minYears: skill.minYears })),
    niceToHaveSkills: request.skills.filter((skill) => !skill.isRequired).map((skill) => ({ skillId: skill.skillId, name: skill.skill.name })),
    budgetMinCents: request.budgetMinCents,
    budgetMaxCents: request.budgetMaxCents,
    budgetTolerancePercent: request.budgetTolerancePercent,
    currency: request.currency,
    hoursPerWeek: request.hoursPerWeek,
    timezone: request.timezone,
    utcOffsetMinutes: utcOffsetMinutes(request.timezone, now),
    minOverlapHours: request.minOverlapHours,
  };
}
