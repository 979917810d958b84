import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
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
    { label: "Hourly budget", value: budgetText(request) },
    { label: "Hours a week", value: request.hoursPerWeek ? `${request.hoursPerWeek} h` : "Flexible" },
    { label: "Duration", value: request.durationWeeks ? `${request.durationWeeks} week${request.durationWeeks === 1 ? "" : "s"}` : "Open-ended" },
    { label: "Starts", value: request.startDate ? formatDate(request.startDate) : "Flexible" },
    { label: "Client timezone", value: request.timezone },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-5">
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
