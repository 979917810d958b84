import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { MatchStatus, RequestStatus, VettingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { matchingConfig } from "@/lib/matching/config";
import { handPickExpert } from "@/lib/matching/hand-pick-expert";
import { handPickExpertOperation } from "@/lib/matching/hand-pick-expert.operation";
import { getSlaBoard } from "@/lib/sla/get-sla-board";
import { getSlaBoardOperation } from "@/lib/sla/get-sla-board.operation";
import { listHandPickCandidates } from "@/lib/sla/list-hand-pick-candidates";
import { listHandPickCandidatesOperation } from "@/lib/sla/list-hand-pick-candidates.operation";
import { slaBoardQuerySchema } from "@/lib/sla/schemas";
import { markEmailVerified } from "../fixtures/accounts";
import { enrolTwoFactor } from "../fixtures/two-factor";
import { callOperation, refusalOf } from "../support/call-operation";
import { openInvitationsOutsideMatching } from "../support/open-invitations";

// Other test files share this database. The board and the statistics are read at a "now" in the
// past, where only this file's requests live, so their order and numbers are exact.
const BOARD_NOW = new Date("2001-03-14T12:00:00Z");
const STATS_NOW = new Date("1999-06-30T12:00:00Z");
const PASSWORD = "correct horse battery";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const config = { ...matchingConfig({}), shortlistSize: 3, matchWindowMs: 8 * HOUR, atRiskLeadMs: 2 * HOUR };
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;
const ago = (now: Date, milliseconds: number) => new Date(now.getTime() - milliseconds);
const requestIds: string[] = [];

afterEach(async () => {
  expect(await openInvitationsOutsideMatching(requestIds)).toEqual([]);
});

async function createClient(): Promise<SessionUser> {
  const email = `${unique("client")}@example.test`;
  const account = await signUp({ accountType: "CLIENT", name: "Casey Client", email, password: PASSWORD, companyName: unique("Company") });
  await markEmailVerified(account.id);
  const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: account.id }, select: { companyId: true } });
  return { id: account.id, email, name: "Casey Client", role: "CLIENT", companyId, companyRole: "OWNER", expertProfileId: null, isTwoFactorEnabled: false };
}

async function createAdmin(): Promise<SessionUser> {
  const email = `${unique("admin")}@example.test`;
  const user = await db.user.create({ data: { email, name: "Ada Admin", passwordHash: "unused", role: "ADMIN" }, select: { id: true } });
  await enrolTwoFactor(user.id);
  return { id: user.id, email, name: "Ada Admin", role: "ADMIN", companyId: null, companyRole: null, expertProfileId: null, isTwoFactorEnabled: true };
}

type ExpertOptions = {
  skillIds?: string[];
  vettingStatus?: VettingStatus;
  ratings?: [sum: number, count: number];
  completedContracts?: number;
  isAvailable?: boolean;
  isSuspended?: boolean;
};

async function createExpert(name: string, options: ExpertOptions = {}): Promise<SessionUser> {
  const email = `${unique("expert")}@example.test`;
  const account = await signUp({ accountType: "EXPERT", name, email, password: PASSWORD });
  await markEmailVerified(account.id);
  const [ratingSum, ratingCount] = options.ratings ?? [0, 0];
  const profile = await db.expertProfile.update({
    where: { userId: account.id },
    data: {
      vettingStatus: options.vettingStatus ?? "APPROVED",
      hourlyRateCents: 9_000,
      timezone: "Europe/Berlin",
      utcOffsetMinutes: 60,
      weeklyAvailableHours: 30,
      isAvailable: options.isAvailable ?? true,
      ratingSum,
      ratingCount,
      completedContracts: options.completedContracts ?? 0,
      skills: { create: (options.skillIds ?? []).map((skillId) => ({ skillId, level: "SENIOR" as const, years: 5 })) },
    },
    select: { id: true },
  });
  if (options.isSuspended) await db.user.update({ where: { id: account.id }, data: { suspendedAt: new Date() } });
  return { id: account.id, email, name, role: "EXPERT", companyId: null, companyRole: null, expertProfileId: profile.id, isTwoFactorEnabled: false };
}

type RequestOptions = {
  status?: RequestStatus;
  submittedAt: Date;
  matchDeadline?: Date;
  shortlistedAt?: Date | null;
  slaBreached?: boolean;
  requiredSkillIds?: string[];
};

async function createRequest(client: SessionUser, options: RequestOptions) {
  const { requiredSkillIds = [], ...data } = options;
  const request = await db.hiringRequest.create({
    data: {
      companyId: client.companyId!,
      createdById: client.id,
      title: unique("Request"),
      description: "Build a thing",
      budgetMaxCents: 12_000,
      timezone: "UTC",
      status: "MATCHING",
      matchDeadline: new Date(options.submittedAt.getTime() + 8 * HOUR),
      ...data,
      skills: { create: requiredSkillIds.map((skillId) => ({ skillId, isRequired: true })) },
    },
    select: { id: true, title: true },
  });
  requestIds.push(request.id);
  return request;
}

async function addMatches(requestId: string, status: MatchStatus, count: number) {
  for (let index = 0; index < count; index++) {
    const expert = await createExpert(`Matched ${index}`);
    await db.match.create({
      data: { requestId, expertProfileId: expert.expertProfileId!, status, score: 0.5, scoreBreakdown: { reasons: [] }, rank: index + 1, expiresAt: BOARD_NOW },
    });
  }
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("getSlaBoard", () => {
  it("orders matching requests by time left, then recently matched ones, with at-risk and breached flags", async () => {
    const admin = await createAdmin();
    const client = await createClient();
    const submitted = (hoursAgo: number) => ago(BOARD_NOW, hoursAgo * HOUR);
    const atRisk = await createRequest(client, { submittedAt: submitted(7) }); // 1 h left
    const breached = await createRequest(client, { submittedAt: submitted(8.5), slaBreached: true }); // 30 min overdue
    const onTrack = await createRequest(client, { submittedAt: submitted(3) }); // 5 h left
    const enoughAccepted = await createRequest(client, { submittedAt: submitted(7.5) }); // 30 min left, 3 accepted
    const recentlyMatched = await createRequest(client, { status: "MATCHED", submittedAt: submitted(6), shortlistedAt: submitted(2) });
    const matchedLongAgo = await createRequest(client, { status: "MATCHED", submittedAt: submitted(40), shortlistedAt: submitted(33) });
    await addMatches(atRisk.id, "ACCEPTED", 1);
    await addMatches(atRisk.id, "INVITED", 2);
    await addMatches(atRisk.id, "DECLINED", 1);
    await addMatches(enoughAccepted.id, "ACCEPTED", 3);
    await addMatches(recentlyMatched.id, "SHORTLISTED", 3);

    const board = await getSlaBoard({ user: admin, now: BOARD_NOW, config });

    const ours = new Set([atRisk.id, breached.id, onTrack.id, enoughAccepted.id, recentlyMatched.id, matchedLongAgo.id]);
    const rows = board.requests.filter((row) => ours.has(row.id));
    expect(rows.map((row) => row.id)).toEqual([breached.id, enoughAccepted.id, atRisk.id, onTrack.id, recentlyMatched.id]);
    const flags = Object.fromEntries(rows.map((row) => [row.id, [row.isAtRisk, row.isBreached, row.canHandPick]]));
    expect(flags).toEqual({
      [breached.id]: [false, true, true],
      // Hand-picking is open for every request being matched, at risk or not.
      [enoughAccepted.id]: [false, false, true],
      [atRisk.id]: [true, false, true],
      [onTrack.id]: [false, false, true],
      [recentlyMatched.id]: [false, false, false],
    });
    expect(rows.find((row) => row.id === atRisk.id)).toMatchObject({ acceptedCount: 1, pendingCount: 2, invitedCount: 4, millisecondsLeft: HOUR });
    expect(rows.find((row) => row.id === breached.id)?.millisecondsLeft).toBe(-30 * MINUTE);
    expect(rows.find((row) => row.id === recentlyMatched.id)).toMatchObject({ status: "MATCHED", acceptedCount: 3 });
    expect(board.shortlistSize).toBe(3);
  });

  it("flags a matching request past its deadline as breached before the deadline timer has run", async () => {
    const admin = await createAdmin();
    const request = await createRequest(await createClient(), { submittedAt: ago(BOARD_NOW, 9 * HOUR) });

    const board = await getSlaBoard({ user: admin, now: BOARD_NOW, config });

    expect(board.requests.find((row) => row.id === request.id)).toMatchObject({ isBreached: true, isAtRisk: false, canHandPick: true });
  });

  it("computes time-to-shortlist statistics in SQL over the period", async () => {
    const admin = await createAdmin();
    const client = await createClient();
    for (const hours of [1, 2, 3, 4, 10]) {
      const shortlistedAt = ago(STATS_NOW, (hours + 1) * DAY);
      await createRequest(client, { status: "HIRED", submittedAt: ago(shortlistedAt, hours * HOUR), shortlistedAt });
    }
    // Before the 30-day period: left out.
    const outside = ago(STATS_NOW, 45 * DAY);
    await createRequest(client, { status: "HIRED", submittedAt: ago(outside, 20 * HOUR), shortlistedAt: outside });
    await createRequest(client, { status: "CANCELLED", submittedAt: ago(STATS_NOW, 3 * DAY), slaBreached: true });

    const { statistics } = await getSlaBoard({ user: admin, now: STATS_NOW, config });

    expect(statistics).toMatchObject({
      periodDays: 30,
      from: ago(STATS_NOW, 30 * DAY),
      to: STATS_NOW,
      shortlistedCount: 5,
      medianMilliseconds: 3 * HOUR,
      // percentile_cont interpolates: 4 h + 0.6 × (10 h − 4 h)
      p90Milliseconds: 7.6 * HOUR,
      withinWindowShare: 0.8,
      breachedCount: 1,
    });
    const longer = await getSlaBoard({ user: admin, now: STATS_NOW, periodDays: 60, config });
    expect(longer.statistics).toMatchObject({ shortlistedCount: 6, withinWindowShare: 4 / 6 });
  });

  it("returns empty statistics when nothing was shortlisted in the period", async () => {
    const { statistics } = await getSlaBoard({ user: await createAdmin(), now: new Date("1970-02-01T00:00:00Z"), periodDays: 1, config });
    expect(statistics).toMatchObject({ shortlistedCount: 0, medianMilliseconds: null, p90Milliseconds: null, withinWindowShare: null, breachedCount: 0 });
  });

  it("is for admins only", async () => {
    const client = await createClient();
    const expert = await createExpert("Erin Expert");
    expect((await rejection(getSlaBoard({ user: client }))).code).toBe("FORBIDDEN");
    expect((await rejection(getSlaBoard({ user: expert }))).code).toBe("FORBIDDEN");
  });

  it("reads the period from the query string within 1..365 days", () => {
    expect(slaBoardQuerySchema.parse({})).toEqual({ periodDays: 30 });
    expect(slaBoardQuerySchema.parse({ periodDays: "7" })).toEqual({ periodDays: 7 });
    for (const periodDays of ["0", "366", "1.5", "soon"]) expect(slaBoardQuerySchema.safeParse({ periodDays }).success).toBe(false);
  });
});

describe("hand-picking", () => {
  async function createSkill() {
    return db.skill.create({ data: { slug: unique("skill"), name: unique("Skill"), category: "Test" }, select: { id: true } });
  }

  it("offers approved, active, available experts covering every required skill, best rated first, and lets an admin pick one", async () => {
    const admin = await createAdmin();
    const [required, other] = await Promise.all([createSkill(), createSkill()]);
    const request = await createRequest(await createClient(), { submittedAt: ago(new Date(), 9 * HOUR), slaBreached: true, requiredSkillIds: [required.id] });
    const skillIds = [required.id, other.id];
    const best = await createExpert("Best", { skillIds, ratings: [10, 2] });
    const good = await createExpert("Good", { skillIds, ratings: [8, 2] });
    await createExpert("Experienced", { skillIds, completedContracts: 1 });
    const declined = await createExpert("Declined earlier", { skillIds });
    const shortlisted = await createExpert("Already shortlisted", { skillIds });
    await createExpert("Missing the skill", { skillIds: [other.id], ratings: [10, 2] });
    await createExpert("Still screening", { skillIds, vettingStatus: "SCREENING" });
    await createExpert("Suspended", { skillIds, isSuspended: true });
    await createExpert("Unavailable", { skillIds, isAvailable: false });
    const stillDeciding = await createExpert("Still deciding");
    for (const [expert, status] of [
      [declined, "DECLINED"],
      [shortlisted, "SHORTLISTED"],
      [stillDeciding, "INVITED"],
    ] as const) {
      await db.match.create({
        data: {
          requestId: request.id,
          expertProfileId: expert.expertProfileId!,
          status,
          score: 0.5,
          scoreBreakdown: { reasons: [] },
          rank: 1,
          expiresAt: new Date(),
        },
      });
    }

    const { candidates } = await listHandPickCandidates({ user: admin, requestId: request.id });

    expect(candidates.map((candidate) => candidate.name)).toEqual(["Best", "Good", "Experienced", "Declined earlier"]);
    expect(candidates[0]).toMatchObject({ expertProfileId: best.expertProfileId, ratingAverage: 5, ratingCount: 2, matchStatus: null });
    expect(candidates[3].matchStatus).toBe("DECLINED");

    await handPickExpert({ user: admin, requestId: request.id, input: { expertProfileId: good.expertProfileId!, note: "Strong fit" }, now: new Date() });

    const picked = await db.match.findUniqueOrThrow({
      where: { requestId_expertProfileId: { requestId: request.id, expertProfileId: good.expertProfileId! } },
      select: { status: true, isHandPicked: true, handPickedById: true },
    });
    expect(picked).toEqual({ status: "SHORTLISTED", isHandPicked: true, handPickedById: admin.id });
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({ status: "MATCHED" });
    // Delivering the hand-picked shortlist closes the invitation still waiting for an answer.
    expect(await openInvitationsOutsideMatching([request.id])).toEqual([]);
    expect(await db.notification.count({ where: { userId: stillDeciding.id, kind: "invitation.closed" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: request.id, action: "matching.hand-picked", actorId: admin.id } })).toBe(1);
    const after = await listHandPickCandidates({ user: admin, requestId: request.id });
    expect(after.candidates.map((candidate) => candidate.name)).toEqual(["Best", "Experienced", "Declined earlier"]);
  });

  it("hand-picking onto a delivered shortlist tells the client and nudges an expert whose payouts are not ready, once a day", async () => {
    const admin = await createAdmin();
    const client = await createClient();
    const request = await createRequest(client, { submittedAt: ago(new Date(), HOUR) });
    const first = await createExpert("First Pick");
    const unpayable = await createExpert("Still Setting Up");
    const payable = await createExpert("Ready To Be Paid");
    await db.expertProfile.update({ where: { id: payable.expertProfileId! }, data: { payoutsEnabled: true } });
    const pick = (expert: SessionUser, now = new Date()) =>
      handPickExpert({ user: admin, requestId: request.id, input: { expertProfileId: expert.expertProfileId! }, now });
    const count = (userId: string, kind: string) => db.notification.count({ where: { userId, kind } });

    await pick(first);
    expect(await db.hiringRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({ status: "MATCHED" });
    expect(await count(client.id, "shortlist.expert-added")).toBe(0);

    await pick(unpayable);
    await pick(payable);
    const added = await db.notification.findMany({
      where: { userId: client.id, kind: "shortlist.expert-added" },
      select: { title: true },
      orderBy: { createdAt: "asc" },
    });
    expect(added.map((notice) => notice.title)).toEqual([
      `Still Setting Up joined your shortlist: ${request.title}`,
      `Ready To Be Paid joined your shortlist: ${request.title}`,
    ]);
    expect(await count(unpayable.id, "payouts.setup-nudge")).toBe(1);
    expect(await count(payable.id, "payouts.setup-nudge")).toBe(0);

    // Picked onto another delivered shortlist the same day: the daily nudge is not repeated.
    const another = await createRequest(client, { submittedAt: ago(new Date(), HOUR), status: "MATCHED" });
    await handPickExpert({ user: admin, requestId: another.id, input: { expertProfileId: unpayable.expertProfileId! }, now: new Date() });
    expect(await count(unpayable.id, "payouts.setup-nudge")).toBe(1);
  });

  it("lets an admin hand-pick hours before the deadline, with the board still highlighting only at-risk rows, and audits who, when and which expert", async () => {
    const admin = await createAdmin();
    const skill = await createSkill();
    const pickedAt = new Date();
    // Seven hours left: far from the at-risk window.
    const request = await createRequest(await createClient(), { submittedAt: ago(pickedAt, HOUR), requiredSkillIds: [skill.id] });
    const expert = await createExpert("Early Pick", { skillIds: [skill.id] });

    const board = await getSlaBoard({ user: admin, now: pickedAt, config });
    expect(board.requests.find((row) => row.id === request.id)).toMatchObject({ isAtRisk: false, isBreached: false, canHandPick: true });

    await handPickExpert({ user: admin, requestId: request.id, input: { expertProfileId: expert.expertProfileId! }, now: pickedAt });

    expect(await db.match.findFirstOrThrow({ where: { requestId: request.id }, select: { status: true, handPickedById: true } })).toEqual({
      status: "SHORTLISTED",
      handPickedById: admin.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: request.id, action: "matching.hand-picked" },
      select: { actorId: true, data: true },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.data).toMatchObject({
      expertProfileId: expert.expertProfileId,
      expertName: "Early Pick",
      requestStatus: "MATCHING",
      pickedAt: pickedAt.toISOString(),
      millisecondsBeforeDeadline: 7 * HOUR,
      wasSlaBreached: false,
    });
  });

  it("lets only admins list candidates and hand-pick, and writes nothing for anyone else", async () => {
    const client = await createClient();
    const skill = await createSkill();
    const request = await createRequest(client, { submittedAt: ago(new Date(), 9 * HOUR), slaBreached: true, requiredSkillIds: [skill.id] });
    const expert = await createExpert("Erin Expert", { skillIds: [skill.id] });
    const input = { expertProfileId: expert.expertProfileId! };

    for (const user of [client, expert]) {
      expect((await rejection(listHandPickCandidates({ user, requestId: request.id }))).code).toBe("FORBIDDEN");
      expect((await rejection(handPickExpert({ user, requestId: request.id, input, now: new Date() }))).code).toBe("FORBIDDEN");
    }
    expect(await db.match.count({ where: { requestId: request.id } })).toBe(0);
    expect((await rejection(listHandPickCandidates({ user: await createAdmin(), requestId: "no-such-request" }))).code).toBe("NOT_FOUND");
  });
});

describe("the API", () => {
  it("answers the board, the candidates and a hand-pick within their declared schemas", async () => {
    const admin = await createAdmin();
    const skill = await db.skill.create({ data: { slug: unique("skill"), name: unique("Skill"), category: "Test" }, select: { id: true } });
    const request = await createRequest(await createClient(), { submittedAt: ago(new Date(), 9 * HOUR), slaBreached: true, requiredSkillIds: [skill.id] });
    const expert = await createExpert("Erin Expert", { skillIds: [skill.id] });

    expect((await callOperation(getSlaBoardOperation, admin, { query: { periodDays: "7" } })).status).toBe(200);
    const candidates = await callOperation(listHandPickCandidatesOperation, admin, { params: { id: request.id } });
    expect(candidates).toMatchObject({ status: 200, json: { candidates: [{ expertProfileId: expert.expertProfileId }] } });
    const picked = await callOperation(handPickExpertOperation, admin, { params: { id: request.id }, body: { expertProfileId: expert.expertProfileId } });
    expect(picked).toMatchObject({ status: 200, json: { matchId: expect.any(String) } });
    const malformed = await refusalOf(callOperation(listHandPickCandidatesOperation, admin, { params: { id: "x".repeat(65) } }));
    expect(malformed).toMatchObject({ status: 400, message: "The request id in the URL is malformed." });
  });
});
