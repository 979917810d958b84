import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getContractsInsight, getMoneyInsight, getShortlistInsight, getSkillsInsight, getVettingInsight } from "@/lib/insights/admin-insights";
import { getSpendChart } from "@/lib/insights/client-spend";
import { getEarningsChart } from "@/lib/insights/expert-earnings";
import { createAdmin, createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { type PaymentHarness, startPaymentHarness } from "../fixtures/payments";
import { createExpertMonth, dateBookings, type ExpertMonth } from "../fixtures/statements";
import { addColleague } from "../fixtures/teams";
import { createApplicant } from "../fixtures/vetting";

// Each family is checked against rows this file makes in a range of the past nobody else writes to
// (the ledger, vetting and requests stamp rows with the time they were written; these are re-dated),
// so the aggregates are exact.

const HOUR_MS = 3_600_000;
const at = (iso: string) => new Date(`${iso}Z`);
const NOW = at("2026-12-01T12:00:00");

let harness: PaymentHarness;
let month: ExpertMonth;
let admin: Awaited<ReturnType<typeof createAdmin>>;

beforeAll(async () => {
  admin = await createAdmin();
  harness = await startPaymentHarness();
  month = await createExpertMonth(harness);
  // Week of Monday 1996-03-04: the first milestone funded and released. Week of 1996-03-11: the
  // dispute split (released 600.05, refunded 399.96) and the cancelled milestone's 300.00 refund.
  await dateBookings(month.released, at("1996-03-05T10:00:00"));
  await dateBookings(month.split, at("1996-03-12T10:00:00"));
  await dateBookings(month.cancelled, at("1996-03-13T10:00:00"));
  await db.dispute.updateMany({
    where: { contractId: month.contractId },
    data: { createdAt: at("1996-03-12T09:00:00"), resolvedAt: at("1996-03-12T10:00:00") },
  });
  await db.contract.update({ where: { id: month.contractId }, data: { acceptedAt: at("1996-03-06T08:00:00") } });
  await db.$executeRaw`UPDATE transfers SET "createdAt" = ${at("1996-03-12T10:00:00")} WHERE "milestoneId" IN (${month.released}, ${month.split})`;
}, 180_000);
afterAll(async () => {
  await harness.stop();
});

describe("money insights", () => {
  it("sums GMV, fees and refunds per week from the ledger, in the contract's currency only, and counts disputes", async () => {
    const insight = await getMoneyInsight({ user: admin, query: { from: "1996-03-04", to: "1996-03-17" }, now: NOW });
    expect(insight.range).toEqual({ from: "1996-03-04", to: "1996-03-17" });
    expect(insight.currencies).toEqual([
      {
        currency: "USD",
        weeks: [
          { week: "1996-03-04", gmvCents: 150_000, feesCents: 15_000, refundsCents: 0 },
          // 1,000.01 + 300.00 funded; 60.01 fee on 600.05 (rounded half up); 399.96 + 300.00 refunded.
          { week: "1996-03-11", gmvCents: 130_001, feesCents: 6_001, refundsCents: 69_996 },
        ],
        gmvCents: 280_001,
        feesCents: 21_001,
        refundsCents: 69_996,
      },
    ]);
    expect(insight.disputes).toEqual([
      { week: "1996-03-04", opened: 0, resolved: 0 },
      { week: "1996-03-11", opened: 1, resolved: 1 },
    ]);
  });

  it("counts the contract as active from the week it was accepted", async () => {
    const insight = await getContractsInsight({ user: admin, query: { from: "1996-02-26", to: "1996-03-17" }, now: NOW });
    expect(insight.weeks).toEqual([
      { week: "1996-02-26", active: 0, started: 0, ended: 0 },
      { week: "1996-03-04", active: 1, started: 1, ended: 0 },
      { week: "1996-03-11", active: 1, started: 0, ended: 0 },
    ]);
  });

  it("gives the expert their own earnings per month: released before the fee, and paid out", async () => {
    const chart = await getEarningsChart({ user: month.expert, now: at("1996-04-02T00:00:00") });
    expect(chart.currencies).toHaveLength(1);
    const { months } = chart.currencies[0];
    expect(months.map((point) => point.month)).toEqual([
      "1995-05",
      "1995-06",
      "1995-07",
      "1995-08",
      "1995-09",
      "1995-10",
      "1995-11",
      "1995-12",
      "1996-01",
      "1996-02",
      "1996-03",
      "1996-04",
    ]);
    const paid = await db.transfer.aggregate({ where: { milestoneId: { in: [month.released, month.split] }, status: "PAID" }, _sum: { amountCents: true } });
    // Paid out: the net of both releases (1,350.00 + 540.04) once Stripe's transfers went through.
    expect(paid._sum.amountCents).toBe(189_004);
    expect(months.find((point) => point.month === "1996-03")).toEqual({ month: "1996-03", releasedCents: 210_005, paidCents: 189_004 });
    expect(months.filter((point) => point.month !== "1996-03").every((point) => point.releasedCents === 0 && point.paidCents === 0)).toBe(true);
    await expect(getEarningsChart({ user: month.client, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives billing members the company's spend per month, and refuses members without billing", async () => {
    const finance = await addColleague(month.client.companyId!, "FINANCE");
    const chart = await getSpendChart({ user: finance, now: at("1996-03-20T00:00:00") });
    expect(chart.currencies[0].currency).toBe("USD");
    expect(chart.currencies[0].months.at(-1)).toEqual({ month: "1996-03", fundedCents: 280_001, refundedCents: 69_996, netCents: 210_005 });
    const viewer = await addColleague(month.client.companyId!, "VIEWER");
    await expect(getSpendChart({ user: viewer, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMoneyInsight({ user: month.client, query: {}, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("vetting insights", () => {
  it("counts applications and decisions per week, the stage conversion and the median time in each stage", async () => {
    const approved = await createApplicant({ submittedAt: at("1997-05-05T10:00:00") });
    const rejected = await createApplicant({ submittedAt: at("1997-05-06T10:00:00") });
    const decide = (
      expertProfileId: string,
      fromStatus: "APPLIED" | "SCREENING" | "INTERVIEW",
      toStatus: "SCREENING" | "INTERVIEW" | "APPROVED" | "REJECTED",
      createdAt: Date,
    ) => db.vettingDecision.create({ data: { expertProfileId, adminId: admin.id, fromStatus, toStatus, createdAt } });
    await decide(approved.expertProfileId, "APPLIED", "SCREENING", at("1997-05-06T10:00:00"));
    await decide(approved.expertProfileId, "SCREENING", "INTERVIEW", at("1997-05-13T10:00:00"));
    await decide(approved.expertProfileId, "INTERVIEW", "APPROVED", at("1997-05-14T10:00:00"));
    await decide(rejected.expertProfileId, "APPLIED", "REJECTED", at("1997-05-08T10:00:00"));

    const insight = await getVettingInsight({ user: admin, query: { from: "1997-05-05", to: "1997-05-18" }, now: NOW });
    expect(insight.weeks).toEqual([
      { week: "1997-05-05", applied: 2, screening: 1, interview: 0, approved: 0, rejected: 1 },
      { week: "1997-05-12", applied: 0, screening: 0, interview: 1, approved: 1, rejected: 0 },
    ]);
    expect(insight.applicants).toBe(2);
    expect(insight.conversion).toEqual([
      { stage: "SCREENING", reached: 1, share: 0.5 },
      { stage: "INTERVIEW", reached: 1, share: 0.5 },
      { stage: "APPROVED", reached: 1, share: 0.5 },
    ]);
    expect(insight.timeInStage).toEqual([
      { stage: "APPLIED", decisions: 2, medianHours: 36 },
      { stage: "SCREENING", decisions: 1, medianHours: 168 },
      { stage: "INTERVIEW", decisions: 1, medianHours: 24 },
    ]);
  });
});

describe("matching insights", () => {
  it("measures the 8-hour promise per week, the spread of times to shortlist, and skill demand against supply", async () => {
    const client = await createClient();
    const [wanted, scarce] = [await createSkill(), await createSkill()];
    await createApprovedExperts(wanted.id, 2);
    const request = (submittedAt: Date, skillId: string, extra: { shortlistedAfterHours?: number; cancelledAfterHours?: number } = {}) =>
      db.hiringRequest.create({
        data: {
          companyId: client.companyId!,
          createdById: client.id,
          title: "Insights fixture request",
          description: "A request made to measure time to shortlist.",
          budgetMaxCents: 100_000,
          timezone: "UTC",
          status: "MATCHING",
          submittedAt,
          matchDeadline: new Date(submittedAt.getTime() + 8 * HOUR_MS),
          shortlistedAt: extra.shortlistedAfterHours === undefined ? null : new Date(submittedAt.getTime() + extra.shortlistedAfterHours * HOUR_MS),
          cancelledAt: extra.cancelledAfterHours === undefined ? null : new Date(submittedAt.getTime() + extra.cancelledAfterHours * HOUR_MS),
          skills: { create: { skillId } },
        },
      });
    await request(at("1998-06-01T09:00:00"), wanted.id, { shortlistedAfterHours: 3 });
    await request(at("1998-06-02T09:00:00"), wanted.id, { shortlistedAfterHours: 10 });
    await request(at("1998-06-03T09:00:00"), scarce.id);
    await request(at("1998-06-03T10:00:00"), scarce.id, { cancelledAfterHours: 1 });
    await request(at("1998-06-09T09:00:00"), wanted.id, { shortlistedAfterHours: 0.5 });
    const query = { from: "1998-06-01", to: "1998-06-14" };

    const shortlist = await getShortlistInsight({ user: admin, query, now: NOW });
    expect(shortlist.weeks).toEqual([
      { week: "1998-06-01", submitted: 4, due: 3, kept: 1, missed: 2, hitRate: 1 / 3 },
      { week: "1998-06-08", submitted: 1, due: 1, kept: 1, missed: 0, hitRate: 1 },
    ]);
    expect(shortlist.distribution.map((bucket) => bucket.requests)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(shortlist.medianHours).toBe(3);
    expect({ kept: shortlist.kept, due: shortlist.due }).toEqual({ kept: 2, due: 4 });

    const skills = await getSkillsInsight({ user: admin, query, now: NOW });
    expect(skills.skills).toEqual([
      { skill: wanted.name, requests: 3, approvedExperts: 2, requestsPerExpert: 1.5 },
      { skill: scarce.name, requests: 2, approvedExperts: 0, requestsPerExpert: null },
    ]);
  });
});

describe("the insights' range", () => {
  it("is refused with the field named when it runs backwards or is longer than a year", async () => {
    await expect(getMoneyInsight({ user: admin, query: { from: "2026-05-01", to: "2026-04-01" }, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { from: ["The start date (2026-05-01) is after the end date (2026-04-01): pick a start on or before the end."] },
    });
    await expect(getMoneyInsight({ user: admin, query: { from: "2024-01-01", to: "2026-01-01" }, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { from: ["That range is 732 days long; show at most 366 days (about a year) at once."] },
    });
  });
});
