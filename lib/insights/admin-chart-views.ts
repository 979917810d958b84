import { formatMoney } from "@/lib/format";
import type { ContractsWeek } from "./active-contracts";
import type { ChartView } from "./chart-table";
import type { MoneyFlow } from "./money-flow";
import type { SkillDemand } from "./skill-demand";
import type { TimeToShortlistInsight } from "./time-to-shortlist";
import type { VettingFunnel } from "./vetting-funnel";

// The admin insights as charts: each dataset becomes one or more ChartViews with a summary sentence.

const percent = (value: number | null) => (value === null ? "no data" : `${Math.round(value * 100)}%`);
const sum = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);
const STAGE_WORDS = { APPLIED: "Applied", SCREENING: "Screening", INTERVIEW: "Interview", APPROVED: "Approved" } as const;

export function vettingViews(funnel: VettingFunnel): ChartView[] {
  const approved = sum(funnel.weeks, (week) => week.approved);
  return [
    {
      id: "vetting-funnel",
      title: "Vetting funnel per week",
      summary: `${funnel.applicants} applications submitted and ${approved} experts approved in this range. Of this range's applicants, ${funnel.conversion
        .map((stage) => `${percent(stage.share)} reached ${STAGE_WORDS[stage.stage].toLowerCase()}`)
        .join(", ")}.`,
      currency: null,
      chart: "line",
      series: ["applied", "approved", "rejected"],
      columns: [
        { key: "week", label: "Week of", kind: "text" },
        { key: "applied", label: "Applied", kind: "count" },
        { key: "screening", label: "To screening", kind: "count" },
        { key: "interview", label: "To interview", kind: "count" },
        { key: "approved", label: "Approved", kind: "count" },
        { key: "rejected", label: "Rejected", kind: "count" },
      ],
      rows: funnel.weeks,
    },
    {
      id: "time-in-stage",
      title: "Median time in each vetting stage",
      summary: funnel.timeInStage
        .map(
          (stage) =>
            `${STAGE_WORDS[stage.stage]}: ${stage.medianHours === null ? "no decisions" : `${stage.medianHours} hours over ${stage.decisions} decisions`}`,
        )
        .join("; "),
      currency: null,
      chart: "bar",
      series: ["medianHours"],
      columns: [
        { key: "stage", label: "Stage", kind: "text" },
        { key: "decisions", label: "Decisions", kind: "count" },
        { key: "medianHours", label: "Median hours", kind: "decimal" },
      ],
      rows: funnel.timeInStage.map((stage) => ({ ...stage, stage: STAGE_WORDS[stage.stage] })),
    },
  ];
}

export function shortlistViews(insight: TimeToShortlistInsight): ChartView[] {
  const shortlisted = sum(insight.distribution, (bucket) => bucket.requests);
  return [
    {
      id: "sla-hit-rate",
      title: "8-hour shortlist promise per week",
      summary: `${insight.kept} of ${insight.due} requests due in this range got their shortlist within 8 hours (${percent(insight.due ? insight.kept / insight.due : null)}).`,
      currency: null,
      chart: "bar",
      series: ["kept", "missed"],
      columns: [
        { key: "week", label: "Week of", kind: "text" },
        { key: "submitted", label: "Submitted", kind: "count" },
        { key: "due", label: "Due", kind: "count" },
        { key: "kept", label: "Within 8 hours", kind: "count" },
        { key: "missed", label: "Missed", kind: "count" },
        { key: "hitRate", label: "Hit rate", kind: "share" },
      ],
      rows: insight.weeks,
    },
    {
      id: "time-to-shortlist",
      title: "Time to shortlist",
      summary: `${shortlisted} requests shortlisted; median ${insight.medianHours === null ? "not known yet" : `${insight.medianHours} hours`}.`,
      currency: null,
      chart: "bar",
      series: ["requests"],
      columns: [
        { key: "label", label: "Time to shortlist", kind: "text" },
        { key: "requests", label: "Requests", kind: "count" },
      ],
      rows: insight.distribution,
    },
  ];
}

export function moneyViews(flow: MoneyFlow, range: { from: string; to: string }): ChartView[] {
  const perCurrency: ChartView[] = flow.currencies.map((money) => ({
    id: `money-${money.currency.toLowerCase()}`,
    title: `GMV, fees and refunds in ${money.currency}`,
    summary: `${formatMoney(money.gmvCents, money.currency)} paid in by clients, ${formatMoney(money.feesCents, money.currency)} in fees and ${formatMoney(money.refundsCents, money.currency)} refunded in this range.`,
    currency: money.currency,
    chart: "line",
    series: ["gmvCents", "feesCents", "refundsCents"],
    columns: [
      { key: "week", label: "Week of", kind: "text" },
      { key: "gmvCents", label: "GMV", kind: "cents" },
      { key: "feesCents", label: "Fees", kind: "cents" },
      { key: "refundsCents", label: "Refunds", kind: "cents" },
    ],
    rows: money.weeks,
  }));
  const opened = sum(flow.disputes, (week) => week.opened);
  return [
    ...perCurrency,
    {
      id: "disputes",
      title: "Disputes per week",
      summary: `${opened} disputes opened and ${sum(flow.disputes, (week) => week.resolved)} resolved between ${range.from} and ${range.to}.`,
      currency: null,
      chart: "bar",
      series: ["opened", "resolved"],
      columns: [
        { key: "week", label: "Week of", kind: "text" },
        { key: "opened", label: "Opened", kind: "count" },
        { key: "resolved", label: "Resolved", kind: "count" },
      ],
      rows: flow.disputes,
    },
  ];
}

export function contractsView(weeks: ContractsWeek[]): ChartView {
  const last = weeks.at(-1);
  const peak = Math.max(0, ...weeks.map((week) => week.active));
  return {
    id: "active-contracts",
    title: "Active contracts",
    summary: `${last?.active ?? 0} contracts active at the end of the last week shown (peak ${peak}); ${sum(weeks, (week) => week.started)} started and ${sum(weeks, (week) => week.ended)} ended in this range.`,
    currency: null,
    chart: "line",
    series: ["active", "started", "ended"],
    columns: [
      { key: "week", label: "Week of", kind: "text" },
      { key: "active", label: "Active at week end", kind: "count" },
      { key: "started", label: "Started", kind: "count" },
      { key: "ended", label: "Ended", kind: "count" },
    ],
    rows: weeks,
  };
}

export function skillsView(skills: SkillDemand[]): ChartView {
  const thinnest = [...skills].sort((a, b) => (b.requestsPerExpert ?? Number.POSITIVE_INFINITY) - (a.requestsPerExpert ?? Number.POSITIVE_INFINITY))[0];
  return {
    id: "skill-demand",
    title: "Requested skills and approved experts",
    summary: thinnest
      ? `Recruit for ${thinnest.skill} first: ${thinnest.requests} requests asked for it and ${thinnest.approvedExperts} approved experts offer it.`
      : "No request in this range named a skill.",
    currency: null,
    chart: "bar",
    series: ["requests", "approvedExperts"],
    columns: [
      { key: "skill", label: "Skill", kind: "text" },
      { key: "requests", label: "Requests", kind: "count" },
      { key: "approvedExperts", label: "Approved experts", kind: "count" },
      { key: "requestsPerExpert", label: "Requests per expert", kind: "decimal" },
    ],
    rows: skills,
  };
}
