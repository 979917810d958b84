import { DateTime } from "@/components/dashboards/date-time";
import { TimezoneName } from "@/components/time/timezone-name";
import { formatHourlyRate } from "@/lib/matching/explain";
import type { Applicant } from "@/lib/vetting/admin/get-applicant";
import { ExternalLink } from "./external-link";

/** What the applicant wrote: the facts, their bio and links, and their answers to the application questions. */
export function ApplicantProfile({ applicant }: { applicant: Applicant }) {
  const facts = [
    { label: "Email", value: applicant.email },
    { label: "Hourly rate", value: applicant.hourlyRateCents === null ? "Not set" : formatHourlyRate(applicant.hourlyRateCents, applicant.currency) },
    {
      label: "Availability",
      value:
        applicant.weeklyAvailableHours === null
          ? "Not set"
          : `${applicant.weeklyAvailableHours} h a week${applicant.isAvailable ? "" : ", not taking work now"}`,
    },
    { label: "Timezone", value: applicant.timezone ? <TimezoneName timezone={applicant.timezone} /> : "Not set" },
  ];
  return (
    <div className="space-y-6 rounded-xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200">
      <dl className="grid gap-4 sm:grid-cols-2">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-slate-600">{fact.label}</dt>
            <dd className="font-medium break-words text-slate-900">{fact.value}</dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-600">Submitted</dt>
          <dd className="font-medium text-slate-900">{applicant.submittedAt ? <DateTime value={applicant.submittedAt} /> : "Not yet: a draft"}</dd>
        </div>
      </dl>
      <div>
        <h3 className="font-semibold text-slate-900">Bio</h3>
        <p className="mt-1 whitespace-pre-line text-slate-700">{applicant.bio || "No bio yet."}</p>
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">Links</h3>
        {applicant.links.length === 0 ? (
          <p className="mt-1 text-slate-600">No links given.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {applicant.links.map((link) => (
              <li key={link.label}>
                <span className="text-slate-600">{link.label}: </span>
                <ExternalLink href={link.url}>{link.url}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">Answers</h3>
        {applicant.answers.length === 0 ? (
          <p className="mt-1 text-slate-600">No answers yet.</p>
        ) : (
          <dl className="mt-1 space-y-3">
            {applicant.answers.map((answer) => (
              <div key={answer.key}>
                <dt className="font-medium text-slate-900">{answer.question}</dt>
                <dd className="mt-0.5 whitespace-pre-line text-slate-700">{answer.answer}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}
