import { DateTime } from "@/components/dashboards/date-time";
import { FileList } from "@/components/files/file-list";
import type { RequestDetail } from "@/lib/requests/get-request";
import { budgetLabel, formatBudget, formatBudgetRule, formatTimezoneAndOverlap, formatWeeksAndHours } from "./format";

/** What the client asked for, as submitted. */
export function RequestFacts({ request }: { request: RequestDetail }) {
  const requiredSkills = request.requiredSkills.map((skill) => (skill.minYears > 0 ? `${skill.name} (${skill.minYears}+ years)` : skill.name));
  const facts = [
    { label: "Required skills", value: requiredSkills.join(", ") || "Not set" },
    { label: "Nice to have", value: request.niceToHaveSkills.map((skill) => skill.name).join(", ") || "None" },
    { label: "Engagement", value: request.engagement === "FIXED_PRICE" ? "Fixed price, by milestone" : "Hourly" },
    { label: budgetLabel(request.engagement), value: formatBudget(request) },
    { label: "Experts matched", value: formatBudgetRule(request) },
    { label: "Start", value: request.startDate ? <DateTime value={request.startDate} isDateOnly /> : "Not set" },
    {
      label: "Duration",
      value: request.durationWeeks ? formatWeeksAndHours(request.durationWeeks, request.hoursPerWeek) : "Not set",
    },
    {
      label: "Timezone",
      value: request.timezone ? formatTimezoneAndOverlap(request.timezone, request.minOverlapHours) : "Not set",
    },
  ];
  return (
    <section aria-labelledby="request-facts-heading" className="space-y-4">
      <h2 id="request-facts-heading" className="text-lg font-semibold text-slate-900">
        What you asked for
      </h2>
      <div className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <p className="text-sm whitespace-pre-line text-slate-800">{request.description || "No description yet."}</p>
        {request.files.length > 0 && <FileList files={request.files} label="Files in the brief" />}
        <dl className="grid gap-3 text-sm sm:grid-cols-[12rem_1fr]">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-medium text-slate-700">{fact.label}</dt>
              <dd className="text-slate-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
