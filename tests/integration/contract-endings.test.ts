import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { agreeEndRefundBySilence } from "@/lib/contract-endings/answer-end-refund";
import { answerEndRefundOperation } from "@/lib/contract-endings/answer-end-refund.operation";
import { endContractOperation } from "@/lib/contract-endings/end-contract.operation";
import { getContract } from "@/lib/contracts/get-contract";
import { db } from "@/lib/db";
import { releasePart } from "@/lib/milestones/release-part";
import { requestChangesOperation } from "@/lib/milestones/request-changes.operation";
import { submitMilestoneOperation } from "@/lib/milestones/submit-milestone.operation";
import { checkLedger } from "@/lib/payments/ledger-check";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { stripe } from "@/lib/stripe";
import { fundedContract } from "../fixtures/contract-endings";
import { createActiveContract } from "../fixtures/contracts";
import { markSubmitted, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";
import { callOperation } from "../support/call-operation";

// Ending a contract early, outside a trial: who may, what happens to each milestone, the expert's
// consent window for funded work not submitted, and a double click.

const DAY_MS = 86_400_000;
let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const pastTrial = (contractId: string) => db.contract.update({ where: { id: contractId }, data: { trialEndsAt: new Date(Date.now() - DAY_MS) } });
const end = (user: SessionUser, contractId: string, body: unknown = { reason: "NO_LONGER_NEEDED", note: "" }) =>
  callOperation(endContractOperation, user, { params: { id: contractId }, body });

describe("ending a contract after its trial", () => {
  it("cancels unfunded milestones, asks the expert to agree to refund funded work not submitted, and leaves submitted work to the normal rules", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract(harness, [30_000, 20_000, 10_000], 2);
    const [funded, submitted, unfunded] = milestoneIds;
    await markSubmitted(submitted);
    await pastTrial(contractId);
    const before = Date.now();

    const ended = await end(expert, contractId, { reason: "UNRESPONSIVE", note: "No answer for two weeks." });
    expect(ended).toMatchObject({
      status: 200,
      json: {
        id: contractId,
        status: "ACTIVE",
        endReason: "UNRESPONSIVE",
        isEndedInTrial: false,
        cancelledMilestones: 1,
        refundRequests: 1,
        trialPayoutCents: 0,
      },
    });
    expect(await db.milestone.findUnique({ where: { id: unfunded } })).toBeNull();
    expect(await milestoneStatus(submitted)).toBe("SUBMITTED");
    expect(await milestoneStatus(funded)).toBe("FUNDED");
    const contract = await db.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: { endedAt: true, endedById: true, endNote: true, totalCents: true },
    });
    expect(contract).toMatchObject({ endedById: expert.id, endNote: "No answer for two weeks.", totalCents: 50_000 });
    const request = await db.endRefundRequest.findUniqueOrThrow({ where: { milestoneId: funded } });
    expect(request.status).toBe("REQUESTED");
    // END_REFUND_CONSENT_DAYS defaults to 3.
    expect(request.consentDeadline.getTime() - before).toBeGreaterThanOrEqual(3 * DAY_MS - 1000);
    expect(request.consentDeadline.getTime() - before).toBeLessThan(3 * DAY_MS + 60_000);
    expect(
      await db.job.count({ where: { kind: "contracts.end-refund-deadline", dedupeKey: `end-refund-deadline:${funded}`, runAt: request.consentDeadline } }),
    ).toBe(1);
    expect(await db.notification.count({ where: { kind: "contract.ended", userId: { in: [client.id, expert.id] } } })).toBe(2);
    expect(
      await db.emailOutbox.count({ where: { dedupeKey: { in: [`contract-ended:${contractId}:${client.id}`, `contract-ended:${contractId}:${expert.id}`] } } }),
    ).toBe(2);
    expect(await db.auditLog.count({ where: { action: "contract.ended", targetId: contractId } })).toBe(1);

    // Ended: nothing new is funded, submitted or sent back for changes; ending again is a 409.
    expect((await end(client, contractId)).status).toBe(409);
    expect(
      (await callOperation(submitMilestoneOperation, expert, { params: { id: funded }, body: { note: "Here is the work after all.", links: [] } })).status,
    ).toBe(409);
    expect((await callOperation(requestChangesOperation, client, { params: { id: submitted }, body: { note: "Please change the whole thing." } })).status).toBe(
      409,
    );

    const detail = await getContract({ user: expert, contractId });
    expect(detail.ending).toMatchObject({ endReason: "UNRESPONSIVE", endedByName: expert.name, actions: { end: false, requestReplacement: false } });
    expect(detail.milestones.find((milestone) => milestone.id === funded)?.endRefund).toMatchObject({ status: "REQUESTED", canAnswer: true });
    expect(detail.milestones.find((milestone) => milestone.id === funded)?.actions.submit).toBe(false);
  });

  it("two ends at once: one ends the contract, the other is a 409", async () => {
    const { client, expert, contractId } = await fundedContract(harness, [10_000], 1);
    await pastTrial(contractId);
    const answers = await Promise.all([end(client, contractId), end(expert, contractId, { reason: "WORK_DONE", note: "" })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await db.endRefundRequest.count({ where: { contractId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "contract.ended", targetId: contractId } })).toBe(1);
  });

  it("silence agrees once the consent window has passed: refunded once, however often the timer runs", async () => {
    const { client, contractId, milestoneIds } = await fundedContract(harness, [25_000], 1);
    const [milestoneId] = milestoneIds;
    await pastTrial(contractId);
    expect((await end(client, contractId)).status).toBe(200);

    expect(await agreeEndRefundBySilence({ milestoneId, now: new Date() })).toEqual({ refunded: false });
    expect(await milestoneStatus(milestoneId)).toBe("FUNDED");
    const afterDeadline = new Date(Date.now() + 4 * DAY_MS);
    const runs = await Promise.all([
      agreeEndRefundBySilence({ milestoneId, now: afterDeadline }),
      agreeEndRefundBySilence({ milestoneId, now: afterDeadline }),
    ]);
    expect(runs.filter((run) => run.refunded)).toHaveLength(1);
    expect(await agreeEndRefundBySilence({ milestoneId, now: afterDeadline })).toEqual({ refunded: false });

    expect(await milestoneStatus(milestoneId)).toBe("REFUNDED");
    expect(await db.endRefundRequest.findUniqueOrThrow({ where: { milestoneId } })).toMatchObject({ status: "AGREED", isAgreedBySilence: true });
    const refunds = await db.refund.findMany({ where: { milestoneId } });
    expect(refunds).toEqual([expect.objectContaining({ status: "SUCCEEDED", amountCents: 25_000, idempotencyKey: `refund:${milestoneId}` })]);
    const stripeRefunds = await stripe().refunds.list({ limit: 100 });
    expect(stripeRefunds.data.filter((refund) => refund.metadata?.milestoneId === milestoneId)).toHaveLength(1);
    // Nothing was ever released: the contract is cancelled, its books balanced.
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).toEqual({ status: "CANCELLED" });
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
  });

  it("refunds only what is still held when part of the milestone was released before the end", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract(harness, [30_000], 1);
    const [milestoneId] = milestoneIds;
    await pastTrial(contractId);
    await releasePart({ user: client, milestoneId, amountCents: 10_000, now: new Date() });
    await settleMilestone(milestoneId);
    expect((await end(client, contractId)).status).toBe(200);
    const agreed = await callOperation(answerEndRefundOperation, expert, { params: { id: milestoneId }, body: { decision: "AGREE" } });
    expect(agreed.status).toBe(200);
    await settleMilestone(milestoneId);
    const refunds = await db.refund.findMany({ where: { milestoneId }, select: { amountCents: true, status: true } });
    expect(refunds).toEqual([{ amountCents: 20_000, status: "SUCCEEDED" }]);
    // 10,000 released and 20,000 refunded: escrow is empty, never below zero, and the contract is done.
    expect((await checkLedger({ contractIds: [contractId] })).problems).toEqual([]);
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).toEqual({ status: "COMPLETED" });
  });

  it("the expert disputes within the window: an admin decides, and the deadline refunds nothing", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract(harness, [15_000], 1);
    const [milestoneId] = milestoneIds;
    await pastTrial(contractId);
    expect((await end(client, contractId)).status).toBe(200);

    expect(
      (await callOperation(answerEndRefundOperation, expert, { params: { id: milestoneId }, body: { decision: "DISPUTE", reason: "short" } })).status,
    ).toBe(422);
    expect((await callOperation(answerEndRefundOperation, client, { params: { id: milestoneId }, body: { decision: "AGREE" } })).status).toBe(403);
    const disputed = await callOperation(answerEndRefundOperation, expert, {
      params: { id: milestoneId },
      body: { decision: "DISPUTE", reason: "I delivered most of this in our chat before the end; please look." },
    });
    expect(disputed).toMatchObject({ status: 200, json: { milestoneId, status: "DISPUTED", disputeId: expect.any(String) } });
    expect(await milestoneStatus(milestoneId)).toBe("DISPUTED");
    expect(await db.dispute.count({ where: { milestoneId, status: "OPEN" } })).toBe(1);
    expect((await callOperation(answerEndRefundOperation, expert, { params: { id: milestoneId }, body: { decision: "AGREE" } })).status).toBe(409);

    expect(await agreeEndRefundBySilence({ milestoneId, now: new Date(Date.now() + 4 * DAY_MS) })).toEqual({ refunded: false });
    expect(await db.refund.count({ where: { milestoneId } })).toBe(0);
  });

  it("the expert agrees: refunded at once; after the deadline an answer is a 409", async () => {
    const first = await fundedContract(harness, [12_000], 1);
    await pastTrial(first.contractId);
    expect((await end(first.client, first.contractId)).status).toBe(200);
    const agreed = await callOperation(answerEndRefundOperation, first.expert, { params: { id: first.milestoneIds[0] }, body: { decision: "AGREE" } });
    expect(agreed).toMatchObject({ status: 200, json: { status: "AGREED", disputeId: null } });
    expect(await milestoneStatus(first.milestoneIds[0])).toBe("REFUNDED");
    expect(await db.refund.findFirstOrThrow({ where: { milestoneId: first.milestoneIds[0] } })).toMatchObject({ status: "SUCCEEDED" });

    const second = await fundedContract(harness, [12_000], 1);
    await pastTrial(second.contractId);
    expect((await end(second.client, second.contractId)).status).toBe(200);
    await db.endRefundRequest.update({ where: { milestoneId: second.milestoneIds[0] }, data: { consentDeadline: new Date(Date.now() - 1000) } });
    expect((await callOperation(answerEndRefundOperation, second.expert, { params: { id: second.milestoneIds[0] }, body: { decision: "AGREE" } })).status).toBe(
      409,
    );
  });

  it("only a member who manages contracts ends it for the client side; another company finds nothing", async () => {
    const { client, contractId } = await fundedContract(harness, [10_000], 0);
    const viewer = await addColleague(client.companyId!, "VIEWER");
    expect((await end(viewer, contractId)).status).toBe(403);
    const stranger = (await createActiveContract({ expertCount: 1 })).client;
    expect((await end(stranger, contractId)).status).toBe(404);
    expect((await end(client, contractId, { reason: "OTHER", note: "" })).status).toBe(422);
    expect((await end(client, contractId, { reason: "BORED" })).status).toBe(422);
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { endedAt: true } })).toEqual({ endedAt: null });
    // Only unfunded milestones: nothing is held, so it is cancelled at once.
    expect(await end(client, contractId)).toMatchObject({ status: 200, json: { status: "CANCELLED", cancelledMilestones: 1 } });
  });
});
