import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractStatus, MatchStatus, RequestStatus, SkillLevel } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { findCandidates } from "@/lib/matching/find-candidates";
import type { MatchRequestProfile } from "@/lib/matching/types";

// The database is shared with other test files and ~200 seeded experts: every skill here is new,
// so only the experts made here can ever cover it.

const DAY_MS = 86_400_000;
const NOW = new Date();
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;

type SkillRow = { id: string; name: string };
type ExpertSkillSpec = { skill: SkillRow; years?: number; level?: SkillLevel; isVerified?: boolean };
type ExpertSpec = {
  skills: ExpertSkillSpec[];
  vettingStatus?: "APPROVED" | "SCREENING";
  isAvailable?: boolean;
  isSuspended?: boolean;
  hourlyRateCents?: number | null;
  ratingCount?: number;
  ratingSum?: number;
};

let client: { userId: string; companyId: string };

async function createSkill(): Promise<SkillRow> {
  const slug = unique("skill");
  return db.skill.create({ data: { slug, name: `Skill ${slug}`, category: "Test" }, select: { id: true, name: true } });
}

async function createExpert(spec: ExpertSpec) {
  const user = await db.user.create({
    data: {
      email: `${unique("expert")}@example.test`,
      name: "Test Expert",
      passwordHash: "not-used",
      role: "EXPERT",
      suspendedAt: spec.isSuspended ? NOW : null,
      expertProfile: {
        create: {
          vettingStatus: spec.vettingStatus ?? "APPROVED",
          isAvailable: spec.isAvailable ?? true,
          hourlyRateCents: spec.hourlyRateCents === undefined ? 9_000 : spec.hourlyRateCents,
          currency: "USD",
          timezone: "Europe/Berlin",
          utcOffsetMinutes: 60,
          weeklyAvailableHours: 30,
          ratingCount: spec.ratingCount ?? 0,
          ratingSum: spec.ratingSum ?? 0,
          skills: {
            create: spec.skills.map(({ skill, years = 4, level = "SENIOR", isVerified = false }) => ({
              skillId: skill.id,
              years,
              level,
              verifiedAt: isVerified ? NOW : null,
            })),
          },
        },
      },
    },
    select: { expertProfile: { select: { id: true } } },
  });
  return user.expertProfile!.id;
}

async function createRequest(status: RequestStatus = "MATCHING") {
  return db.hiringRequest.create({
    data: {
      companyId: client.companyId,
      createdById: client.userId,
      title: unique("Request"),
      description: "Test",
      budgetMaxCents: 12_000,
      timezone: "Europe/Berlin",
      status,
    },
    select: { id: true },
  });
}

async function createMatch(requestId: string, expertProfileId: string, status: MatchStatus, invitedAt = NOW) {
  await db.match.create({
    data: { requestId, expertProfileId, status, score: 0.5, scoreBreakdown: {}, rank: 1, invitedAt, expiresAt: new Date(invitedAt.getTime() + DAY_MS) },
  });
}

async function createContract(expertProfileId: string, status: ContractStatus) {
  const request = await createRequest("HIRED");
  await db.contract.create({
    data: { requestId: request.id, companyId: client.companyId, clientUserId: client.userId, expertProfileId, title: "Work", status, totalCents: 100_000 },
  });
}

function profile(required: { skill: SkillRow; minYears?: number }[], niceToHave: SkillRow[] = [], id = unique("request")): MatchRequestProfile {
  return {
    id,
    requiredSkills: required.map(({ skill, minYears = 0 }) => ({ skillId: skill.id, name: skill.name, minYears })),
    niceToHaveSkills: niceToHave.map((skill) => ({ skillId: skill.id, name: skill.name })),
    budgetMinCents: 5_000,
    budgetMaxCents: 12_000,
    currency: "USD",
    budgetTolerancePercent: 10,
    hoursPerWeek: 20,
    timezone: "Europe/Berlin",
    utcOffsetMinutes: 60,
    minOverlapHours: 2,
  };
}

const idsOf = async (request: MatchRequestProfile, limit?: number) =>
  (await findCandidates(request, { now: NOW, limit })).map((candidate) => candidate.expertProfileId).sort();

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: `${unique("client")}@example.test`, name: "Test Client", passwordHash: "not-used", role: "CLIENT" },
    select: { id: true },
  });
  const company = await db.company.create({ data: { name: unique("Company"), members: { create: { userId: user.id, role: "OWNER" } } }, select: { id: true } });
  client = { userId: user.id, companyId: company.id };
});

describe("findCandidates filters", () => {
  it("returns only approved, available, unsuspended, complete experts who cover every required skill", async () => {
    const [python, postgres] = await Promise.all([createSkill(), createSkill()]);
    const both = [{ skill: python }, { skill: postgres }];
    const eligible = await createExpert({ skills: both });
    const alsoEligible = await createExpert({ skills: [...both, { skill: await createSkill() }] });
    await createExpert({ skills: [{ skill: python }] });
    await createExpert({ skills: both, vettingStatus: "SCREENING" });
    await createExpert({ skills: both, isAvailable: false });
    await createExpert({ skills: both, isSuspended: true });
    await createExpert({ skills: both, hourlyRateCents: null });

    expect(await idsOf(profile(both))).toEqual([eligible, alsoEligible].sort());
  });

  it("honours minYears for each required skill", async () => {
    const [python, postgres] = await Promise.all([createSkill(), createSkill()]);
    const senior = await createExpert({
      skills: [
        { skill: python, years: 6 },
        { skill: postgres, years: 3 },
      ],
    });
    await createExpert({
      skills: [
        { skill: python, years: 3 },
        { skill: postgres, years: 3 },
      ],
    });
    await createExpert({
      skills: [
        { skill: python, years: 8 },
        { skill: postgres, years: 1 },
      ],
    });

    expect(
      await idsOf(
        profile([
          { skill: python, minYears: 5 },
          { skill: postgres, minYears: 2 },
        ]),
      ),
    ).toEqual([senior]);
  });

  it("leaves out experts who already have a match on this request, whatever its status", async () => {
    const skill = await createSkill();
    const [invited, declined, fresh] = await Promise.all([1, 2, 3].map(() => createExpert({ skills: [{ skill }] })));
    const request = await createRequest();
    await createMatch(request.id, invited, "INVITED");
    await createMatch(request.id, declined, "DECLINED");

    expect(await idsOf(profile([{ skill }], [], request.id))).toEqual([fresh]);
    expect(await idsOf(profile([{ skill }]))).toEqual([invited, declined, fresh].sort());
  });

  it("returns nobody for a request without required skills", async () => {
    expect(await findCandidates(profile([]), { now: NOW })).toEqual([]);
  });

  it("keeps at most `limit` candidates, those meeting the client's constraints first", async () => {
    const skill = await createSkill();
    const inBudget = await createExpert({ skills: [{ skill, level: "MID" }], hourlyRateCents: 10_000 });
    await createExpert({ skills: [{ skill, level: "EXPERT", isVerified: true }], hourlyRateCents: 30_000 });
    expect(await idsOf(profile([{ skill }]), 1)).toEqual([inBudget]);
    await expect(findCandidates(profile([{ skill }]), { now: NOW, limit: 0 })).rejects.toThrow(RangeError);
  });
});

describe("findCandidates features", () => {
  it("returns the request's skills with level, years, verification and names, required ones flagged", async () => {
    const [python, postgres, docker, unrelated] = await Promise.all([createSkill(), createSkill(), createSkill(), createSkill()]);
    const expertId = await createExpert({
      skills: [
        { skill: python, years: 7, level: "EXPERT", isVerified: true },
        { skill: postgres, years: 3, level: "MID" },
        { skill: docker, years: 2 },
        { skill: unrelated },
      ],
      ratingCount: 4,
      ratingSum: 19,
    });
    const [candidate] = await findCandidates(profile([{ skill: python }, { skill: postgres }], [docker]), { now: NOW });

    expect(candidate).toMatchObject({
      expertProfileId: expertId,
      name: "Test Expert",
      hourlyRateCents: 9_000,
      currency: "USD",
      weeklyAvailableHours: 30,
      timezone: "Europe/Berlin",
      utcOffsetMinutes: 60,
      ratingCount: 4,
      ratingSum: 19,
    });
    expect(candidate.skills).toEqual([
      { skillId: python.id, name: python.name, level: "EXPERT", years: 7, isVerified: true, isRequired: true },
      { skillId: postgres.id, name: postgres.name, level: "MID", years: 3, isVerified: false, isRequired: true },
      { skillId: docker.id, name: docker.name, level: "SENIOR", years: 2, isVerified: false, isRequired: false },
    ]);
  });

  it("counts current load and invitations of the last 30 days", async () => {
    const skill = await createSkill();
    const expertId = await createExpert({ skills: [{ skill }] });
    const [matching, otherMatching, closed] = await Promise.all([createRequest("MATCHING"), createRequest("MATCHING"), createRequest("CLOSED")]);
    await createMatch(matching.id, expertId, "INVITED");
    await createMatch(otherMatching.id, expertId, "ACCEPTED", new Date(NOW.getTime() - 40 * DAY_MS));
    await createMatch(closed.id, expertId, "INVITED", new Date(NOW.getTime() - 10 * DAY_MS));
    await createMatch((await createRequest("MATCHING")).id, expertId, "DECLINED", new Date(NOW.getTime() - 5 * DAY_MS));
    await createContract(expertId, "ACTIVE");
    await createContract(expertId, "ACTIVE");
    await createContract(expertId, "COMPLETED");

    const [candidate] = await findCandidates(profile([{ skill }]), { now: NOW });
    expect(candidate).toMatchObject({ expertProfileId: expertId, activeContracts: 2, openInvitations: 2, invitationsLast30Days: 3 });
  });
});
