import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { chargeSavedCard } from "@/lib/payments/charge-saved-card";
import { checkLedger } from "@/lib/payments/ledger-check";
import { advanceWeeks } from "@/lib/timesheets/advance-weeks";
import { closeWeek } from "@/lib/timesheets/close-week";
import { releaseWeek } from "@/lib/timesheets/release-week";
import { approveWeek } from "@/lib/timesheets/review-week";
import { logTimeEntry } from "@/lib/timesheets/time-entries";
import { enablePayouts, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { saveCard } from "../fixtures/saved-cards";
import { createHourlyContract } from "../fixtures/timesheets";

// An approved week's money, through the stand-in: charged off session to the card the client saved,
// held until the review window ends, then released to the expert minus the fee, once.

const NOW = new Date("2027-03-03T10:00:00Z"); // Wednesday; the Berlin week runs Mon 1 – Sun 7 March
const WEEK_END = new Date("2027-03-07T23:00:00Z");
const WINDOW_END = new Date("2027-03-12T23:00:00Z");

let harness: PaymentHarness;
beforeAll(async () => {
  setClock(() => NOW);
  harness = await startPaymentHarness();
});
afterAll(async () => {
  setClock(null);
  await harness.stop();
});

async function approvedWeek() {
  const fixture = await createHourlyContract({ now: NOW, saveCard: (client) => saveCard(harness, client) });
  await enablePayouts(harness, fixture.expert.expertProfileId!);
  await logTimeEntry({ user: fixture.expert, contractId: fixture.contractId, input: { date: "2027-03-01", hours: 12.5, description: "Data model" }, now: NOW });
  const week = await db.timesheetWeek.findFirstOrThrow({ where: { contractId: fixture.contractId }, select: { id: true } });
  await closeWeek({ weekId: week.id, now: WEEK_END });
  const decision = await approveWeek({ user: fixture.client, weekId: week.id, now: new Date(WEEK_END.getTime() + 3_600_000) });
  return { ...fixture, weekId: week.id, milestoneId: decision.milestoneId };
}

/** The charge job's work, as the worker runs it. */
async function chargeWeek(milestoneId: string) {
  expect(await chargeSavedCard({ milestoneId, now: WINDOW_END })).toBe("charged");
  await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the week's milestone to be funded");
}

const transfersOf = (milestoneId: string) => db.transfer.findMany({ where: { milestoneId }, select: { amountCents: true, feeCents: true, status: true } });

describe("releasing an approved week", () => {
  it("waits for the review window, then releases the funded week minus the fee, once; the contract stays active", async () => {
    const { contractId, weekId, milestoneId } = await approvedWeek();
    await chargeWeek(milestoneId);
    expect(await releaseWeek({ weekId, now: new Date(WINDOW_END.getTime() - 1) })).toBe(false);
    expect(await transfersOf(milestoneId)).toEqual([]);

    const both = await Promise.all([releaseWeek({ weekId, now: WINDOW_END }), releaseWeek({ weekId, now: WINDOW_END })]);
    expect(both.filter(Boolean)).toHaveLength(1);
    await eventually(async () => (await transfersOf(milestoneId))[0]?.status === "PAID", "the transfer to be paid");
    expect(await transfersOf(milestoneId)).toEqual([{ amountCents: 90_000, feeCents: 10_000, status: "PAID" }]);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true } })).toEqual({ status: "RELEASED" });
    expect(await db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect((await checkLedger({ contractIds: [contractId] }, WINDOW_END)).problems).toEqual([]);
  });

  it("releases when funding lands after the window ended", async () => {
    const { weekId, milestoneId } = await approvedWeek();
    expect(await releaseWeek({ weekId, now: WINDOW_END })).toBe(false);
    await chargeWeek(milestoneId);
    await advanceWeeks(WINDOW_END);
    await eventually(async () => (await transfersOf(milestoneId))[0]?.status === "PAID", "the transfer to be paid");
    expect(await transfersOf(milestoneId)).toHaveLength(1);
  });
});
