import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountStatusSchema, auditLogPageSchema, userDetailSchema, userListSchema } from "@/lib/admin/api-schemas";
import { getLedgerOverview } from "@/lib/admin/get-ledger-overview";
import { getLedgerOverviewOperation } from "@/lib/admin/get-ledger-overview.operation";
import { getUser } from "@/lib/admin/get-user";
import { getUserOperation } from "@/lib/admin/get-user.operation";
import { ledgerCheckSchema, ledgerOverviewSchema } from "@/lib/admin/ledger-api-schemas";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { listAuditLogOperation } from "@/lib/admin/list-audit-log.operation";
import { listUsers } from "@/lib/admin/list-users";
import { listUsersOperation } from "@/lib/admin/list-users.operation";
import { reinstateUser } from "@/lib/admin/reinstate-user";
import { reinstateUserOperation } from "@/lib/admin/reinstate-user.operation";
import { runLedgerCheck } from "@/lib/admin/run-ledger-check";
import { runLedgerCheckOperation } from "@/lib/admin/run-ledger-check.operation";
import { auditLogQuerySchema, listUsersQuerySchema } from "@/lib/admin/schemas";
import { suspendUser } from "@/lib/admin/suspend-user";
import { suspendUserOperation } from "@/lib/admin/suspend-user.operation";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { hashPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findCandidates } from "@/lib/matching/find-candidates";
import { handPickExpert } from "@/lib/matching/hand-pick-expert";
import { loadRequestProfile } from "@/lib/matching/load-request-profile";
import { bookTransaction, ledgerAccounts } from "@/lib/payments/ledger";
import { loadSessionUser, type SessionUser } from "@/lib/sessions/session-user";
import { createAdmin, createApprovedExperts, createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { startWorkerStandin } from "../fixtures/payments";
import { callOperation, refusalOf } from "../support/call-operation";

// Every new account is also sent the link that confirms its address; these tests are about the others.
const VERIFICATION_SUBJECT = "Confirm your email address for Vetted";

// The database is shared with other test files running at the same time: every assertion is scoped
// to the users, contracts and currencies made here.

const PASSWORD = "admin console password 1";
const REASON = "Repeated off-platform payment requests.";
const IP = "203.0.113.7";
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const token = () => randomUUID().slice(0, 8);
const users = (query: Record<string, string>) => listUsersQuerySchema.parse(query);
const entries = (query: Record<string, string>) => auditLogQuerySchema.parse(query);
/** As the API answers it: Dates as ISO strings. */
const onTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let admin: SessionUser;
beforeAll(async () => {
  admin = await createAdmin();
});

async function withPassword<T extends { id: string }>(user: T) {
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return user;
}

const signIn = (user: SessionUser) => authenticate({ email: user.email, password: PASSWORD }, IP);

/** An approved expert, and a request in matching that only they can cover. */
async function expertWithRequest() {
  const skill = await createSkill();
  const [expert] = await createApprovedExperts(skill.id, 1);
  const client = await createClient();
  const request = await createDraftRequest(client, skill.id);
  await db.hiringRequest.update({ where: { id: request.id }, data: { status: "MATCHING", submittedAt: new Date() } });
  const isCandidate = async () => {
    const profile = await db.$transaction((tx) => loadRequestProfile(tx, request.id, new Date()));
    return (await findCandidates(profile, { now: new Date() })).some((candidate) => candidate.expertProfileId === expert.expertProfileId);
  };
  return { expert: await withPassword(expert), requestId: request.id, isCandidate };
}

describe("users", () => {
  it("finds users by the email or the name, closest first, case-insensitively, filtered by role and suspension, without password hashes", async () => {
    const id = token();
    const client = await signUp({
      accountType: "CLIENT",
      name: `Quinn Zephyr${id}`,
      email: `quinn-${id}@example.test`,
      password: PASSWORD,
      companyName: `Zephyr Co ${id}`,
    });
    const expert = await signUp({ accountType: "EXPERT", name: `Riley Zephyr${id}`, email: `riley-${id}@example.test`, password: PASSWORD });

    const byEmail = await listUsers({ user: admin, query: users({ q: `QUINN-${id.toUpperCase()}` }) });
    // Closest first: the expert's email shares the token, so it follows, further away.
    expect(byEmail.users[0]?.id).toBe(client.id);
    expect(byEmail.users[0]).toMatchObject({ role: "CLIENT", company: { name: `Zephyr Co ${id}` }, vettingStatus: null, suspendedAt: null, canSuspend: true });

    const byName = await listUsers({ user: admin, query: users({ q: `zephyr${id}` }) });
    expect(byName.users.map((user) => user.id).sort()).toEqual([client.id, expert.id].sort());
    expect(byName.total).toBe(2);
    expect((await listUsers({ user: admin, query: users({ q: `zephyr${id}`, role: "EXPERT" }) })).users).toEqual([
      expect.objectContaining({ id: expert.id, vettingStatus: "APPLIED" }),
    ]);

    await suspendUser({ user: admin, userId: expert.id, input: { reason: REASON }, now: new Date() });
    expect((await listUsers({ user: admin, query: users({ q: `zephyr${id}`, suspended: "true" }) })).users.map((user) => user.id)).toEqual([expert.id]);
    expect((await listUsers({ user: admin, query: users({ q: `zephyr${id}`, suspended: "false" }) })).users.map((user) => user.id)).toEqual([client.id]);

    const page = await listUsers({ user: admin, query: users({ q: `zephyr${id}` }) });
    expect(() => userListSchema.parse(onTheWire(page))).not.toThrow();
    expect(JSON.stringify(page)).not.toMatch(/passwordHash|\$argon2/);
    expect(JSON.stringify(await getUser({ user: admin, userId: client.id }))).not.toMatch(/passwordHash|\$argon2/);
  });

  it("shows one user with their company, contracts count and the audit entries about them", async () => {
    const client = await createClient();
    await suspendUser({ user: admin, userId: client.id, input: { reason: REASON }, now: new Date() });
    const detail = await getUser({ user: admin, userId: client.id });
    expect(() => userDetailSchema.parse(onTheWire(detail))).not.toThrow();
    expect(detail).toMatchObject({
      id: client.id,
      memberships: [{ companyId: client.companyId, role: "OWNER" }],
      expertProfile: null,
      contractsCount: 0,
      canSuspend: false,
      canReinstate: true,
    });
    expect(detail.recentAudit.map((entry) => entry.action)).toEqual(["user.suspended", "account.created"]);
    expect(detail.recentAudit[0]).toMatchObject({
      actor: { id: admin.id },
      actionLabel: "Suspended the account",
      target: { href: `/admin/users/${client.id}` },
    });
    expect(detail.recentAudit[0].summary).toContain(REASON);
    await expect(getUser({ user: admin, userId: "no-such-user" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("suspending and reinstating", () => {
  it("a suspended expert cannot sign in, has no session, is SUSPENDED, never matched nor hand-picked; reinstated, all of it comes back", async () => {
    const { expert, requestId, isCandidate } = await expertWithRequest();
    expect(await isCandidate()).toBe(true);
    await expect(signIn(expert)).resolves.toMatchObject({ id: expert.id });

    // Through the API, whose edge trims the reason and checks the answer against accountStatusSchema.
    const answer = await callOperation(suspendUserOperation, admin, { params: { id: expert.id }, body: { reason: `  ${REASON}  ` } });
    expect(answer.status).toBe(200);
    const suspended = accountStatusSchema.parse(answer.json);
    expect(suspended).toMatchObject({ userId: expert.id, suspensionReason: REASON, vettingStatus: "SUSPENDED" });

    await expect(signIn(expert)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    expect(await loadSessionUser(expert.id, 0)).toBeNull(); // the session cookie no longer stands for anyone
    const profile = await db.expertProfile.findUniqueOrThrow({
      where: { id: expert.expertProfileId! },
      select: { vettingStatus: true, decisions: { select: { fromStatus: true, toStatus: true, adminId: true, reason: true } } },
    });
    expect(profile).toEqual({ vettingStatus: "SUSPENDED", decisions: [{ fromStatus: "APPROVED", toStatus: "SUSPENDED", adminId: admin.id, reason: REASON }] });
    expect(await isCandidate()).toBe(false);
    await expect(handPickExpert({ user: admin, requestId, input: { expertProfileId: expert.expertProfileId! }, now: new Date() })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });

    const audit = await db.auditLog.findFirstOrThrow({
      where: { id: suspended.auditLogId },
      select: { actorId: true, action: true, targetType: true, targetId: true, data: true },
    });
    expect(audit).toEqual({
      actorId: admin.id,
      action: "user.suspended",
      targetType: "User",
      targetId: expert.id,
      data: { reason: REASON, vettingStatus: { from: "APPROVED", to: "SUSPENDED" } },
    });
    const emails = await db.emailOutbox.findMany({
      where: { toEmail: expert.email, subject: { not: VERIFICATION_SUBJECT } },
      select: { subject: true, text: true, dedupeKey: true },
    });
    expect(emails).toEqual([
      { subject: "Your Vetted account is suspended", text: expect.stringContaining(REASON), dedupeKey: `user.suspended:${suspended.auditLogId}` },
    ]);

    const reinstated = await reinstateUser({ user: admin, userId: expert.id, input: { reason: "Cleared after a call with the expert." } });
    expect(reinstated).toMatchObject({ suspendedAt: null, suspensionReason: null, vettingStatus: "APPROVED" });
    await expect(signIn(expert)).resolves.toMatchObject({ id: expert.id });
    expect(await loadSessionUser(expert.id, 0)).toMatchObject({ id: expert.id, role: "EXPERT" });
    expect(await isCandidate()).toBe(true);
    expect(await db.auditLog.count({ where: { targetId: expert.id, action: "user.reinstated", actorId: admin.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toEmail: expert.email, subject: "Your Vetted account is active again" } })).toBe(1);
  });

  it("keeps an applicant's vetting stage: only APPROVED becomes SUSPENDED and only SUSPENDED becomes APPROVED", async () => {
    const applicant = await signUp({
      accountType: "EXPERT",
      name: "Applicant Still Screening",
      email: `applicant-${token()}@example.test`,
      password: PASSWORD,
    });
    await db.expertProfile.update({ where: { userId: applicant.id }, data: { vettingStatus: "SCREENING" } });
    expect((await suspendUser({ user: admin, userId: applicant.id, input: { reason: REASON }, now: new Date() })).vettingStatus).toBe("SCREENING");
    expect((await reinstateUser({ user: admin, userId: applicant.id, input: { reason: REASON } })).vettingStatus).toBe("SCREENING");
    expect(await db.vettingDecision.count({ where: { expertProfile: { userId: applicant.id } } })).toBe(0);
  });

  it("refuses a second suspension, reinstating an active account, yourself and other admins", async () => {
    const client = await createClient();
    await suspendUser({ user: admin, userId: client.id, input: { reason: REASON }, now: new Date() });
    await expect(suspendUser({ user: admin, userId: client.id, input: { reason: REASON }, now: new Date() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already suspended"),
    });
    const other = await createClient();
    await expect(reinstateUser({ user: admin, userId: other.id, input: { reason: REASON } })).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(suspendUser({ user: admin, userId: admin.id, input: { reason: REASON }, now: new Date() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You cannot suspend your own account.",
    });
    const otherAdmin = await createAdmin();
    await expect(suspendUser({ user: admin, userId: otherAdmin.id, input: { reason: REASON }, now: new Date() })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Admin accounts"),
    });
    expect(await db.user.count({ where: { id: { in: [admin.id, otherAdmin.id] }, suspendedAt: { not: null } } })).toBe(0);
    await expect(suspendUser({ user: admin, userId: "no-such-user", input: { reason: REASON }, now: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditLog.count({ where: { targetId: { in: [client.id, other.id, admin.id, otherAdmin.id] }, action: { startsWith: "user." } } })).toBe(1);
  });

  it("answers VALIDATION_FAILED to a missing, short or long reason and writes nothing", async () => {
    const client = await createClient();
    const suspend = (body: unknown) => refusalOf(callOperation(suspendUserOperation, admin, { params: { id: client.id }, body }));
    for (const body of [{}, { reason: "too short" }, { reason: "x".repeat(2_001) }, null]) {
      expect(await suspend(body), JSON.stringify(body)).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    // A field the operation does not take makes the whole request malformed.
    expect(await suspend({ reason: REASON, extra: true })).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const reinstate = refusalOf(callOperation(reinstateUserOperation, admin, { params: { id: client.id }, body: { reason: " " } }));
    expect(await reinstate).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(await refusalOf(callOperation(listUsersOperation, admin, { query: { role: "ROOT" } }))).toMatchObject({ status: 422, code: "VALIDATION_FAILED" });
    const backwards = refusalOf(callOperation(listAuditLogOperation, admin, { query: { from: "2026-02-01", to: "2026-01-01" } }));
    expect(await backwards).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: { from: ["The start date must not be after the end date."] } });
    expect((await callOperation(getLedgerOverviewOperation, admin, { query: { page: "0" } })).status).toBe(422);
    expect(await db.user.findUniqueOrThrow({ where: { id: client.id }, select: { suspendedAt: true } })).toEqual({ suspendedAt: null });
    expect(await db.auditLog.count({ where: { targetId: client.id, action: { startsWith: "user." } } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { toEmail: client.email, subject: { not: VERIFICATION_SUBJECT } } })).toBe(0);
  });

  it("is for admins only: every console function answers FORBIDDEN to a client and an expert", async () => {
    const client = await createClient();
    const [expert] = await createApprovedExperts((await createSkill()).id, 1);
    for (const user of [client, expert]) {
      const calls = [
        listUsers({ user, query: users({}) }),
        getUser({ user, userId: client.id }),
        suspendUser({ user, userId: client.id, input: { reason: REASON }, now: new Date() }),
        reinstateUser({ user, userId: client.id, input: { reason: REASON } }),
        listAuditLog({ user, query: entries({}) }),
        getLedgerOverview({ user, query: { page: 1 } }),
        runLedgerCheck({ user, now: new Date() }),
      ];
      expect((await Promise.allSettled(calls)).map((result) => (result.status === "rejected" ? codeOf(result.reason) : "fulfilled"))).toEqual(
        Array(calls.length).fill("FORBIDDEN"),
      );
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: client.id }, select: { suspendedAt: true } })).toEqual({ suspendedAt: null });
  });
});

describe("the API", () => {
  it("answers the console's user and audit operations within their declared schemas", async () => {
    const client = await createClient();
    const ok = async (answer: Promise<{ status: number }>) => (await answer).status;
    expect(await ok(callOperation(listUsersOperation, admin, { query: { q: client.email, role: "CLIENT" } }))).toBe(200);
    expect(await ok(callOperation(suspendUserOperation, admin, { params: { id: client.id }, body: { reason: REASON } }))).toBe(200);
    expect(await ok(callOperation(getUserOperation, admin, { params: { id: client.id } }))).toBe(200);
    expect(await ok(callOperation(reinstateUserOperation, admin, { params: { id: client.id }, body: { reason: REASON } }))).toBe(200);
    expect(await ok(callOperation(listAuditLogOperation, admin, { query: { targetType: "User", targetId: client.id } }))).toBe(200);
    const malformed = await refusalOf(callOperation(getUserOperation, admin, { params: { id: "x".repeat(65) } }));
    expect(malformed).toMatchObject({ status: 400, message: "The user id in the URL is malformed." });
  });
});

describe("audit log", () => {
  it("lists entries newest first, filtered by action prefix, actor, target and days, with targets by name and link", async () => {
    const otherAdmin = await createAdmin();
    const [first, second] = [await createClient(), await createClient()];
    await suspendUser({ user: admin, userId: first.id, input: { reason: REASON }, now: new Date() });
    await suspendUser({ user: otherAdmin, userId: second.id, input: { reason: REASON }, now: new Date() });
    await reinstateUser({ user: otherAdmin, userId: second.id, input: { reason: "Reinstated after review." } });

    const byOther = await listAuditLog({ user: admin, query: entries({ actorId: otherAdmin.id }) });
    expect(() => auditLogPageSchema.parse(onTheWire(byOther))).not.toThrow();
    expect(byOther.entries.map((entry) => entry.action)).toEqual(["user.reinstated", "user.suspended"]);
    expect(byOther.entries[1]).toMatchObject({
      actor: { id: otherAdmin.id, name: "Fixture Admin", role: "ADMIN" },
      target: { type: "User", id: second.id, label: second.name, href: `/admin/users/${second.id}` },
    });

    expect(
      (await listAuditLog({ user: admin, query: entries({ actorId: otherAdmin.id, action: "user.susp" }) })).entries.map((entry) => entry.target.id),
    ).toEqual([second.id]);
    expect((await listAuditLog({ user: admin, query: entries({ targetType: "User", targetId: first.id }) })).entries.map((entry) => entry.action)).toEqual([
      "user.suspended",
      "account.created",
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditLog({ user: admin, query: entries({ actorId: otherAdmin.id, from: today, to: today }) })).total).toBe(2);
    expect((await listAuditLog({ user: admin, query: entries({ actorId: otherAdmin.id, to: "2000-01-01" }) })).total).toBe(0);
    expect((await listAuditLog({ user: admin, query: entries({ actorId: otherAdmin.id, targetType: "Contract" }) })).total).toBe(0);
  });
});

describe("ledger", () => {
  // A currency of its own, so the per-currency totals hold only what this test books.
  const currency = `Q${String.fromCharCode(66 + Math.floor(Math.random() * 24))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;

  async function bookedContract() {
    const skill = await createSkill();
    const [expert] = await createApprovedExperts(skill.id, 1);
    const client = await createClient();
    const request = await createDraftRequest(client, skill.id);
    const contract = await db.contract.create({
      data: {
        requestId: request.id,
        companyId: client.companyId!,
        clientUserId: client.id,
        expertProfileId: expert.expertProfileId!,
        title: `Ledger fixture ${token()}`,
        status: "ACTIVE",
        currency,
        totalCents: 100_000,
      },
      select: { id: true, title: true },
    });
    const milestone = await db.milestone.create({
      data: { contractId: contract.id, position: 0, title: "M0", amountCents: 100_000, currency, status: "RELEASED" },
      select: { id: true },
    });
    const accounts = ledgerAccounts(contract.id, currency);
    const booking = { contractId: contract.id, milestoneId: milestone.id, currency };
    await db.$transaction(async (tx) => {
      await bookTransaction(tx, {
        ...booking,
        kind: "funding",
        idempotencyKey: `fund:${milestone.id}`,
        description: "funded",
        entries: [
          { account: accounts.clientFunding, amountCents: -100_000 },
          { account: accounts.escrow, amountCents: 100_000 },
        ],
      });
      await bookTransaction(tx, {
        ...booking,
        kind: "release",
        idempotencyKey: `release:${milestone.id}`,
        description: "released",
        entries: [
          { account: accounts.escrow, amountCents: -60_000 },
          { account: accounts.expertPayable, amountCents: 54_000 },
          { account: accounts.platformRevenue, amountCents: 6_000 },
        ],
      });
      await bookTransaction(tx, {
        ...booking,
        kind: "refund",
        idempotencyKey: `refund:${milestone.id}`,
        description: "refunded",
        entries: [
          { account: accounts.escrow, amountCents: -25_000 },
          { account: accounts.clientRefunds, amountCents: 25_000 },
        ],
      });
    });
    return contract;
  }

  it("totals funded, held, released, fees and refunded per currency, and lists a contract's transactions with their signed entries", async () => {
    const [first, second] = [await bookedContract(), await bookedContract()];
    const answer = await callOperation(getLedgerOverviewOperation, admin, { query: { contractId: first.id } });
    expect(answer.status).toBe(200);
    expect(() => ledgerOverviewSchema.parse(answer.json)).not.toThrow();
    const overview = await getLedgerOverview({ user: admin, query: { contractId: first.id, page: 1 } });
    expect(overview.totals.find((total) => total.currency === currency)).toEqual({
      currency,
      fundedCents: 200_000,
      heldCents: 30_000,
      releasedCents: 120_000,
      feesCents: 12_000,
      refundedCents: 50_000,
      trialPayoutsCents: 0,
    });
    expect(overview.total).toBe(3);
    expect(overview.transactions.map((transaction) => transaction.kind)).toEqual(["refund", "release", "funding"]);
    expect(overview.transactions[1]).toMatchObject({
      contractId: first.id,
      contractTitle: first.title,
      currency,
      entries: [
        { accountCode: `expert_payable:${first.id}`, accountType: "EXPERT_PAYABLE", amountCents: 54_000 },
        { accountCode: `platform_revenue:${currency}`, accountType: "PLATFORM_REVENUE", amountCents: 6_000 },
        { accountCode: `escrow:${first.id}`, accountType: "ESCROW", amountCents: -60_000 },
      ],
    });
    expect((await getLedgerOverview({ user: admin, query: { contractId: second.id, page: 2 } })).transactions).toEqual([]);
  });

  describe("check", () => {
    let standin: Awaited<ReturnType<typeof startWorkerStandin>>;
    beforeAll(async () => {
      standin = await startWorkerStandin("http://127.0.0.1:9/unused");
    });
    afterAll(async () => {
      await standin.stop();
    });

    it("runs checkLedger, reports the differences and is audited", async () => {
      await bookedContract();
      const answer = await callOperation(runLedgerCheckOperation, admin, { body: {} });
      expect(answer.status).toBe(200);
      const report = ledgerCheckSchema.parse(answer.json);
      expect(report.totals.map((total) => total.currency)).toContain(currency);
      const audited = await db.auditLog.findFirst({ where: { actorId: admin.id, action: "ledger.checked" }, select: { data: true, requestId: true } });
      expect(audited).toEqual({ data: { differences: report.problems.length }, requestId: expect.any(String) });
    });
  });
});
