import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { getContract } from "@/lib/contracts/get-contract";
import { proposeContractOperation } from "@/lib/contracts/propose-contract.operation";
import { db } from "@/lib/db";
import { cancelMilestoneOperation } from "@/lib/milestones/cancel-milestone.operation";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { updateContractAfterSettlement } from "@/lib/payments/finalize-milestone";
import { advanceWeeks } from "@/lib/timesheets/advance-weeks";
import { approveWeekOperation } from "@/lib/timesheets/approve-week.operation";
import { closeWeek } from "@/lib/timesheets/close-week";
import { deleteTimeEntryOperation } from "@/lib/timesheets/delete-time-entry.operation";
import { disputeWeekOperation } from "@/lib/timesheets/dispute-week.operation";
import { getTimesheet } from "@/lib/timesheets/get-timesheet";
import { listTimeEntriesOperation } from "@/lib/timesheets/list-time-entries.operation";
import { listWeeksOperation } from "@/lib/timesheets/list-weeks.operation";
import { logTimeEntryOperation } from "@/lib/timesheets/log-time-entry.operation";
import { autoApproveWeek } from "@/lib/timesheets/review-week";
import { updateTimeEntryOperation } from "@/lib/timesheets/update-time-entry.operation";
import { createShortlistedRequest } from "../fixtures/chat";
import { createHourlyContract, type HourlyFixture, hourlyProposalInput, insertSavedCard } from "../fixtures/timesheets";
import { callOperation } from "../support/call-operation";

// Hourly contracts end to end in lib: the proposal, time entries under the cap (also when sent at once),
// the week closing at the end of Sunday in Berlin, silence approving, billing exactly once.

// Wednesday 10 Feb 2027, 11:00 in Berlin: the week runs Mon 8 Feb – Sun 14 Feb.
const NOW = new Date("2027-02-10T10:00:00Z");
const WEEK_END = new Date("2027-02-14T23:00:00Z");
const DAY_MS = 86_400_000;

beforeAll(() => setClock(() => NOW));
afterAll(() => setClock(null));

const log = (fixture: HourlyFixture, body: Record<string, unknown>) =>
  callOperation(logTimeEntryOperation, fixture.expert, { params: { id: fixture.contractId }, body: { description: "Built the importer", ...body } });

const weekOf = (contractId: string) => db.timesheetWeek.findFirstOrThrow({ where: { contractId }, orderBy: { weekStart: "desc" } });
const chargeJobs = (milestoneId: string) => db.job.count({ where: { kind: "payments.charge-saved-card", payload: { equals: { milestoneId } } } });

describe("proposing an hourly contract", () => {
  it("stores the rate, the cap in minutes and the week's time zone; the expert sees them; fixed milestones stay empty", async () => {
    const fixture = await createHourlyContract({ now: NOW, overrides: { weeklyCapHours: 37.5 } });
    const contract = await getContract({ user: fixture.expert, contractId: fixture.contractId });
    expect(contract).toMatchObject({
      billing: "HOURLY",
      status: "ACTIVE",
      hourly: { hourlyRateCents: 8_000, weeklyCapMinutes: 2_250, weekTimeZone: "Europe/Berlin" },
    });
    expect(contract.milestones).toEqual([]);
  });

  it("defaults the week's time zone to the request's, and refuses milestones, non-quarter caps and unknown zones", async () => {
    const { client, experts, requestId } = await createShortlistedRequest(1);
    const match = await db.match.findFirstOrThrow({ where: { requestId, expertProfileId: experts[0].expertProfileId! }, select: { id: true } });
    const withoutCard = await callOperation(proposeContractOperation, client, { body: hourlyProposalInput(match.id) });
    expect(withoutCard).toMatchObject({ status: 409, json: { error: { message: expect.stringMatching(/Save a card in Billing/) } } });
    await insertSavedCard(client);
    const bad = await callOperation(proposeContractOperation, client, {
      body: hourlyProposalInput(match.id, { weeklyCapHours: 10.1, weekTimeZone: "Mars/Olympus", totalCents: 1000 }),
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error?.fields ?? {}).sort()).toEqual(["totalCents", "weekTimeZone", "weeklyCapHours"]);
    expect(await db.contract.count({ where: { requestId } })).toBe(0);

    const { weekTimeZone: _zone, ...withoutZone } = hourlyProposalInput(match.id);
    const made = await callOperation(proposeContractOperation, client, { body: withoutZone });
    expect(made.status).toBe(201);
    const request = await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { timezone: true } });
    const row = await db.contract.findUniqueOrThrow({
      where: { id: made.json.id as string },
      select: { weekTimeZone: true, weeklyCapMinutes: true, totalCents: true },
    });
    expect(row).toEqual({ weekTimeZone: request.timezone, weeklyCapMinutes: 2_400, totalCents: 0 });
  });
});

describe("time entries", () => {
  it("logs quarter hours on days of this week up to today, and refuses the future, closed weeks and bad hours", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    expect(await log(fixture, { date: "2027-02-08", hours: 7.5 })).toMatchObject({ status: 201, json: { minutes: 450, hours: 7.5, date: "2027-02-08" } });

    const future = await log(fixture, { date: "2027-02-11", hours: 1 });
    expect(future).toMatchObject({ status: 422, json: { error: { fields: { date: [expect.stringMatching(/has not happened yet/)] } } } });
    const closed = await log(fixture, { date: "2027-02-07", hours: 1 });
    expect(closed).toMatchObject({ status: 422, json: { error: { fields: { date: [expect.stringMatching(/week that is closed/)] } } } });
    for (const hours of [0, -1, 0.1, 24.25]) expect((await log(fixture, { date: "2027-02-09", hours })).status).toBe(422);
    expect((await log(fixture, { date: "2027-02-09", hours: 2, description: "" })).status).toBe(422);
    expect(
      (
        await callOperation(logTimeEntryOperation, fixture.client, {
          params: { id: fixture.contractId },
          body: { date: "2027-02-09", hours: 1, description: "Nope" },
        })
      ).status,
    ).toBe(403);

    const week = await weekOf(fixture.contractId);
    expect(week).toMatchObject({ status: "OPEN", totalMinutes: 450, capMinutes: 2_400, hourlyRateCents: 8_000 });
    expect(week.endsAt).toEqual(WEEK_END);
    expect(await db.timeEntry.count({ where: { weekId: week.id } })).toBe(1);
  });

  it("refuses an entry past the weekly cap, saying how much still fits, and a day past 24 hours", async () => {
    const fixture = await createHourlyContract({ now: NOW, overrides: { weeklyCapHours: 40 } });
    for (const [date, hours] of [
      ["2027-02-08", 14],
      ["2027-02-09", 14],
      ["2027-02-10", 10.5],
    ] as const) {
      expect((await log(fixture, { date, hours })).status).toBe(201);
    }
    const over = await log(fixture, { date: "2027-02-10", hours: 2 });
    expect(over.status).toBe(422);
    expect(over.json.error?.fields?.hours).toEqual(["This week has 38.5 of 40 hours logged; 2 more hours would pass the cap. Log at most 1.5."]);
    expect((await log(fixture, { date: "2027-02-08", hours: 10.25 })).json.error?.fields?.hours?.[0]).toMatch(/a day has 24/);
    expect((await log(fixture, { date: "2027-02-10", hours: 1.5 })).status).toBe(201);
    expect((await weekOf(fixture.contractId)).totalMinutes).toBe(2_400);
  });

  it("lets concurrent entries together stay within the cap: the week's row is locked", async () => {
    const fixture = await createHourlyContract({ now: NOW, overrides: { weeklyCapHours: 10 } });
    const answers = await Promise.all(Array.from({ length: 6 }, (_, index) => log(fixture, { date: index % 2 ? "2027-02-09" : "2027-02-10", hours: 3 })));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(3);
    expect(answers.filter((answer) => answer.status === 422)).toHaveLength(3);
    const week = await weekOf(fixture.contractId);
    expect(week.totalMinutes).toBe(540);
    expect(await db.timeEntry.aggregate({ where: { weekId: week.id }, _sum: { minutes: true } })).toEqual({ _sum: { minutes: 540 } });
  });

  it("changes and removes entries of the open week, within the cap", async () => {
    const fixture = await createHourlyContract({ now: NOW, overrides: { weeklyCapHours: 5 } });
    const first = await log(fixture, { date: "2027-02-08", hours: 3 });
    await log(fixture, { date: "2027-02-09", hours: 2 });
    const id = first.json.id as string;
    const tooMuch = await callOperation(updateTimeEntryOperation, fixture.expert, {
      params: { id },
      body: { date: "2027-02-08", hours: 3.25, description: "More" },
    });
    expect(tooMuch.status).toBe(422);
    const changed = await callOperation(updateTimeEntryOperation, fixture.expert, {
      params: { id },
      body: { date: "2027-02-10", hours: 1, description: "Less" },
    });
    expect(changed).toMatchObject({ status: 200, json: { date: "2027-02-10", minutes: 60, description: "Less" } });
    expect((await weekOf(fixture.contractId)).totalMinutes).toBe(180);
    const other = await createHourlyContract({ now: NOW });
    expect((await callOperation(deleteTimeEntryOperation, other.expert, { params: { id } })).status).toBe(404);
    expect(await callOperation(deleteTimeEntryOperation, fixture.expert, { params: { id } })).toMatchObject({ status: 200, json: { weekTotalMinutes: 120 } });
  });

  it("shows the week live to both sides and admins, through the list operations, and hides it from others", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await log(fixture, { date: "2027-02-09", hours: 1.25 });
    const entries = await callOperation(listTimeEntriesOperation, fixture.client, { params: { id: fixture.contractId } });
    expect(entries).toMatchObject({ status: 200, json: { weekStart: "2027-02-08", status: "OPEN", totalMinutes: 75, capMinutes: 2_400 } });
    expect(entries.json.entries).toEqual([expect.objectContaining({ date: "2027-02-09", hours: 1.25, description: "Built the importer" })]);
    const lastWeek = await callOperation(listTimeEntriesOperation, fixture.expert, { params: { id: fixture.contractId }, query: { week: "2027-02-01" } });
    expect(lastWeek).toMatchObject({ status: 200, json: { weekId: null, entries: [] } });
    expect((await callOperation(listTimeEntriesOperation, fixture.expert, { params: { id: fixture.contractId }, query: { week: "2027-02-03" } })).status).toBe(
      422,
    );
    const weeks = await callOperation(listWeeksOperation, fixture.expert, { params: { id: fixture.contractId } });
    expect(weeks).toMatchObject({
      status: 200,
      json: {
        weekTimeZone: "Europe/Berlin",
        today: "2027-02-10",
        currentWeek: { totalMinutes: 75, remainingMinutes: 2_325 },
        pastWeeks: [],
        actions: { log: true },
      },
    });
    const stranger = await createHourlyContract({ now: NOW });
    expect((await callOperation(listWeeksOperation, stranger.client, { params: { id: fixture.contractId } })).status).toBe(404);
    expect((await callOperation(listWeeksOperation, stranger.expert, { params: { id: fixture.contractId } })).status).toBe(404);
  });

  it("refuses entries while the contract's charges are failing, saying the client's card needs attention", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await db.contract.update({ where: { id: fixture.contractId }, data: { chargesFailingSince: NOW } });
    const paused = await log(fixture, { date: "2027-02-09", hours: 1 });
    expect(paused).toMatchObject({ status: 409, json: { error: { message: expect.stringMatching(/card needs attention/) } } });
    expect(await db.timesheetWeek.count({ where: { contractId: fixture.contractId } })).toBe(0);
  });

  it("refuses entries on a contract that is not active", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await db.contract.update({ where: { id: fixture.contractId }, data: { status: "CANCELLED" } });
    expect((await log(fixture, { date: "2027-02-09", hours: 1 })).status).toBe(409);
    expect(await db.timesheetWeek.count({ where: { contractId: fixture.contractId } })).toBe(0);
  });

  it("keeps an ended hourly contract open while a week with hours waits to be billed, and completes it once that week is paid out", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    expect((await log(fixture, { date: "2027-02-09", hours: 2 })).status).toBe(201);
    await db.contract.update({ where: { id: fixture.contractId }, data: { endedAt: NOW, endReason: "WORK_DONE" } });
    const settle = () => db.$transaction((tx) => updateContractAfterSettlement(tx, fixture.contractId, NOW));
    await settle();
    expect(await db.contract.findUniqueOrThrow({ where: { id: fixture.contractId }, select: { status: true } })).toEqual({ status: "ACTIVE" });

    // The week is billed and paid out: nothing is left to wait for.
    const week = await db.timesheetWeek.findFirstOrThrow({ where: { contractId: fixture.contractId }, select: { id: true } });
    const billed = await db.milestone.create({
      data: { contractId: fixture.contractId, position: 1, kind: "HOURLY_WEEK", title: "Week", amountCents: 20_000, currency: "USD", status: "PENDING" },
    });
    await db.timesheetWeek.update({ where: { id: week.id }, data: { status: "APPROVED", amountCents: 20_000, milestoneId: billed.id } });
    await settle();
    expect(await db.contract.findUniqueOrThrow({ where: { id: fixture.contractId }, select: { status: true } }), "its charge is still to come").toEqual({
      status: "ACTIVE",
    });
    await db.milestone.update({ where: { id: billed.id }, data: { status: "RELEASED", releasedCents: 20_000, releasedAt: NOW } });
    await settle();
    expect(await db.contract.findUniqueOrThrow({ where: { id: fixture.contractId }, select: { status: true } })).toEqual({ status: "COMPLETED" });
  });

  it("refuses entries once either side ended the contract, while it is still active for what it holds", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await db.contract.update({ where: { id: fixture.contractId }, data: { endedAt: NOW, endReason: "WORK_DONE" } });
    const ended = await log(fixture, { date: "2027-02-09", hours: 1 });
    expect(ended).toMatchObject({ status: 409, json: { error: { message: "This contract has ended: no more time can be logged on it." } } });
    expect(await db.timesheetWeek.count({ where: { contractId: fixture.contractId } })).toBe(0);
  });
});

describe("closing, reviewing and billing a week", () => {
  async function closedWeek(hours = 12.5) {
    const fixture = await createHourlyContract({ now: NOW });
    expect((await log(fixture, { date: "2027-02-08", hours })).status).toBe(201);
    const week = await weekOf(fixture.contractId);
    await closeWeek({ weekId: week.id, now: WEEK_END });
    return { fixture, weekId: week.id };
  }

  it("closes at the end of Sunday in the week's zone, with the amount and a review window of 5 days; nothing can be logged after", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await log(fixture, { date: "2027-02-08", hours: 12.5 });
    const { id: weekId } = await weekOf(fixture.contractId);
    await closeWeek({ weekId, now: new Date(WEEK_END.getTime() - 1) });
    expect((await weekOf(fixture.contractId)).status).toBe("OPEN");
    await closeWeek({ weekId, now: WEEK_END });
    const week = await weekOf(fixture.contractId);
    expect(week).toMatchObject({ status: "IN_REVIEW", totalMinutes: 750, amountCents: 100_000, milestoneId: null });
    expect(week.reviewEndsAt).toEqual(new Date(WEEK_END.getTime() + 5 * DAY_MS));
    expect(await db.job.count({ where: { kind: "timesheets.close-week", dedupeKey: `close-week:${weekId}` } })).toBe(1);

    setClock(() => new Date(WEEK_END.getTime() - 60_000));
    try {
      // Sunday 23:59 Berlin: still this week by the calendar, but the week is closed.
      expect((await log(fixture, { date: "2027-02-14", hours: 1 })).status).toBe(409);
    } finally {
      setClock(() => NOW);
    }
  });

  it("closes a week with no hours as nothing to bill", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    const entry = await log(fixture, { date: "2027-02-08", hours: 1 });
    await callOperation(deleteTimeEntryOperation, fixture.expert, { params: { id: entry.json.id as string } });
    const { id: weekId } = await weekOf(fixture.contractId);
    await closeWeek({ weekId, now: WEEK_END });
    expect(await weekOf(fixture.contractId)).toMatchObject({ status: "APPROVED", totalMinutes: 0, amountCents: 0, milestoneId: null });
    expect(await db.milestone.count({ where: { contractId: fixture.contractId } })).toBe(0);
  });

  it("approves once when approved twice at once: one HOURLY_WEEK milestone, one charge job", async () => {
    const { fixture, weekId } = await closedWeek();
    const answers = await Promise.all([1, 2, 3].map(() => callOperation(approveWeekOperation, fixture.client, { params: { id: weekId }, body: {} })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    const milestones = await db.milestone.findMany({ where: { contractId: fixture.contractId } });
    expect(milestones).toHaveLength(1);
    expect(milestones[0]).toMatchObject({ kind: "HOURLY_WEEK", status: "PENDING", amountCents: 100_000, title: "Week of 8 Feb 2027 — 12.5 h" });
    expect(await chargeJobs(milestones[0].id)).toBe(1);
    expect(await weekOf(fixture.contractId)).toMatchObject({ status: "APPROVED", milestoneId: milestones[0].id, approvedById: fixture.client.id });
    expect((await getContract({ user: fixture.client, contractId: fixture.contractId })).milestones).toEqual([]);
    // An approved week is not a fixed milestone: the client cannot cancel (or fund, approve) it as one.
    expect((await callOperation(cancelMilestoneOperation, fixture.client, { params: { id: milestones[0].id }, body: {} })).status).toBe(404);
    expect((await callOperation(startFundingOperation, fixture.client, { params: { id: milestones[0].id }, body: {} })).status).toBe(404);
  });

  it("lets only the client's contract managers review, and only a closed week", async () => {
    const fixture = await createHourlyContract({ now: NOW });
    await log(fixture, { date: "2027-02-08", hours: 1 });
    const { id: weekId } = await weekOf(fixture.contractId);
    expect((await callOperation(approveWeekOperation, fixture.expert, { params: { id: weekId }, body: {} })).status).toBe(403);
    const stranger = await createHourlyContract({ now: NOW });
    expect((await callOperation(approveWeekOperation, stranger.client, { params: { id: weekId }, body: {} })).status).toBe(404);
    expect((await callOperation(approveWeekOperation, fixture.client, { params: { id: weekId }, body: {} })).status).toBe(409);
  });

  it("approves on silence when the review window ends, not before", async () => {
    const { fixture, weekId } = await closedWeek(2);
    const windowEnd = new Date(WEEK_END.getTime() + 5 * DAY_MS);
    expect(await autoApproveWeek({ weekId, now: new Date(windowEnd.getTime() - 1) })).toBeNull();
    expect((await weekOf(fixture.contractId)).status).toBe("IN_REVIEW");
    await advanceWeeks(windowEnd);
    const week = await weekOf(fixture.contractId);
    expect(week).toMatchObject({ status: "APPROVED", approvedById: null, amountCents: 16_000 });
    expect(await chargeJobs(week.milestoneId!)).toBe(1);
    const timesheet = await getTimesheet({ user: fixture.client, contractId: fixture.contractId, now: windowEnd });
    expect(timesheet.pastWeeks[0]).toMatchObject({ status: "APPROVED", isAutoApproved: true, actions: { approve: false, dispute: false } });
  });

  it("a disputed week is billed, and its dispute opens on the held money once the charge lands", async () => {
    const { fixture, weekId } = await closedWeek(3);
    const short = await callOperation(disputeWeekOperation, fixture.client, { params: { id: weekId }, body: { reason: "No" } });
    expect(short.status).toBe(422);
    const disputed = await callOperation(disputeWeekOperation, fixture.client, {
      params: { id: weekId },
      body: { reason: "Monday's three hours were a meeting I cancelled." },
    });
    expect(disputed).toMatchObject({ status: 200, json: { status: "DISPUTED", amountCents: 24_000 } });
    const milestoneId = disputed.json.milestoneId as string;
    expect(await chargeJobs(milestoneId)).toBe(1);
    await advanceWeeks(WEEK_END);
    expect(await db.dispute.count({ where: { milestoneId } })).toBe(0);

    await db.milestone.update({ where: { id: milestoneId }, data: { status: "FUNDED" } });
    await advanceWeeks(WEEK_END);
    await advanceWeeks(WEEK_END);
    expect(await db.dispute.findMany({ where: { milestoneId }, select: { status: true, openedById: true } })).toEqual([
      { status: "OPEN", openedById: fixture.client.id },
    ]);
    // The same dispute case as a milestone's: the week's reason opens it, and the expert has the response deadline.
    const dispute = await db.dispute.findFirstOrThrow({
      where: { milestoneId },
      select: { category: true, openerSide: true, responseDueAt: true, entries: { select: { kind: true, side: true, text: true } } },
    });
    expect(dispute).toMatchObject({
      category: "HOURS",
      openerSide: "CLIENT",
      entries: [{ kind: "OPENING", side: "CLIENT", text: "Monday's three hours were a meeting I cancelled." }],
    });
    expect(dispute.responseDueAt?.getTime()).toBe(WEEK_END.getTime() + 5 * 86_400_000);
    expect(await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true } })).toEqual({ status: "DISPUTED" });
    expect(await db.contract.findUniqueOrThrow({ where: { id: fixture.contractId }, select: { status: true } })).toEqual({ status: "DISPUTED" });
  });
});
