import { budgetLabel } from "@/components/requests/format";
import { TimezoneName } from "@/components/time/timezone-name";
import { Badge } from "@/components/ui/badge";
import { formatCount, formatDate } from "@/lib/format";
import type { InvitationView } from "@/lib/invitations/invitation-view";
import { formatHourlyRate } from "@/lib/matching/explain";

type Request = InvitationView["request"];

function budgetText({ budgetMinCents, budgetMaxCents, currency }: Request) {
  const max = formatHourlyRate(budgetMaxCents, currency);
  return budgetMinCents === null ? `Up to ${max}` : `${formatHourlyRate(budgetMinCents, currency)} – ${max}`;
}

/** The facts an expert weighs before answering: money, hours, dates and skills. */
export function RequestSummary({ request }: { request: Request }) {
  const facts = [
    { label: "Engagement", value: request.engagement === "FIXED_PRICE" ? "Fixed price, by milestone" : "Hourly" },
    { label: budgetLabel(request.engagement), value: budgetText(request) },
    { label: "Hours a week", value: request.hoursPerWeek ? formatCount(request.hoursPerWeek, "hour") : "Flexible" },
    { label: "Duration", value: request.durationWeeks ? formatCount(request.durationWeeks, "week") : "Open-ended" },
    { label: "Starts", value: request.startDate ? formatDate(request.startDate) : "Flexible" },
    { label: "Client timezone", value: <TimezoneName timezone={request.timezone} /> },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-slate-600">{fact.label}</dt>
            <dd className="font-medium text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <SkillList label="Required skills" skills={request.requiredSkills} tone="info" />
      <SkillList label="Nice to have" skills={request.niceToHaveSkills} tone="neutral" />
    </div>
  );
}

function SkillList({ label, skills, tone }: { label: string; skills: string[]; tone: "info" | "neutral" }) {
  if (skills.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="text-slate-600">{label}</p>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label={label}>
        {skills.map((skill) => (
          <li key={skill}>
            <Badge tone={tone}>{skill}</Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
