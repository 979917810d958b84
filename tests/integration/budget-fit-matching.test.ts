import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { budgetCeilingCents } from "@/lib/matching/budget-fit";
import { findCandidates } from "@/lib/matching/find-candidates";
import { loadRequestProfile } from "@/lib/matching/load-request-profile";
import { rankCandidates } from "@/lib/matching/rank-candidates";
import { requestSubmissionSchema } from "@/lib/requests/schemas";

// Budget fit is a hard filter: the request's currency, and a rate at most the maximum plus the
// tolerance the client chose. Every skill here is new, so only the experts made here can cover it.

const NOW = new Date();
const BUDGET_MAX_CENTS = 10_000; // $100/h
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;

let client: { userId: string; companyId: string };

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `${unique("client")}@example.test`, name: "Budget Client", passwordHash: "not-used", role: "CLIENT" },
    select: { id: true },
  });
  const company = await db.company.create({ data: { name: unique("Company"), members: { create: { userId: user.id, role: "OWNER" } } }, select: { id: true } });
  client = { userId: user.id, companyId: company.id };
});

async function createSkill() {
  const slug = unique("skill");
  return db.skill.create({ data: { slug, name: `Skill ${slug}`, category: "Test" }, select: { id: true } });
}

async function createExpert(skillId: string, hourlyRateCents: number, currency = "USD") {
  const user = await db.user.create({
    data: {
      email: `${unique("expert")}@example.test`,
      name: `Rate ${hourlyRateCents} ${currency}`,
      passwordHash: "not-used",
      role: "EXPERT",
      expertProfile: {
        create: {
          vettingStatus: "APPROVED",
          hourlyRateCents,
          currency,
          timezone: "Europe/Berlin",
          utcOffsetMinutes: 60,
          weeklyAvailableHours: 30,
          skills: { create: [{ skillId, years: 4, level: "SENIOR" }] },
        },
      },
    },
    select: { expertProfile: { select: { id: true } } },
  });
  return user.expertProfile!.id;
}

async function createRequest(skillId: string, budget: { budgetTolerancePercent?: number; currency?: string } = {}) {
  return db.hiringRequest.create({
    data: {
      companyId: client.companyId,
      createdById: client.userId,
      title: unique("Request"),
      description: "Budget rule",
      budgetMaxCents: BUDGET_MAX_CENTS,
      timezone: "Europe/Berlin",
      status: "MATCHING",
      ...budget,
      skills: { create: [{ skillId, isRequired: true }] },
    },
    select: { id: true },
  });
}

async function matchedIds(requestId: string) {
  const profile = await db.$transaction((tx) => loadRequestProfile(tx, requestId, NOW));
  return (await findCandidates(profile, { now: NOW })).map((candidate) => candidate.expertProfileId).sort();
}

describe("the budget rule in matching", () => {
  it("defaults to 10%: exactly at the tolerance is matched, one cent above is not", async () => {
    const skill = await createSkill();
    const request = await createRequest(skill.id);
    const ceiling = budgetCeilingCents({ budgetMaxCents: BUDGET_MAX_CENTS, budgetTolerancePercent: 10 });
    expect(ceiling).toBe(11_000);
    const within = await createExpert(skill.id, 9_500);
    const atMaximum = await createExpert(skill.id, BUDGET_MAX_CENTS);
    const atTolerance = await createExpert(skill.id, ceiling);
    await createExpert(skill.id, ceiling + 1);
    await createExpert(skill.id, 14_000); // 40% above: the case clients reported

    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id }, select: { budgetTolerancePercent: true } })).toEqual({
      budgetTolerancePercent: 10,
    });
    expect(await matchedIds(request.id)).toEqual([within, atMaximum, atTolerance].sort());
  });

  it("at 0% matches nobody a cent above the maximum; at 20% up to exactly 20% above", async () => {
    const skill = await createSkill();
    const strict = await createRequest(skill.id, { budgetTolerancePercent: 0 });
    const generous = await createRequest(skill.id, { budgetTolerancePercent: 20 });
    const atMaximum = await createExpert(skill.id, BUDGET_MAX_CENTS);
    const oneCentOver = await createExpert(skill.id, BUDGET_MAX_CENTS + 1);
    const atTwenty = await createExpert(skill.id, 12_000);
    await createExpert(skill.id, 12_001);

    expect(await matchedIds(strict.id)).toEqual([atMaximum]);
    expect(await matchedIds(generous.id)).toEqual([atMaximum, oneCentOver, atTwenty].sort());
  });

  it("refuses rates in another currency than the budget, however low, and says so in the reasons of those matched", async () => {
    const skill = await createSkill();
    const request = await createRequest(skill.id, { currency: "EUR" });
    const inEuros = await createExpert(skill.id, 10_500, "EUR");
    await createExpert(skill.id, 5_000, "USD");
    await createExpert(skill.id, 5_000, "GBP");

    expect(await matchedIds(request.id)).toEqual([inEuros]);
    const profile = await db.$transaction((tx) => loadRequestProfile(tx, request.id, NOW));
    const [ranked] = rankCandidates(profile, await findCandidates(profile, { now: NOW }), { now: NOW });
    expect(ranked.score.reasons).toContain("Rate €105/h, 5% above the €100/h maximum, within the 10% over budget allowed on this request");
  });

  it("takes only 0, 10 or 20 from the client, with a message they can act on", () => {
    const base = {
      title: "A budget test",
      description: "A long enough description of the work to be done here.",
      requiredSkills: [{ skillId: "skill" }],
      budgetMaxCents: BUDGET_MAX_CENTS,
      startDate: NOW,
      durationWeeks: 4,
      hoursPerWeek: 20,
      timezone: "Europe/Berlin",
    };
    expect(requestSubmissionSchema.parse(base).budgetTolerancePercent).toBe(10);
    expect(requestSubmissionSchema.parse({ ...base, budgetTolerancePercent: 20 }).budgetTolerancePercent).toBe(20);
    const refused = requestSubmissionSchema.safeParse({ ...base, budgetTolerancePercent: 15 });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ["budgetTolerancePercent"],
      message: "Choose how far above your budget experts may be: 0%, 10% or 20%.",
    });
  });
});
