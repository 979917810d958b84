import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getUser } from "@/lib/admin/get-user";
import type { SessionUser } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { issueReceipt } from "@/lib/invoices/issue";
import { platformFee } from "@/lib/payments/fees";
import { accountBalance, bookTransaction, ledgerAccounts } from "@/lib/payments/ledger";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { loadSessionUser } from "@/lib/sessions/session-user";
import { createShortlistedRequest } from "../fixtures/chat";
import { type ContractFixture, createActiveContract, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin, createClient, sessionUserOf } from "../fixtures/matching";
import { callOperation, refusalOf } from "../support/call-operation";

// "Delete my account": refused, saying why, while money or work is open; otherwise personal data is
// erased in one go while money, ledger and audit rows stay, and the person can never sign in again.

const PASSWORD = "fixture password 123";
const confirm = { password: PASSWORD, confirmation: "DELETE" };

const deleteAs = (user: SessionUser, body: unknown = confirm) => callOperation(deleteAccountOperation, user, { body });
const refusedWith = async (user: SessionUser, message: string | RegExp) =>
  expect(await refusalOf(deleteAs(user))).toMatchObject({ status: 409, code: "CONFLICT", message: expect.stringMatching(message) });

/** A contract the client and expert finished: its milestone released and booked, nothing open. */
async function finishedContract(): Promise<ContractFixture> {
  const deal = await createActiveContract({ milestones: [50_000] });
  const [milestoneId] = deal.milestoneIds;
  const accounts = ledgerAccounts(deal.contractId, "USD");
  await db.$transaction(async (tx) => {
    await bookTransaction(tx, {
      kind: "funding",
      idempotencyKey: `fund:${milestoneId}`,
      description: "Funding",
      contractId: deal.contractId,
      milestoneId,
      currency: "USD",
      entries: [
        { account: accounts.escrow, amountCents: 50_000 },
        { account: accounts.clientFunding, amountCents: -50_000 },
      ],
    });
    await bookTransaction(tx, {
      kind: "release",
      idempotencyKey: `release:${milestoneId}`,
      description: "Release",
      contractId: deal.contractId,
      milestoneId,
      currency: "USD",
      entries: [
        { account: accounts.escrow, amountCents: -50_000 },
        { account: accounts.expertPayable, amountCents: 45_000 },
        { account: accounts.platformRevenue, amountCents: 5_000 },
      ],
    });
  });
  const payment = await db.payment.create({
    data: { milestoneId, amountCents: 50_000, currency: "USD", status: "SUCCEEDED", idempotencyKey: `fund:${milestoneId}:1` },
    select: { id: true },
  });
  // Its receipt, and the client's address among the company's billing emails.
  await db.$transaction((tx) => issueReceipt(tx, { paymentId: payment.id, now: new Date(), expertSideFee: platformFee }));
  await db.company.update({ where: { id: deal.client.companyId! }, data: { billingEmails: [deal.client.email.toLowerCase(), "ap@example.test"] } });
  await db.transfer.create({
    data: { milestoneId, amountCents: 45_000, feeCents: 5_000, currency: "USD", status: "PAID", idempotencyKey: `release:${milestoneId}` },
  });
  await setMilestoneStatus(milestoneId, "RELEASED");
  await db.contract.update({ where: { id: deal.contractId }, data: { status: "COMPLETED", completedAt: new Date() } });
  await db.message.create({
    data: { conversationId: deal.conversationId, senderId: deal.client.id, clientMessageId: randomUUID(), body: "Thanks, great work." },
  });
  return deal;
}

describe("deleting an account is refused, saying why", () => {
  it("while a contract is under way or proposed", async () => {
    const deal = await createActiveContract();
    await refusedWith(deal.client, /contract "Fixture contract build" is still under way/);
    await refusedWith(deal.expert, /still under way/);
    const proposed = await createActiveContract();
    await db.contract.update({ where: { id: proposed.contractId }, data: { status: "PROPOSED" } });
    await refusedWith(proposed.client, /proposal waiting for an answer/);
  });

  it("while money is held, a payout or refund is pending, or a dispute is open", async () => {
    const held = await finishedContract();
    await setMilestoneStatus(held.milestoneIds[0], "FUNDED");
    await refusedWith(held.client, /Vetted holds money on 1 of your milestones/);

    const payout = await finishedContract();
    await db.transfer.updateMany({ where: { milestoneId: payout.milestoneIds[0] }, data: { status: "PENDING" } });
    await refusedWith(payout.expert, /A payout to you is still on its way/);

    const refund = await finishedContract();
    const payment = await db.payment.findFirstOrThrow({ where: { milestoneId: refund.milestoneIds[0] }, select: { id: true } });
    await db.refund.create({
      data: { milestoneId: refund.milestoneIds[0], paymentId: payment.id, amountCents: 100, currency: "USD", idempotencyKey: `refund:${randomUUID()}` },
    });
    await refusedWith(refund.client, /A refund is still being processed/);

    const disputed = await finishedContract();
    await db.dispute.create({ data: { contractId: disputed.contractId, openedById: disputed.client.id, reason: "The work was incomplete." } });
    await refusedWith(disputed.expert, /A dispute on one of your contracts is still open/);
  });

  it("while a request the user raised is open to experts, or an expert's accepted invitation awaits its shortlist", async () => {
    const { client, experts, requestId } = await createShortlistedRequest(1);
    await refusedWith(client, /Your request "[^"]+" is open to experts. Cancel it first/);
    await db.hiringRequest.update({ where: { id: requestId }, data: { status: "MATCHING" } });
    await db.match.updateMany({ where: { requestId }, data: { status: "ACCEPTED" } });
    await refusedWith(experts[0], /You accepted an invitation to "[^"]+", which is still being matched/);
  });

  it("while the user is the only owner of a company with other members, and for admins", async () => {
    const owner = await createClient();
    const colleague = await createClient();
    await db.companyMember.create({ data: { companyId: owner.companyId!, userId: colleague.id, role: "HIRING_MANAGER" } });
    await refusedWith(owner, /only owner of Fixture Co, which has other members/);
    // The member may leave: the company keeps its owner.
    expect((await deleteAs(await sessionUserOf(colleague.id))).status).toBe(200);
    const admin = await createAdmin();
    await db.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await refusedWith(admin, /Admin accounts are closed by another admin/);
  });

  it("without the right password (five guesses at most) and the typed confirmation, and changes nothing", async () => {
    const user = await createClient();
    expect(await refusalOf(deleteAs(user, { password: "not my password", confirmation: "DELETE" }))).toMatchObject({
      status: 422,
      fields: { password: ["That is not your password. Type your current password."] },
    });
    expect(await refusalOf(deleteAs(user, { password: PASSWORD, confirmation: "delete it" }))).toMatchObject({
      status: 422,
      fields: { confirmation: ["Type DELETE in capital letters to confirm."] },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { deletedAt: true, email: true } })).toEqual({
      deletedAt: null,
      email: user.email,
    });
    // Guessing the password through this form stops after five wrong ones, the right one included.
    for (let attempt = 2; attempt <= 5; attempt++) expect((await deleteAs(user, { password: `guess ${attempt}`, confirmation: "DELETE" })).status).toBe(422);
    expect(await refusalOf(deleteAs(user))).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  });
});

describe("a deleted account", () => {
  it("loses its personal data and sessions, and keeps money, ledger, messages and audit rows under a pseudonym", async () => {
    const deal = await finishedContract();
    const { client } = deal;
    await db.notification.create({ data: { userId: client.id, kind: "test", title: "Hello" } });
    await db.dataExport.create({ data: { userId: client.id, status: "READY", zip: new Uint8Array([1, 2, 3]) } });
    const escrowBefore = await db.$transaction((tx) => accountBalance(tx, `escrow:${deal.contractId}`));

    const answer = await deleteAs(client);
    expect(answer.status).toBe(200);

    const after = await db.user.findUniqueOrThrow({ where: { id: client.id }, select: { name: true, email: true, deletedAt: true, passwordHash: true } });
    expect(after).toMatchObject({ name: "Deleted user", email: `deleted-${client.id}@deleted.vetted.invalid` });
    expect(after.deletedAt).not.toBeNull();
    expect(after.passwordHash).not.toMatch(/argon2/);
    expect(await loadSessionUser(client.id, 0)).toBeNull();
    await expect(authenticate({ email: client.email, password: PASSWORD }, "203.0.113.9")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    expect(await db.notification.count({ where: { userId: client.id } })).toBe(0);
    expect(await db.dataExport.count({ where: { userId: client.id } })).toBe(0);
    expect(await db.companyMember.count({ where: { userId: client.id } })).toBe(0);
    const emails = await db.emailOutbox.findMany({ where: { toEmail: client.email }, select: { subject: true } });
    expect(emails).toEqual([{ subject: "Your Vetted account is deleted" }]);

    // Money and work stay, pointing at the pseudonymised user; the ledger still balances.
    expect(await db.contract.findUniqueOrThrow({ where: { id: deal.contractId }, select: { clientUserId: true, status: true } })).toEqual({
      clientUserId: client.id,
      status: "COMPLETED",
    });
    expect(await db.payment.count({ where: { milestoneId: deal.milestoneIds[0] } })).toBe(1);
    // The receipt is kept for accounting, without its link to the user; the address leaves the billing emails.
    expect(await db.invoice.findMany({ where: { milestoneId: deal.milestoneIds[0] }, select: { number: true, paidByUserId: true, totalCents: true } })).toEqual(
      [{ number: "R-000001", paidByUserId: null, totalCents: 50_000 }],
    );
    expect((await db.company.findUniqueOrThrow({ where: { id: client.companyId! }, select: { billingEmails: true } })).billingEmails).toEqual([
      "ap@example.test",
    ]);
    expect(await db.transfer.count({ where: { milestoneId: deal.milestoneIds[0] } })).toBe(1);
    const sums = await db.ledgerEntry.groupBy({ by: ["transactionId"], where: { transaction: { contractId: deal.contractId } }, _sum: { amountCents: true } });
    expect(sums).toHaveLength(2);
    for (const sum of sums) expect(sum._sum.amountCents).toBe(0);
    expect(await db.$transaction((tx) => accountBalance(tx, `escrow:${deal.contractId}`))).toBe(escrowBefore);
    const message = await db.message.findFirstOrThrow({
      where: { conversationId: deal.conversationId, senderId: client.id },
      select: { body: true, sender: { select: { name: true } } },
    });
    expect(message).toEqual({ body: "Thanks, great work.", sender: { name: "Deleted user" } });

    const audit = await db.auditLog.findMany({
      where: { targetType: "User", targetId: client.id, action: "account.deleted" },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual([{ actorId: client.id, data: {} }]);
    const mentions = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM audit_log WHERE strpos(data::text, ${client.email}) > 0`;
    expect(Number(mentions[0].count)).toBe(0);
    expect(await refusalOf(deleteAs(client))).toMatchObject({ status: 401 });

    // The admin console shows the account as deleted, with nothing left to suspend.
    const shown = await getUser({ user: await createAdmin(), userId: client.id });
    expect(shown).toMatchObject({ name: "Deleted user", canSuspend: false, canReinstate: false, memberships: [] });
    expect(shown.deletedAt).toBeInstanceOf(Date);
  });

  it("of an expert is hidden from matching, their profile text and skills erased, their open invitations declined, shortlists pass them over", async () => {
    const deal = await finishedContract();
    const { expert } = deal;
    const other = await createActiveContract();
    await db.match.create({
      data: {
        requestId: other.requestId,
        expertProfileId: expert.expertProfileId!,
        status: "INVITED",
        score: 0.5,
        scoreBreakdown: {},
        rank: 9,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const shortlist = await createShortlistedRequest(1);
    await db.match.create({
      data: {
        requestId: shortlist.requestId,
        expertProfileId: expert.expertProfileId!,
        status: "SHORTLISTED",
        score: 0.5,
        scoreBreakdown: {},
        rank: 2,
        expiresAt: new Date(),
      },
    });
    await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { publicProfile: true, country: "PT" } });
    expect((await deleteAs(expert)).status).toBe(200);
    const passed = await db.match.findFirstOrThrow({
      where: { requestId: shortlist.requestId, expertProfileId: expert.expertProfileId! },
      select: { status: true },
    });
    expect(passed.status).toBe("PASSED");
    const profile = await db.expertProfile.findUniqueOrThrow({
      where: { id: expert.expertProfileId! },
      select: {
        headline: true,
        bio: true,
        isAvailable: true,
        publicProfile: true,
        country: true,
        links: true,
        _count: { select: { skills: true, contracts: true } },
      },
    });
    expect(profile).toEqual({
      headline: "",
      bio: "",
      isAvailable: false,
      publicProfile: false,
      country: null,
      links: [],
      _count: { skills: 0, contracts: 1 },
    });
    const invitation = await db.match.findFirstOrThrow({
      where: { requestId: other.requestId, expertProfileId: expert.expertProfileId! },
      select: { status: true },
    });
    expect(invitation.status).toBe("DECLINED");
    expect(await db.job.count({ where: { kind: "matching.invite-round", dedupeKey: `account-deleted:${expert.id}:${other.requestId}` } })).toBe(1);
  });
});
