import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLedgerOverviewOperation } from "@/lib/admin/get-ledger-overview.operation";
import { runLedgerCheckOperation } from "@/lib/admin/run-ledger-check.operation";
import type { SessionUser } from "@/lib/auth/session";
import { acceptProposalOperation } from "@/lib/contracts/accept-proposal.operation";
import { declineProposalOperation } from "@/lib/contracts/decline-proposal.operation";
import { getContractOperation } from "@/lib/contracts/get-contract.operation";
import { listContractsOperation } from "@/lib/contracts/list-contracts.operation";
import { proposeContractOperation } from "@/lib/contracts/propose-contract.operation";
import { withdrawProposalOperation } from "@/lib/contracts/withdraw-proposal.operation";
import { db } from "@/lib/db";
import { approveMilestoneOperation } from "@/lib/milestones/approve-milestone.operation";
import { cancelMilestoneOperation } from "@/lib/milestones/cancel-milestone.operation";
import { listDisputesOperation } from "@/lib/milestones/list-disputes.operation";
import { openDisputeOperation } from "@/lib/milestones/open-dispute.operation";
import { requestChangesOperation } from "@/lib/milestones/request-changes.operation";
import { resolveDisputeOperation } from "@/lib/milestones/resolve-dispute.operation";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { submitMilestoneOperation } from "@/lib/milestones/submit-milestone.operation";
import { getPayoutStatusOperation } from "@/lib/payments/get-payout-status.operation";
import { listStripeEventsOperation } from "@/lib/payments/list-stripe-events.operation";
import { startPayoutOnboardingOperation } from "@/lib/payments/start-payout-onboarding.operation";
import { writeReviewOperation } from "@/lib/reviews/write-review.operation";
import { createProposedContract, proposalInput } from "../fixtures/contracts";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { callOperation } from "../support/call-operation";

// The contract, milestone, payout and admin money operations called as the API router calls them: each
// answer is checked against its output schema outside production (a mismatch would be a 500 here).

let harness: PaymentHarness;
let admin: SessionUser;
beforeAll(async () => {
  harness = await startPaymentHarness();
  admin = await createAdmin();
});
afterAll(async () => {
  await harness.stop();
});

async function fund(client: SessionUser, milestoneId: string) {
  const funding = await callOperation(startFundingOperation, client, { params: { id: milestoneId }, body: {} });
  expect(funding.status).toBe(200);
  await harness.pay(funding.json.checkoutUrl as string);
  await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the milestone to be funded");
}

describe("a proposal's answers through the operations", () => {
  it("declines, proposes again, withdraws, proposes once more and accepts", async () => {
    const { client, expert, matchId, contractId } = await createProposedContract();
    const declined = await callOperation(declineProposalOperation, expert, { params: { id: contractId }, body: { reason: "Booked until March, sorry." } });
    expect(declined).toMatchObject({ status: 200, json: { id: contractId, status: "CANCELLED" } });

    const second = await callOperation(proposeContractOperation, client, { body: proposalInput(matchId) });
    expect(second).toMatchObject({ status: 201, json: { status: "PROPOSED" } });
    const withdrawn = await callOperation(withdrawProposalOperation, client, { params: { id: second.json.id as string } });
    expect(withdrawn).toMatchObject({ status: 200, json: { status: "CANCELLED" } });

    const third = await callOperation(proposeContractOperation, client, { body: proposalInput(matchId) });
    const accepted = await callOperation(acceptProposalOperation, expert, { params: { id: third.json.id as string } });
    expect(accepted).toMatchObject({ status: 200, json: { id: third.json.id, status: "ACTIVE" } });
    expect((await callOperation(acceptProposalOperation, expert, { params: { id: third.json.id as string } })).status).toBe(409);
  });

  it("refuses a malformed id in the URL with a 400 that names it", async () => {
    const { client, expert } = await createProposedContract();
    const long = "x".repeat(65);
    expect(await callOperation(getContractOperation, client, { params: { id: long } })).toMatchObject({
      status: 400,
      json: { error: { message: "The contract id in the URL is malformed." } },
    });
    expect(
      await callOperation(submitMilestoneOperation, expert, { params: { id: long }, body: { note: "Delivered the whole thing.", links: [] } }),
    ).toMatchObject({
      status: 400,
      json: { error: { message: "The milestone id in the URL is malformed." } },
    });
    expect(await callOperation(resolveDisputeOperation, admin, { params: { id: long }, body: { outcome: "RELEASE", note: "Released." } })).toMatchObject({
      status: 400,
      json: { error: { message: "The dispute id in the URL is malformed." } },
    });
  });
});

describe("a contract's money through the operations", () => {
  it("funds, submits, asks for changes, approves, removes an unfunded milestone, and takes a review", async () => {
    const { client, expert, contractId, milestoneIds } = await createFundableContract(harness, [30_000, 20_000]);
    const [first, second] = milestoneIds;
    expect(await callOperation(getPayoutStatusOperation, expert)).toMatchObject({ status: 200, json: { hasAccount: true, payoutsEnabled: true } });
    expect(await callOperation(startPayoutOnboardingOperation, expert, { body: {} })).toMatchObject({ status: 200, json: { url: expect.any(String) } });

    await fund(client, first);
    const submission = { note: "Delivered the API with tests and docs.", links: ["https://example.com/pr/1"] };
    expect(await callOperation(submitMilestoneOperation, expert, { params: { id: first }, body: submission })).toMatchObject({
      status: 200,
      json: { id: first, status: "SUBMITTED" },
    });
    expect(
      await callOperation(requestChangesOperation, client, { params: { id: first }, body: { note: "Please add the missing endpoint docs." } }),
    ).toMatchObject({
      status: 200,
      json: { id: first, status: "CHANGES_REQUESTED" },
    });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a new submittedAt
    expect((await callOperation(submitMilestoneOperation, expert, { params: { id: first }, body: submission })).status).toBe(200);
    expect(await callOperation(approveMilestoneOperation, client, { params: { id: first }, body: {} })).toMatchObject({
      status: 200,
      json: { id: first, status: "RELEASED" },
    });
    expect(await callOperation(cancelMilestoneOperation, client, { params: { id: second }, body: {} })).toMatchObject({
      status: 200,
      json: { milestoneId: second, outcome: "removed" },
    });

    const detail = await callOperation(getContractOperation, client, { params: { id: contractId } });
    expect(detail).toMatchObject({ status: 200, json: { status: "COMPLETED", money: { fundedCents: 30_000, releasedCents: 30_000, heldCents: 0 } } });
    expect(await callOperation(writeReviewOperation, client, { params: { id: contractId }, body: { rating: 5, text: "Clear and on time." } })).toMatchObject({
      status: 201,
      json: { rating: 5 },
    });
    const list = await callOperation(listContractsOperation, expert);
    expect(list.status).toBe(200);
    expect((list.json.contracts as { id: string }[]).map((contract) => contract.id)).toContain(contractId);
  });

  it("refunds a cancelled funded milestone, and an admin resolves a dispute with a split", async () => {
    const { client, expert, contractId, milestoneIds } = await createFundableContract(harness, [40_000, 10_000]);
    const [disputed, cancelled] = milestoneIds;
    await fund(client, cancelled);
    expect(await callOperation(cancelMilestoneOperation, client, { params: { id: cancelled }, body: {} })).toMatchObject({
      status: 200,
      json: { outcome: "refunded" },
    });

    await fund(client, disputed);
    const opened = await callOperation(openDisputeOperation, expert, {
      params: { id: disputed },
      body: { reason: "The client stopped answering after the delivery." },
    });
    expect(opened).toMatchObject({ status: 201, json: { milestoneStatus: "DISPUTED" } });
    expect(
      (await callOperation(openDisputeOperation, admin, { params: { id: disputed }, body: { reason: "An admin cannot open one of these at all." } })).status,
    ).toBe(403);
    const disputes = await callOperation(listDisputesOperation, admin);
    expect(disputes.status).toBe(200);
    expect(disputes.json.open).toContainEqual(expect.objectContaining({ id: opened.json.disputeId, contract: expect.objectContaining({ id: contractId }) }));

    const resolved = await callOperation(resolveDisputeOperation, admin, {
      params: { id: opened.json.disputeId as string },
      body: { outcome: "SPLIT", releaseCents: 25_000, note: "Most of the work was delivered." },
    });
    expect(resolved).toMatchObject({ status: 200, json: { outcome: "SPLIT", releaseCents: 25_000, refundCents: 15_000 } });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: opened.json.disputeId as string }, select: { status: true } })).status).toBe("RESOLVED");
  });
});

describe("the admin's money console through the operations", () => {
  it("reads the ledger and the Stripe event log, and runs the ledger check (audited with the request id)", async () => {
    expect((await callOperation(getLedgerOverviewOperation, admin, { query: { page: "1" } })).status).toBe(200);
    const events = await callOperation(listStripeEventsOperation, admin, { query: { failedOnly: "false", limit: "5" } });
    expect(events.status).toBe(200);
    expect((events.json.events as unknown[]).length).toBeLessThanOrEqual(5);
    const check = await callOperation(runLedgerCheckOperation, admin, { body: {} });
    expect(check.status).toBe(200);
    const audited = await db.auditLog.findFirstOrThrow({
      where: { actorId: admin.id, action: "ledger.checked" },
      orderBy: { createdAt: "desc" },
      select: { requestId: true },
    });
    expect(audited.requestId).toEqual(expect.any(String));
  });
});
