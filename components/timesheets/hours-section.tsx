import { DateTime } from "@/components/dashboards/date-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TimesheetWeekStatus } from "@/generated/prisma/enums";
import { formatMoney } from "@/lib/format";
import type { Timesheet } from "@/lib/timesheets/get-timesheet";
import { formatHours } from "@/lib/timesheets/hours";
import { describeDay, describeWeek } from "@/lib/timesheets/week-words";
import { EntryActions } from "./entry-actions";
import { LiveRefresh } from "./live-refresh";
import { LogTimeForm } from "./log-time-form";
import { WeekReviewActions } from "./week-review-actions";

const WEEK_TONE: Record<TimesheetWeekStatus, BadgeTone> = { OPEN: "info", IN_REVIEW: "warning", APPROVED: "success", DISPUTED: "danger" };
const WEEK_LABEL: Record<TimesheetWeekStatus, string> = { OPEN: "Open", IN_REVIEW: "In review", APPROVED: "Approved", DISPUTED: "Disputed" };

type Entry = Timesheet["currentWeek"]["entries"][number];
type PastWeek = Timesheet["pastWeeks"][number];

function EntryList({ entries, days, isEditable }: { entries: Entry[]; days: string[]; isEditable: boolean }) {
  if (!entries.length) return <p className="text-sm text-slate-600">No hours logged yet.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-900">
              {describeDay(entry.date)} · {formatHours(entry.minutes)} h
            </p>
            <p className="text-sm break-words whitespace-pre-line text-slate-700">{entry.description}</p>
          </div>
          {isEditable && <EntryActions entry={entry} days={days} />}
        </li>
      ))}
    </ul>
  );
}

function weekMoneyLine(week: PastWeek, currency: string) {
  if (!week.totalMinutes) return "Nothing to bill";
  const amount = formatMoney(week.amountCents ?? 0, currency);
  const milestone = week.milestone;
  if (!milestone) return amount;
  if (milestone.status === "RELEASED") return `${amount} · paid to the expert`;
  if (milestone.status === "FUNDED") return `${amount} · charged, held by Vetted`;
  if (milestone.status === "DISPUTED") return `${amount} · held until an admin decides`;
  if (milestone.status === "REFUNDED") return `${amount} · refunded`;
  return milestone.fundingFailureReason ? `${amount} · charge failed: ${milestone.fundingFailureReason}` : `${amount} · being charged`;
}

function PastWeekCard({ week, timesheet, viewerRole, expertName }: { week: PastWeek; timesheet: Timesheet; viewerRole: string; expertName: string }) {
  const weekName = describeWeek(week.weekStart);
  const hours = `${formatHours(week.totalMinutes)} h`;
  return (
    <li className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="font-medium text-slate-900">Week of {weekName}</h4>
        <Badge tone={WEEK_TONE[week.status]}>{WEEK_LABEL[week.status]}</Badge>
      </div>
      <p className="text-sm text-slate-700">
        {hours} of {formatHours(week.capMinutes)} · {weekMoneyLine(week, timesheet.currency)}
        {week.isAutoApproved && " · approved when the review window ended"}
      </p>
      {week.status === "IN_REVIEW" && week.reviewEndsAt && (
        <p className="text-sm text-slate-700">
          Review by <DateTime value={week.reviewEndsAt} />; without an answer the hours are approved.
        </p>
      )}
      {week.status === "DISPUTED" && week.disputeReason && <p className="text-sm text-slate-700">Disputed: {week.disputeReason}</p>}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700">Entries ({week.entries.length})</summary>
        <EntryList entries={week.entries} days={[]} isEditable={false} />
      </details>
      {viewerRole === "CLIENT" && week.actions.approve && (
        <WeekReviewActions
          weekId={week.id}
          weekName={weekName}
          hours={hours}
          amount={formatMoney(week.amountCents ?? 0, timesheet.currency)}
          expertName={expertName}
        />
      )}
    </li>
  );
}

/** An hourly contract's "Hours": the terms, this week's log (the expert adds, edits, removes), and past weeks to review. */
export function HoursSection({ timesheet, viewerRole, expertName }: { timesheet: Timesheet; viewerRole: string; expertName: string }) {
  const { currentWeek } = timesheet;
  const days = currentWeek.dates.filter((day) => day <= timesheet.today);
  const isOpen = currentWeek.status === "OPEN";
  return (
    <section id="hours" aria-labelledby="hours-heading" className="space-y-4">
      {isOpen && <LiveRefresh />}
      <div>
        <h2 id="hours-heading" className="text-lg font-semibold text-slate-900">
          Hours
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {formatMoney(timesheet.hourlyRateCents, timesheet.currency)} an hour, up to {formatHours(timesheet.weeklyCapMinutes)} hours a week. Weeks run Monday
          to Sunday, {timesheet.weekTimeZone.replaceAll("_", " ")} time.
        </p>
      </div>
      <div className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold text-slate-900">This week: {describeWeek(currentWeek.weekStart)}</h3>
          <Badge tone={WEEK_TONE[currentWeek.status]}>{WEEK_LABEL[currentWeek.status]}</Badge>
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          <span className="font-semibold tabular-nums">{formatHours(currentWeek.totalMinutes)}</span> of {formatHours(currentWeek.capMinutes)} hours logged ·{" "}
          {formatHours(currentWeek.remainingMinutes)} left · closes <DateTime value={currentWeek.endsAt} />
        </p>
        <EntryList entries={currentWeek.entries} days={days} isEditable={timesheet.actions.log} />
        {timesheet.actions.log && <LogTimeForm contractId={timesheet.contractId} days={days} today={timesheet.today} />}
      </div>
      {timesheet.pastWeeks.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-semibold text-slate-900">Past weeks</h3>
          <ul className="space-y-3">
            {timesheet.pastWeeks.map((week) => (
              <PastWeekCard key={week.id} week={week} timesheet={timesheet} viewerRole={viewerRole} expertName={expertName} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
