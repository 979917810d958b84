import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLedgerOverview } from "@/lib/admin/get-ledger-overview";
import type { SessionUser } from "@/lib/auth/session";
import { endContractOperation } from "@/lib/contract-endings/end-contract.operation";
import { requestReplacementOperation } from "@/lib/contract-endings/request-replacement.operation";
import { db } from "@/lib/db";
import { findCandidates } from "@/lib/matching/find-candidates";
import { loadRequestProfile } from "@/lib/matching/load-request-profile";
import { runInviteRound } from "@/lib/matching/run-invite-round";
import { accountBalance } from "@/lib/payments/ledger";
import { checkLedger } from "@/lib/payments/ledger-check";
import { settleTrialPayout } from "@/lib/payments/settle-trial-payout";
import { sendTrialPayout } from "@/lib/payments/stripe-money-calls";
import { getSlaBoard } from "@/lib/sla/get-sla-board";
import { stripe } from "@/lib/stripe";
import { fundedContract } from "../fixtures/contract-endings";
import { createAdmin } from "../fixtures/matching";
import { markSubmitted, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";
import { callOperation } from "../support/call-operation";

// A trial the client ends as not the right fit: held money back to the client at once, the expert paid
// for submitted work by the platform (capped, booked as platform expense), and a replacement request.

const HOUR_MS = 3_600_000;
let harness: PaymentHarness;
let admin: SessionUser;
beforeAll(async () => {
  harness = await startPaymentHarness();
  admin = await createAdmin();
  // Trial payouts come from the platform's own balance, not from the client's charge.
  await stripe().topups.create({ amount: 1_000_000, currency: "usd", description: "Platform reserve for trial payouts" });
});
afterAll(async () => {
  await harness.stop();
});

const endAsNotAFit = (user: SessionUser, contractId: string) =>
  callOperation(endContractOperation, user, { params: { id: contractId }, body: { reason: "NOT_A_FIT", note: "Different stack than we need." } });

describe("ending in the trial as not the right fit", () => {
  it("refunds every held milestone at once and pays the submitted work at the platform's cost, capped at $500", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract(harness, [30_000, 40_000, 20_000], 3);
    const [funded, firstSubmitted, secondSubmitted] = milestoneIds;
    await markSubmitted(firstSubmitted);
    await markSubmitted(secondSubmitted);

    const ended = await endAsNotAFit(client, contractId);
    expect(ended).toMatchObject({
      status: 200,
      json: { isEndedInTrial: true, refundedMilestones: 3, refundRequests: 0, trialPayoutCents: 50_000 },
    });
    // Nothing was ever released: once the refunds are confirmed, the contract is cancelled.
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).toEqual({ status: "CANCELLED" });
    for (const milestoneId of [funded, firstSubmitted, secondSubmitted]) expect(await milestoneStatus(milestoneId)).toBe("REFUNDED");
    expect(await db.refund.aggregate({ where: { milestone: { contractId }, status: "SUCCEEDED" }, _sum: { amountCents: true } })).toEqual({
      _sum: { amountCents: 90_000 },
    });
    expect(await db.endRefundRequest.count({ where: { contractId } })).toBe(0);

    const payout = await db.trialPayout.findUniqueOrThrow({ where: { contractId } });
    expect(payout).toMatchObject({ amountCents: 50_000, submittedCents: 60_000, status: "PAID", idempotencyKey: `trial-payout:${contractId}` });
    const transfer = await stripe().transfers.retrieve(payout.stripeTransferId!);
    expect(transfer).toMatchObject({ amount: 50_000, transfer_group: contractId, source_transaction: null, metadata: { trialPayoutId: payout.id } });

    // Booked as platform expense against the expert payable; escrow empty; the check is clean.
    expect(await accountBalance(db, `expert_payable:${contractId}`)).toBe(50_000);
    expect(await accountBalance(db, `escrow:${contractId}`)).toBe(0);
    const booking = await db.ledgerTransaction.findUniqueOrThrow({
      where: { idempotencyKey: `trial-payout:${contractId}` },
      select: { kind: true, entries: true },
    });
    expect(booking.kind).toBe("trial-payout");
    expect(booking.entries.map((entry) => entry.amountCents).sort((a, b) => a - b)).toEqual([-50_000, 50_000]);
    const report = await checkLedger({ contractIds: [contractId] });
    expect(report.problems).toEqual([]);
    expect(report.totals[0]).toMatchObject({ trialPayoutsCents: 50_000, releasedCents: 0, refundedCents: 90_000 });

    const ledger = await getLedgerOverview({ user: admin, query: { contractId, page: 1 } });
    expect(ledger.trialPayouts).toEqual([expect.objectContaining({ contractId, amountCents: 50_000, status: "PAID" })]);
    expect(await db.notification.count({ where: { userId: expert.id, kind: "contract.trial-payout" } })).toBe(1);
  });

  it("pays nothing when no work was submitted, and the trial rules are the client's alone", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract(harness, [10_000], 1);
    const byExpert = await callOperation(endContractOperation, expert, { params: { id: contractId }, body: { reason: "NOT_A_FIT", note: "" } });
    expect(byExpert).toMatchObject({ status: 200, json: { isEndedInTrial: false, refundRequests: 1, trialPayoutCents: 0 } });
    expect(await milestoneStatus(milestoneIds[0])).toBe("FUNDED");
    expect((await endAsNotAFit(client, contractId)).status).toBe(409);

    const other = await fundedContract(harness, [10_000], 1);
    expect(await endAsNotAFit(other.client, other.contractId)).toMatchObject({ status: 200, json: { trialPayoutCents: 0, refundedMilestones: 1 } });
    expect(await db.trialPayout.count({ where: { contractId: other.contractId } })).toBe(0);
  });

  it("a crash between Stripe's transfer and our write is recorded once by the settle job", async () => {
    const { contractId } = await fundedContract(harness, [20_000], 1);
    const contract = await db.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: { title: true, expertProfile: { select: { stripeAccountId: true } } },
    });
    const payout = await db.trialPayout.create({
      data: { contractId, amountCents: 20_000, submittedCents: 20_000, currency: "USD", idempotencyKey: `trial-payout:${contractId}` },
    });
    // Stripe made the transfer, then the process died before writing it down. (Its transfer.created
    // webhook would settle it too; held back here so that the settle job is what finishes it.)
    harness.setProcessing(false);
    const sent = await sendTrialPayout(payout, { contractId, contractTitle: contract.title, destination: contract.expertProfile.stripeAccountId! });
    const inFlight = await checkLedger({ contractIds: [contractId] });
    expect(inFlight.problems).toEqual([]);
    expect(inFlight.inFlight).toEqual([expect.stringContaining(sent.id)]);

    const runs = await Promise.all([settleTrialPayout(contractId), settleTrialPayout(contractId)]);
    expect(runs.filter((run) => run.settled)).toHaveLength(1);
    expect(await settleTrialPayout(contractId)).toEqual({ settled: false });
    expect(await db.trialPayout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({ status: "PAID", stripeTransferId: sent.id });
    expect(await db.ledgerTransaction.count({ where: { idempotencyKey: `trial-payout:${contractId}` } })).toBe(1);
    expect((await stripe().transfers.list({ transfer_group: contractId, limit: 100 })).data).toHaveLength(1);
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
    harness.setProcessing(true);
  });
});

describe("Find me a replacement", () => {
  it("puts the request back into matching with a new 8-hour clock, without the ended expert, once", async () => {
    const { client, expert, contractId, requestId } = await fundedContract(harness, [10_000], 1);
    const viewer = await addColleague(client.companyId!, "VIEWER");
    expect((await callOperation(requestReplacementOperation, client, { params: { id: contractId }, body: {} })).status).toBe(409);
    expect((await endAsNotAFit(client, contractId)).status).toBe(200);
    expect((await callOperation(requestReplacementOperation, viewer, { params: { id: contractId }, body: {} })).status).toBe(403);
    expect((await callOperation(requestReplacementOperation, expert, { params: { id: contractId }, body: {} })).status).toBe(403);

    const before = Date.now();
    const asked = await callOperation(requestReplacementOperation, client, { params: { id: contractId }, body: {} });
    expect(asked).toMatchObject({ status: 200, json: { requestId, status: "MATCHING", isReplacement: true, replacementOfContractId: contractId } });
    const deadline = new Date(asked.json.matchDeadline as string).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(8 * HOUR_MS - 1000);
    expect(deadline - before).toBeLessThan(8 * HOUR_MS + 60_000);
    expect(
      await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, isReplacement: true, replacementOfContractId: true } }),
    ).toEqual({
      status: "MATCHING",
      isReplacement: true,
      replacementOfContractId: contractId,
    });
    expect(await db.job.count({ where: { kind: "matching.deadline", dedupeKey: `deadline:${requestId}:replacement:${contractId}` } })).toBe(1);
    expect((await callOperation(requestReplacementOperation, client, { params: { id: contractId }, body: {} })).status).toBe(409);

    await runInviteRound({ requestId, now: new Date() });
    const invited = await db.match.findMany({ where: { requestId, status: "INVITED" }, select: { expertProfileId: true } });
    expect(invited.map((match) => match.expertProfileId)).not.toContain(expert.expertProfileId);

    // Without its match row the ended expert would be a candidate again; the ended contract alone keeps them out.
    await db.match.deleteMany({ where: { requestId, expertProfileId: expert.expertProfileId! } });
    const profile = await db.$transaction((tx) => loadRequestProfile(tx, requestId, new Date()));
    const candidateIds = async () => (await findCandidates(profile, { now: new Date() })).map((candidate) => candidate.expertProfileId);
    expect(await candidateIds()).not.toContain(expert.expertProfileId);
    await db.contract.update({ where: { id: contractId }, data: { endedAt: null } });
    expect(await candidateIds()).toContain(expert.expertProfileId);
    await db.contract.update({ where: { id: contractId }, data: { endedAt: new Date() } });

    const board = await getSlaBoard({ user: admin });
    expect(board.requests.find((row) => row.id === requestId)).toMatchObject({ status: "MATCHING", isReplacement: true });
  });

  it("is a 409 once the request has been closed", async () => {
    const { client, contractId, requestId } = await fundedContract(harness, [10_000], 1);
    expect((await endAsNotAFit(client, contractId)).status).toBe(200);
    await db.hiringRequest.update({ where: { id: requestId }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await callOperation(requestReplacementOperation, client, { params: { id: contractId }, body: {} })).status).toBe(409);
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { replacementRequestedAt: true } })).toEqual({
      replacementRequestedAt: null,
    });
  });
});
