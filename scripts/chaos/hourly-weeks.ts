import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { chargeSavedCard } from "@/lib/payments/charge-saved-card";
import { splitRelease } from "@/lib/payments/fees";
import { closeWeek } from "@/lib/timesheets/close-week";
import { weekAmountCents } from "@/lib/timesheets/hours";
import { releaseWeek } from "@/lib/timesheets/release-week";
import { approveWeek, autoApproveWeek, disputeWeek } from "@/lib/timesheets/review-week";
import { logTimeEntry } from "@/lib/timesheets/time-entries";
import { localDateOf } from "@/lib/timesheets/week-bounds";
import { enablePayouts } from "../../tests/fixtures/payments";
import { createHourlyContract, type HourlyFixture } from "../../tests/fixtures/timesheets";
import { DECLINING_CARD, GOOD_CARD, saveChaosCard } from "./saved-card-charges";

// Hourly weeks in `npm run chaos:payments`: closed weeks approved twice at once (or left to silence,
// or disputed), their charges taken by two workers at once (some cards decline), and their releases
// after the review window tried twice at once, all while webhooks are mangled and the worker is killed.

type Control = (path: string, body?: unknown) => Promise<Record<string, unknown>>;
export type ChaosWeek = HourlyFixture & { weekId: string };

const TIME_ZONE = "Europe/Berlin";

/** An hourly contract with a saved card and a closed week of 0.25–24 hours, waiting for review. */
export async function createChaosWeek(control: Control, random: () => number): Promise<ChaosWeek> {
  const now = new Date();
  const card = random() < 0.8 ? GOOD_CARD : DECLINING_CARD;
  const fixture = await createHourlyContract({
    now,
    overrides: { weekTimeZone: TIME_ZONE, hourlyRateCents: 1_000 + Math.floor(random() * 49_000) },
    saveCard: (client) => saveChaosCard(control, client, card),
  });
  await enablePayouts({ control }, fixture.expert.expertProfileId!);
  const hours = (1 + Math.floor(random() * 96)) / 4;
  await logTimeEntry({
    user: fixture.expert,
    contractId: fixture.contractId,
    input: { date: localDateOf(now, TIME_ZONE), hours, description: "Chaos hours" },
    now,
  });
  const week = await db.timesheetWeek.findFirstOrThrow({ where: { contractId: fixture.contractId }, select: { id: true, endsAt: true } });
  await closeWeek({ weekId: week.id, now: week.endsAt });
  return { ...fixture, weekId: week.id };
}

const isRefusal = (reason: unknown) => isAppError(reason) && ["CONFLICT", "NOT_FOUND", "VALIDATION_FAILED", "UNAVAILABLE"].includes(reason.code);

async function twiceAtOnce(work: () => Promise<unknown>) {
  const results = await Promise.allSettled([work(), work()]);
  const unexpected = results.find((result) => result.status === "rejected" && !isRefusal(result.reason));
  if (unexpected?.status === "rejected") throw unexpected.reason;
}

/** One random step for one week: review it, charge it, or release it once its window is over. */
export async function runWeekOperation(weeks: ChaosWeek[], random: () => number) {
  const week = weeks[Math.floor(random() * weeks.length)];
  const row = await db.timesheetWeek.findUniqueOrThrow({ where: { id: week.weekId }, select: { status: true, reviewEndsAt: true, milestoneId: true } });
  const afterWindow = new Date((row.reviewEndsAt ?? new Date()).getTime() + 1_000);
  const roll = random();
  if (roll < 0.4) {
    if (random() < 0.15)
      return disputeWeek({ user: week.client, weekId: week.weekId, input: { reason: "These hours were not agreed." }, now: new Date() }).catch(refusedOnly);
    return twiceAtOnce(() =>
      random() < 0.7 ? approveWeek({ user: week.client, weekId: week.weekId, now: new Date() }) : autoApproveWeek({ weekId: week.weekId, now: afterWindow }),
    );
  }
  if (roll < 0.7 && row.milestoneId) {
    const milestoneId = row.milestoneId;
    return twiceAtOnce(() => chargeSavedCard({ milestoneId }));
  }
  return twiceAtOnce(() => releaseWeek({ weekId: week.weekId, now: afterWindow }));
}

function refusedOnly(reason: unknown) {
  if (!isRefusal(reason)) throw reason;
}

/** After the run: each billed week has one milestone of its exact amount, and at most one transfer of it, of the amount less the fee. */
export async function checkHourlyWeeks(weeks: ChaosWeek[]) {
  const problems: string[] = [];
  let billed = 0;
  let released = 0;
  for (const { weekId, contractId } of weeks) {
    const week = await db.timesheetWeek.findUniqueOrThrow({
      where: { id: weekId },
      select: { status: true, totalMinutes: true, hourlyRateCents: true, amountCents: true, milestoneId: true },
    });
    const milestones = await db.milestone.findMany({
      where: { contractId, kind: "HOURLY_WEEK" },
      select: {
        id: true,
        amountCents: true,
        status: true,
        contract: { select: { platformFeeBps: true } },
        transfers: { select: { amountCents: true, feeCents: true } },
      },
    });
    if (week.amountCents !== weekAmountCents(week.totalMinutes, week.hourlyRateCents))
      problems.push(`week ${weekId} bills ${week.amountCents}, not its hours × rate`);
    if (milestones.length > 1) problems.push(`week ${weekId} was billed ${milestones.length} times`);
    if ((week.status === "APPROVED" || week.status === "DISPUTED") !== (milestones.length === 1))
      problems.push(`week ${weekId} is ${week.status} with ${milestones.length} milestones`);
    for (const milestone of milestones) {
      billed++;
      if (milestone.id !== week.milestoneId) problems.push(`week ${weekId} does not link its milestone ${milestone.id}`);
      if (milestone.amountCents !== week.amountCents) problems.push(`week ${weekId}'s milestone is ${milestone.amountCents}, not ${week.amountCents}`);
      if (milestone.transfers.length > 1) problems.push(`week ${weekId} was paid out ${milestone.transfers.length} times`);
      const expected = splitRelease(milestone.amountCents, milestone.contract.platformFeeBps);
      if (milestone.status === "RELEASED" && milestone.transfers.length === 1) {
        released++;
        const [transfer] = milestone.transfers;
        if (transfer.amountCents !== expected.transferCents || transfer.feeCents !== expected.feeCents)
          problems.push(`week ${weekId} paid ${transfer.amountCents} + fee ${transfer.feeCents}`);
      }
    }
  }
  return { weeks: weeks.length, billed, released, problems };
}
