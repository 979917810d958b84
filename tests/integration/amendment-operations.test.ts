import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptAmendmentOperation } from "@/lib/amendments/accept-amendment.operation";
import { declineAmendmentOperation } from "@/lib/amendments/decline-amendment.operation";
import { listAmendmentsOperation } from "@/lib/amendments/list-amendments.operation";
import { proposeAmendmentOperation } from "@/lib/amendments/propose-amendment.operation";
import { withdrawAmendmentOperation } from "@/lib/amendments/withdraw-amendment.operation";
import { getContractOperation } from "@/lib/contracts/get-contract.operation";
import { db } from "@/lib/db";
import { payBonusOperation } from "@/lib/milestones/pay-bonus.operation";
import { releasePartOperation } from "@/lib/milestones/release-part.operation";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { addColleague } from "../fixtures/teams";
import { callOperation, refusalOf } from "../support/call-operation";

// The amendment, bonus and partial-release operations called as the API router calls them: answers are
// checked against their output schemas, refusals have the error shape and nothing is written.

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("amendment operations", () => {
  it("propose, list, accept, decline and withdraw over the API, with clear refusals", async () => {
    const { client, expert, contractId } = await createFundableContract(harness, [50_000], { payouts: false });
    const add = { kind: "ADD_MILESTONE", title: "Phase two", amountCents: 20_000, dueDate: inDays(14), note: "More screens" };
    const proposed = await callOperation(proposeAmendmentOperation, client, { params: { id: contractId }, body: add });
    expect(proposed).toEqual({ status: 201, json: { id: expect.any(String), status: "PROPOSED" } });
    const accepted = await callOperation(acceptAmendmentOperation, expert, { params: { id: contractId, amendmentId: proposed.json.id as string }, body: {} });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ status: "ACCEPTED", milestoneId: expect.any(String), effectiveFrom: null });

    const second = await callOperation(proposeAmendmentOperation, expert, { params: { id: contractId }, body: { ...add, title: "Phase three" } });
    expect(
      (await callOperation(declineAmendmentOperation, client, { params: { id: contractId, amendmentId: second.json.id as string }, body: {} })).json,
    ).toEqual({
      id: second.json.id,
      status: "DECLINED",
    });
    const third = await callOperation(proposeAmendmentOperation, expert, { params: { id: contractId }, body: { ...add, title: "Phase four" } });
    expect(
      (await callOperation(withdrawAmendmentOperation, expert, { params: { id: contractId, amendmentId: third.json.id as string }, body: {} })).json,
    ).toEqual({
      id: third.json.id,
      status: "WITHDRAWN",
    });

    const viewer = await addColleague(client.companyId!, "VIEWER");
    const history = await callOperation(listAmendmentsOperation, viewer, { params: { id: contractId } });
    expect(history.status).toBe(200);
    expect((history.json.amendments as { status: string }[]).map((row) => row.status)).toEqual(["WITHDRAWN", "DECLINED", "ACCEPTED"]);
    expect((await callOperation(listAmendmentsOperation, await createAdmin(), { params: { id: contractId } })).status).toBe(200);
    expect(await refusalOf(callOperation(proposeAmendmentOperation, viewer, { params: { id: contractId }, body: add }))).toMatchObject({ status: 403 });
    expect(await refusalOf(callOperation(proposeAmendmentOperation, null, { params: { id: contractId }, body: add }))).toMatchObject({ status: 401 });

    const before = await db.contractAmendment.count({ where: { contractId } });
    for (const body of [
      { kind: "ADD_MILESTONE", title: "x", amountCents: 20_000, dueDate: inDays(3) },
      { kind: "ADD_MILESTONE", title: "Fine title", amountCents: 12.5, dueDate: inDays(3) },
      { kind: "CHANGE_MILESTONE", milestoneId: "m" },
      { kind: "CHANGE_HOURLY_TERMS", weeklyCapMinutes: 100 },
      { kind: "RENEGOTIATE" },
    ]) {
      const refusal = await refusalOf(callOperation(proposeAmendmentOperation, client, { params: { id: contractId }, body }));
      expect(refusal.status).toBe(422);
      expect(refusal.message).not.toMatch(/zod|invalid_type/i);
    }
    expect(await refusalOf(callOperation(proposeAmendmentOperation, client, { params: { id: contractId }, body: { ...add, unexpected: 1 } }))).toMatchObject({
      status: 400,
    });
    expect(await db.contractAmendment.count({ where: { contractId } })).toBe(before);

    const contract = await callOperation(getContractOperation, client, { params: { id: contractId } });
    expect(contract.json.actions).toMatchObject({ proposeChange: true, payBonus: true });
  });
});

describe("bonus and partial release operations", () => {
  it("pay a bonus and release part of a milestone over the API; 0 and too much are 400 with the message", async () => {
    const { client, expert, contractId, milestoneIds } = await createFundableContract(harness, [40_000]);
    const zero = await refusalOf(callOperation(payBonusOperation, client, { params: { id: contractId }, body: { amountCents: 0, note: "Thanks!" } }));
    expect(zero).toMatchObject({ status: 400, message: "A bonus must be more than zero." });
    const tooMuch = await refusalOf(
      callOperation(payBonusOperation, client, { params: { id: contractId }, body: { amountCents: 1_000_001, note: "Thanks!" } }),
    );
    expect(tooMuch).toMatchObject({
      status: 400,
      message: "A bonus can be at most $10,000.00.",
      fields: { amountCents: ["A bonus can be at most $10,000.00."] },
    });
    expect(
      await refusalOf(callOperation(payBonusOperation, expert, { params: { id: contractId }, body: { amountCents: 5_000, note: "Thanks!" } })),
    ).toMatchObject({
      status: 403,
    });
    expect(await db.milestone.count({ where: { contractId, kind: "BONUS" } })).toBe(0);
    const bonus = await callOperation(payBonusOperation, client, { params: { id: contractId }, body: { amountCents: 5_000, note: "Thanks!" } });
    expect(bonus.status).toBe(200);
    expect(bonus.json).toMatchObject({ checkoutUrl: expect.any(String), milestoneId: expect.any(String), paymentId: expect.any(String) });

    const [milestoneId] = milestoneIds;
    const funding = await callOperation(startFundingOperation, client, { params: { id: milestoneId }, body: {} });
    await harness.pay(funding.json.checkoutUrl as string);
    await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "funding");
    const tooLarge = await refusalOf(callOperation(releasePartOperation, client, { params: { id: milestoneId }, body: { amountCents: 40_000 } }));
    expect(tooLarge).toMatchObject({ status: 400 });
    expect(tooLarge.message).toContain("$400.00");
    expect(await refusalOf(callOperation(releasePartOperation, client, { params: { id: milestoneId }, body: { amountCents: "10" } }))).toMatchObject({
      status: 422,
    });
    const finance = await addColleague(client.companyId!, "FINANCE");
    expect(await refusalOf(callOperation(releasePartOperation, finance, { params: { id: milestoneId }, body: { amountCents: 1_000 } }))).toMatchObject({
      status: 403,
    });
    const part = await callOperation(releasePartOperation, client, { params: { id: milestoneId }, body: { amountCents: 10_000 } });
    expect(part).toEqual({
      status: 200,
      json: { milestoneId, releasedCents: 10_000, transferCents: 9_000, feeCents: 1_000, heldCents: 30_000, partNumber: 1 },
    });
    const contract = await callOperation(getContractOperation, client, { params: { id: contractId } });
    expect((contract.json.milestones as { id: string; releasedCents: number }[]).find((row) => row.id === milestoneId)?.releasedCents).toBe(10_000);
  });
});
