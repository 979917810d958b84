import { DateTime } from "@/components/dashboards/date-time";
import { buttonClasses } from "@/components/ui/button-styles";
import { isValidTimeZone } from "@/lib/time/timezones";

type InterviewCardProps = { scheduledAt: Date; meetingUrl: string; timezone: string | null };

/** The booked interview, in the expert's own timezone when we know it, with the link to join. */
export function InterviewCard({ scheduledAt, meetingUrl, timezone }: InterviewCardProps) {
  const localTime =
    timezone && isValidTimeZone(timezone)
      ? new Intl.DateTimeFormat("en-US", {
          weekday: "long",
          month: "long",
          day: "numeric",
          year: "numeric",
          hour: "numeric",
          minute: "2-digit",
          timeZone: timezone,
          timeZoneName: "short",
        }).format(scheduledAt)
      : null;
  return (
    <div className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-base font-semibold text-slate-900">Your interview</h3>
      <p className="text-sm text-slate-900">
        {localTime ?? <DateTime value={scheduledAt} />}
        {localTime && (
          <span className="block text-slate-600">
            That is <DateTime value={scheduledAt} />.
          </span>
        )}
      </p>
      <a href={meetingUrl} target="_blank" rel="noopener noreferrer" className={buttonClasses()}>
        Join the interview<span className="sr-only"> (opens in a new tab)</span>
      </a>
      <p className="text-sm break-all text-slate-600">Meeting link: {meetingUrl}</p>
    </div>
  );
}
