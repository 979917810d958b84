import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { MatchStatus, MilestoneStatus, RequestStatus, TransferStatus, VettingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { signUp } from "@/lib/auth/sign-up";
import { getAdminDashboard } from "@/lib/dashboards/get-admin-dashboard";
import { getClientDashboard } from "@/lib/dashboards/get-client-dashboard";
import { getExpertDashboard } from "@/lib/dashboards/get-expert-dashboard";
import { db } from "@/lib/db";
import { deliverShortlist } from "@/lib/matching/deliver-shortlist";
import { markEmailVerified } from "../fixtures/accounts";
import { enrolTwoFactor } from "../fixtures/two-factor";

const PASSWORD = "correct horse battery";
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;
const HOUR = 60 * 60 * 1000;

async function createClient(companyName = unique("Company")): Promise<SessionUser> {
  const email = `${unique("client")}@example.test`;
  const account = await signUp({ accountType: "CLIENT", name: "Casey Client", email, password: PASSWORD, companyName });
  await markEmailVerified(account.id);
  const membership = await db.companyMember.findFirstOrThrow({ where: { userId: account.id }, select: { companyId: true } });
  return {
    id: account.id,
    email,
    name: "Casey Client",
    role: "CLIENT",
    companyId: membership.companyId,
    companyRole: "OWNER",
    expertProfileId: null,
    isTwoFactorEnabled: false,
  };
}

async function createExpert(vettingStatus: VettingStatus = "APPROVED", name = "Erin Expert"): Promise<SessionUser> {
  const email = `${unique("expert")}@example.test`;
  const account = await signUp({ accountType: "EXPERT", name, email, password: PASSWORD });
  await markEmailVerified(account.id);
  const profile = await db.expertProfile.update({ where: { userId: account.id }, data: { vettingStatus }, select: { id: true } });
  return { id: account.id, email, name, role: "EXPERT", companyId: null, companyRole: null, expertProfileId: profile.id, isTwoFactorEnabled: false };
}

async function createAdmin(): Promise<SessionUser> {
  const email = `${unique("admin")}@example.test`;
  const user = await db.user.create({ data: { email, name: "Ada Admin", passwordHash: "unused", role: "ADMIN" }, select: { id: true } });
  await enrolTwoFactor(user.id);
  return { id: user.id, email, name: "Ada Admin", role: "ADMIN", companyId: null, companyRole: null, expertProfileId: null, isTwoFactorEnabled: true };
}

async function createRequest(client: SessionUser, data: { status?: RequestStatus; matchDeadline?: Date; slaBreached?: boolean } = {}) {
  return db.hiringRequest.create({
    data: {
      companyId: client.companyId!,
      createdById: client.id,
      title: unique("Request"),
      description: "Build a thing",
      budgetMaxCents: 1_000_000,
      timezone: "UTC",
      ...data,
    },
    select: { id: true, title: true },
  });
}

async function createMatch(requestId: string, expert: SessionUser, status: MatchStatus, expiresAt = new Date(Date.now() + HOUR)) {
  return db.match.create({
    data: { requestId, expertProfileId: expert.expertProfileId!, status, score: 0.5, scoreBreakdown: {}, rank: 1, expiresAt },
    select: { id: true },
  });
}

type MilestoneSpec = { status: MilestoneStatus; amountCents: number; transfer?: { amountCents: number; status: TransferStatus } };

async function createContract(client: SessionUser, expert: SessionUser, milestones: MilestoneSpec[], currency = "USD") {
  const request = await createRequest(client, { status: "HIRED" });
  const contract = await db.contract.create({
    data: {
      requestId: request.id,
      companyId: client.companyId!,
      clientUserId: client.id,
      expertProfileId: expert.expertProfileId!,
      title: unique("Contract"),
      status: "ACTIVE",
      currency,
      totalCents: milestones.reduce((sum, milestone) => sum + milestone.amountCents, 0),
    },
    select: { id: true, title: true },
  });
  for (const [position, spec] of milestones.entries()) {
    const milestone = await db.milestone.create({
      data: { contractId: contract.id, position, title: `M${position}`, amountCents: spec.amountCents, currency, status: spec.status },
      select: { id: true },
    });
    if (spec.transfer) {
      await db.transfer.create({
        data: {
          milestoneId: milestone.id,
          amountCents: spec.transfer.amountCents,
          feeCents: spec.amountCents - spec.transfer.amountCents,
          currency,
          status: spec.transfer.status,
          idempotencyKey: unique("transfer"),
        },
      });
    }
  }
  return contract;
}

describe("getClientDashboard", () => {
  it("shows the client's own company, requests and contracts, and nothing of another company's", async () => {
    const client = await createClient("Own Co");
    const otherClient = await createClient("Other Co");
    const expert = await createExpert();
    const ownRequest = await createRequest(client, { status: "MATCHING" });
    await createRequest(client, { status: "MATCHING" });
    await createRequest(client, { status: "DRAFT" });
    const otherRequest = await createRequest(otherClient, { status: "MATCHING" });
    await createMatch(ownRequest.id, expert, "INVITED");
    const ownContract = await createContract(client, expert, [{ status: "FUNDED", amountCents: 100 }]);
    const otherContract = await createContract(otherClient, expert, [{ status: "FUNDED", amountCents: 999 }]);

    const dashboard = await getClientDashboard({ user: client });

    expect(dashboard.company).toMatchObject({ name: "Own Co", members: [{ id: client.id, name: "Casey Client", companyRole: "OWNER" }] });
    const requestIds = dashboard.requests.map((request) => request.id);
    expect(requestIds).toContain(ownRequest.id);
    expect(requestIds).not.toContain(otherRequest.id);
    expect(dashboard.requestCounts).toMatchObject({ MATCHING: 2, DRAFT: 1, HIRED: 1, CANCELLED: 0 });
    expect(dashboard.requests.find((request) => request.id === ownRequest.id)?.matchCounts).toMatchObject({ INVITED: 1, ACCEPTED: 0 });
    expect(dashboard.activeContracts.map((contract) => contract.id)).toEqual([ownContract.id]);
    expect(dashboard.activeContracts[0]).toMatchObject({ expertName: "Erin Expert", totalCents: 100, currency: "USD" });
    expect(dashboard.activeContracts.map((contract) => contract.id)).not.toContain(otherContract.id);
    expect(dashboard.money).toEqual([{ currency: "USD", inEscrowCents: 100, releasedCents: 0, refundedCents: 0 }]);
  });

  it("counts nobody as deciding once the shortlist is delivered, and the expert no longer sees the invitation as open", async () => {
    const client = await createClient();
    const [accepted, deciding] = [await createExpert(), await createExpert()];
    const request = await createRequest(client, { status: "MATCHING" });
    await createMatch(request.id, accepted, "ACCEPTED");
    await createMatch(request.id, deciding, "INVITED");
    expect((await getExpertDashboard({ user: deciding })).openInvitations).toHaveLength(1);

    await db.$transaction((tx) => deliverShortlist(tx, request.id, new Date()));

    const dashboard = await getClientDashboard({ user: client });
    expect(dashboard.requests.find((row) => row.id === request.id)?.matchCounts).toMatchObject({ INVITED: 0, SHORTLISTED: 1, EXPIRED: 1 });
    expect((await getExpertDashboard({ user: deciding })).openInvitations).toEqual([]);
  });

  it("trusts company membership, not the companyId a session claims", async () => {
    const client = await createClient();
    const victim = await createClient("Victim Co");
    await createRequest(victim, { status: "MATCHING" });
    await createContract(victim, await createExpert(), [{ status: "FUNDED", amountCents: 5_000 }]);

    const dashboard = await getClientDashboard({ user: { ...client, companyId: victim.companyId } });

    expect(dashboard.company).toBeNull();
    expect(dashboard.requests).toEqual([]);
    expect(dashboard.activeContracts).toEqual([]);
    expect(dashboard.money).toEqual([]);
    expect(Object.values(dashboard.requestCounts).every((count) => count === 0)).toBe(true);
  });

  it("returns empty lists and zero counts for a new company", async () => {
    const client = await createClient("Brand New Co");
    const dashboard = await getClientDashboard({ user: client });
    expect(dashboard.company?.name).toBe("Brand New Co");
    expect(dashboard.requests).toEqual([]);
    expect(dashboard.activeContracts).toEqual([]);
    expect(dashboard.money).toEqual([]);
    expect(dashboard.requestCounts).toEqual({ DRAFT: 0, MATCHING: 0, MATCHED: 0, HIRED: 0, CLOSED: 0, CANCELLED: 0 });
  });

  it("sums held, released and refunded milestones in integer cents per currency", async () => {
    const client = await createClient();
    const expert = await createExpert();
    await createContract(client, expert, [
      { status: "PENDING", amountCents: 70_000 },
      { status: "FUNDING", amountCents: 40_000 },
      { status: "FUNDED", amountCents: 10_001 },
      { status: "SUBMITTED", amountCents: 2_550 },
      { status: "CHANGES_REQUESTED", amountCents: 1_000 },
      { status: "DISPUTED", amountCents: 1_200 },
      { status: "RELEASED", amountCents: 30_000 },
      { status: "RELEASED", amountCents: 333 },
      { status: "REFUNDED", amountCents: 5_000 },
    ]);
    await createContract(client, expert, [{ status: "RELEASED", amountCents: 8_000 }], "EUR");

    const { money } = await getClientDashboard({ user: client });

    expect(money).toEqual([
      { currency: "EUR", inEscrowCents: 0, releasedCents: 8_000, refundedCents: 0 },
      { currency: "USD", inEscrowCents: 14_751, releasedCents: 30_333, refundedCents: 5_000 },
    ]);
    for (const totals of money) expect(Number.isInteger(totals.inEscrowCents + totals.releasedCents + totals.refundedCents)).toBe(true);
  });

  it("refuses experts and admins", async () => {
    await expect(getClientDashboard({ user: await createExpert() })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(getClientDashboard({ user: await createAdmin() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getExpertDashboard", () => {
  it("shows the expert's profile, skills, rating and vetting history without internal notes or scores", async () => {
    const expert = await createExpert("APPROVED");
    const admin = await createAdmin();
    const skill = await db.skill.create({ data: { slug: unique("skill"), name: unique("Skill"), category: "Test" }, select: { id: true } });
    await db.expertProfile.update({
      where: { id: expert.expertProfileId! },
      data: { headline: "Robotics lead", hourlyRateCents: 15_000, ratingSum: 14, ratingCount: 3 },
    });
    await db.expertSkill.create({
      data: { expertProfileId: expert.expertProfileId!, skillId: skill.id, level: "SENIOR", years: 7, verifiedAt: new Date(), verifiedById: admin.id },
    });
    const decisions: [VettingStatus, VettingStatus, number][] = [
      ["APPLIED", "SCREENING", 3],
      ["SCREENING", "INTERVIEW", 2],
      ["INTERVIEW", "APPROVED", 1],
    ];
    for (const [fromStatus, toStatus, daysAgo] of decisions) {
      await db.vettingDecision.create({
        data: {
          expertProfileId: expert.expertProfileId!,
          adminId: admin.id,
          fromStatus,
          toStatus,
          scores: { depth: 5 },
          notes: "internal: strong candidate",
          reason: "not for the expert's eyes",
          createdAt: new Date(Date.now() - daysAgo * 24 * HOUR),
        },
      });
    }

    const dashboard = await getExpertDashboard({ user: expert });

    expect(dashboard.profile).toMatchObject({ headline: "Robotics lead", vettingStatus: "APPROVED", hourlyRateCents: 15_000, ratingAverage: 4.7 });
    expect(dashboard.profile.skills).toEqual([expect.objectContaining({ skillId: skill.id, level: "SENIOR", years: 7, isVerified: true })]);
    expect(dashboard.nextStep).toMatch(/^You're matched when/);
    expect(dashboard.vettingHistory.map((decision) => decision.toStatus)).toEqual(["APPROVED", "INTERVIEW", "SCREENING"]);
    expect(dashboard.vettingHistory.every((decision) => decision.reason === null)).toBe(true);
    expect(JSON.stringify(dashboard)).not.toMatch(/internal: strong candidate|"scores"|"notes"/);
  });

  it("gives a rejected applicant the reason and the re-apply date", async () => {
    const expert = await createExpert("REJECTED");
    const reapplyAfter = new Date("2099-03-04T00:00:00Z");
    await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { reapplyAfter } });
    await db.vettingDecision.create({
      data: {
        expertProfileId: expert.expertProfileId!,
        fromStatus: "SCREENING",
        toStatus: "REJECTED",
        notes: "internal",
        reason: "Not enough Rust experience yet.",
      },
    });

    const dashboard = await getExpertDashboard({ user: expert });

    expect(dashboard.vettingHistory).toEqual([expect.objectContaining({ toStatus: "REJECTED", reason: "Not enough Rust experience yet." })]);
    expect(dashboard.nextStep).toBe("You may re-apply on Mar 4, 2099.");
  });

  it("lists only the expert's own open invitations and contracts", async () => {
    const expert = await createExpert();
    const otherExpert = await createExpert();
    const client = await createClient();
    const request = await createRequest(client, { status: "MATCHING" });
    const open = await createMatch(request.id, expert, "INVITED");
    const otherRequest = await createRequest(client, { status: "MATCHING" });
    await createMatch(otherRequest.id, expert, "INVITED", new Date(Date.now() - HOUR));
    await createMatch(otherRequest.id, otherExpert, "INVITED");
    const ownContract = await createContract(client, expert, [{ status: "PENDING", amountCents: 1_000 }]);
    await createContract(client, otherExpert, [{ status: "PENDING", amountCents: 1_000 }]);

    const dashboard = await getExpertDashboard({ user: expert });

    expect(dashboard.openInvitations).toEqual([expect.objectContaining({ id: open.id, requestTitle: request.title })]);
    expect(dashboard.activeContracts.map((contract) => contract.id)).toEqual([ownContract.id]);
  });

  it("counts earnings from paid and pending transfers (after fees) and money still held", async () => {
    const expert = await createExpert();
    const otherExpert = await createExpert();
    const client = await createClient();
    await createContract(client, expert, [
      { status: "RELEASED", amountCents: 30_000, transfer: { amountCents: 27_000, status: "PAID" } },
      { status: "RELEASED", amountCents: 1_005, transfer: { amountCents: 905, status: "PENDING" } },
      { status: "RELEASED", amountCents: 5_000, transfer: { amountCents: 4_500, status: "FAILED" } },
      { status: "FUNDED", amountCents: 12_345 },
      { status: "SUBMITTED", amountCents: 655 },
      { status: "PENDING", amountCents: 99_999 },
    ]);
    await createContract(client, otherExpert, [{ status: "RELEASED", amountCents: 50_000, transfer: { amountCents: 45_000, status: "PAID" } }]);

    const dashboard = await getExpertDashboard({ user: expert });

    expect(dashboard.earnings).toEqual([{ currency: "USD", earnedCents: 27_905 }]);
    expect(dashboard.pendingInEscrow).toEqual([{ currency: "USD", inEscrowCents: 13_000 }]);
  });

  it("returns empty lists for a new applicant and asks them to complete the application", async () => {
    const expert = await createExpert("APPLIED");
    const dashboard = await getExpertDashboard({ user: expert });
    expect(dashboard.profile).toMatchObject({ vettingStatus: "APPLIED", ratingAverage: null, skills: [] });
    expect(dashboard.nextStep).toMatch(/^Complete and submit your application/);
    expect(dashboard).toMatchObject({ vettingHistory: [], openInvitations: [], activeContracts: [], earnings: [], pendingInEscrow: [] });
  });

  it("refuses clients and admins", async () => {
    await expect(getExpertDashboard({ user: await createClient() })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(getExpertDashboard({ user: await createAdmin() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

// Admin figures are platform-wide and other test files write to the same database at the same
// time, so these tests assert on their own rows and on lower bounds, never on global totals.
describe("getAdminDashboard", () => {
  it("counts applicants per stage and users per role, with every stage present", async () => {
    const admin = await createAdmin();
    const before = await getAdminDashboard({ user: admin });
    await createExpert("SCREENING");
    await createExpert("INTERVIEW");
    await createExpert("INTERVIEW");
    const suspended = await createClient();
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });

    const after = await getAdminDashboard({ user: admin });

    expect(Object.keys(after.vettingCounts).sort()).toEqual(["APPLIED", "APPROVED", "INTERVIEW", "REJECTED", "SCREENING", "SUSPENDED"]);
    expect(after.vettingCounts.SCREENING - before.vettingCounts.SCREENING).toBeGreaterThanOrEqual(1);
    expect(after.vettingCounts.INTERVIEW - before.vettingCounts.INTERVIEW).toBeGreaterThanOrEqual(2);
    expect(after.userCounts.EXPERT - before.userCounts.EXPERT).toBeGreaterThanOrEqual(3);
    expect(after.userCounts.ADMIN).toBeGreaterThanOrEqual(1);
    expect(after.suspendedUsers - before.suspendedUsers).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(after.openDisputes)).toBe(true);
  });

  it("keeps the platform tallies equal to the rows they count through concurrent, bulk and mixed changes", async () => {
    const experts = await Promise.all(Array.from({ length: 6 }, (_, index) => createExpert(index % 2 ? "SCREENING" : "APPLIED")));
    const clients = await Promise.all(Array.from({ length: 4 }, () => createClient()));
    await Promise.all(
      experts.map((expert, index) =>
        db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { vettingStatus: index % 3 ? "INTERVIEW" : "APPROVED" } }),
      ),
    );
    await db.expertProfile.updateMany({
      where: { id: { in: experts.slice(0, 3).map((expert) => expert.expertProfileId!) } },
      data: { vettingStatus: "REJECTED" },
    });
    await db.user.updateMany({ where: { id: { in: clients.map((client) => client.id) } }, data: { suspendedAt: new Date() } });
    await db.user.update({ where: { id: clients[0].id }, data: { suspendedAt: null, name: "Back Again" } });
    await db.user.updateMany({ where: { id: { in: experts.map((expert) => expert.id) } }, data: { name: "Renamed" } }); // counts nothing
    const admin = await createAdmin();
    await db.user.delete({ where: { id: admin.id } });
    // One statement, one snapshot: tallies and rows are compared as of the same moment while other files write.
    const differences = await db.$queryRaw<{ kind: string; key: string; tallied: bigint | null; counted: bigint | null }[]>`
      WITH counted AS (
        SELECT 'users.role' AS kind, role::text AS key, count(*) AS n FROM users GROUP BY role
        UNION ALL SELECT 'users.suspended', 'all', count(*) FROM users WHERE "suspendedAt" IS NOT NULL
        UNION ALL SELECT 'experts.vettingStatus', "vettingStatus"::text, count(*) FROM expert_profiles GROUP BY "vettingStatus"
      )
      SELECT coalesce(t.kind, c.kind) AS kind, coalesce(t.key, c.key) AS key, t.count AS tallied, c.n AS counted
      FROM platform_tallies t FULL JOIN counted c ON c.kind = t.kind AND c.key = t.key
      WHERE coalesce(t.count, 0) <> coalesce(c.n, 0)`;
    expect(differences).toEqual([]);
  });

  it("lists the longest-waiting applicants first and leaves decided ones out", async () => {
    const admin = await createAdmin();
    const oldest = await createExpert("SCREENING", "Oldest Applicant");
    const decided = await createExpert("APPROVED");
    await db.expertProfile.update({ where: { id: oldest.expertProfileId! }, data: { submittedAt: new Date("1990-01-01T00:00:00Z") } });
    await db.expertProfile.update({ where: { id: decided.expertProfileId! }, data: { submittedAt: new Date("1989-01-01T00:00:00Z") } });

    const { oldestWaiting } = await getAdminDashboard({ user: admin });

    expect(oldestWaiting[0]).toMatchObject({ id: oldest.expertProfileId, name: "Oldest Applicant", vettingStatus: "SCREENING" });
    expect(oldestWaiting[0]?.waitingSince).toEqual(new Date("1990-01-01T00:00:00Z"));
    expect(oldestWaiting.map((applicant) => applicant.id)).not.toContain(decided.expertProfileId);
    expect(oldestWaiting.length).toBeLessThanOrEqual(5);
  });

  it("orders matching requests by deadline and flags those at risk or breached", async () => {
    const admin = await createAdmin();
    const client = await createClient();
    const now = new Date("1991-06-01T12:00:00Z");
    const breached = await createRequest(client, { status: "MATCHING", matchDeadline: new Date(now.getTime() - HOUR) });
    const atRisk = await createRequest(client, { status: "MATCHING", matchDeadline: new Date(now.getTime() + HOUR) });
    const onTrack = await createRequest(client, { status: "MATCHING", matchDeadline: new Date(now.getTime() + 5 * HOUR) });
    await createMatch(atRisk.id, await createExpert(), "ACCEPTED");

    const { matchingRequests } = await getAdminDashboard({ user: admin, now });
    const mine = matchingRequests.filter((request) => [breached.id, atRisk.id, onTrack.id].includes(request.id));

    expect(mine.map((request) => [request.id, request.slaState])).toEqual([
      [breached.id, "BREACHED"],
      [atRisk.id, "AT_RISK"],
      [onTrack.id, "ON_TRACK"],
    ]);
    expect(mine[1]).toMatchObject({ acceptedCount: 1, companyName: expect.any(String) });
  });

  it("shows the latest audit entries with the actor's name", async () => {
    const admin = await createAdmin();
    const targetId = unique("target");
    await db.auditLog.create({
      data: { actorId: admin.id, action: "dashboard.test", targetType: "User", targetId, createdAt: new Date("2999-01-01T00:00:00Z") },
    });

    const { recentAudit } = await getAdminDashboard({ user: admin });

    expect(recentAudit).toHaveLength(10);
    expect(recentAudit[0]).toMatchObject({ action: "dashboard.test", target: { type: "User", id: targetId }, actor: { id: admin.id, name: "Ada Admin" } });
  });

  it("refuses clients and experts", async () => {
    await expect(getAdminDashboard({ user: await createClient() })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(getAdminDashboard({ user: await createExpert() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
