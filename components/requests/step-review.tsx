import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatCount, formatDate, formatMoney } from "@/lib/format";
import { budgetLabel, formatTimezoneAndOverlap, toleranceLabel } from "./format";
import type { StepProps } from "./step-props";
import { fieldsOf, WIZARD_STEPS } from "./wizard-values";

type ReviewRow = { label: string; value: ReactNode; error?: string };

/** `fileNames`: the brief's attachments, as saved with the draft. */
export function StepReview({ values, errors, onEdit, fileNames = [] }: StepProps & { onEdit: (step: number) => void; fileNames?: string[] }) {
  const fields = fieldsOf(values);
  const money = (cents: number | null | undefined) => (cents == null || Number.isNaN(cents) ? null : formatMoney(cents, values.currency));
  const budget = [money(fields.budgetMinCents), money(fields.budgetMaxCents)].filter(Boolean).join(" to ");
  const sections: ReviewRow[][] = [
    [
      { label: "Title", value: values.title, error: errors.title },
      { label: "What needs doing", value: <span className="whitespace-pre-line">{values.description}</span>, error: errors.description },
      { label: "Attachments", value: fileNames.join(", ") || "None", error: errors.fileIds },
    ],
    [
      {
        label: "Required skills",
        value: values.requiredSkills.map((skill) => `${skill.name}${Number(skill.minYears) > 0 ? ` (${skill.minYears}+ years)` : ""}`).join(", "),
        error: errors.requiredSkills,
      },
      { label: "Nice to have", value: values.niceToHaveSkills.map((skill) => skill.name).join(", ") || "None", error: errors.niceToHaveSkillIds },
    ],
    [
      { label: "Engagement", value: values.engagement === "FIXED_PRICE" ? "Fixed price, by milestone" : "Hourly" },
      { label: budgetLabel(values.engagement), value: budget ? `${budget} an hour` : "", error: errors.budgetMinCents ?? errors.budgetMaxCents },
      {
        label: "Experts matched",
        value: `In ${values.currency}, ${toleranceLabel(Number(values.budgetTolerance)).toLowerCase()}`,
        error: errors.budgetTolerancePercent,
      },
    ],
    [
      { label: "Start date", value: values.startDate ? formatDate(new Date(values.startDate)) : "", error: errors.startDate },
      {
        label: "Duration",
        value:
          values.durationWeeks &&
          `${formatCount(Number(values.durationWeeks), "week")}, ${values.hoursPerWeek ? formatCount(Number(values.hoursPerWeek), "hour") : "? hours"} a week`,
        error: errors.durationWeeks ?? errors.hoursPerWeek,
      },
      {
        label: "Timezone",
        value: values.timezone && formatTimezoneAndOverlap(values.timezone, Number(values.minOverlapHours) || 0),
        error: errors.timezone ?? errors.minOverlapHours,
      },
    ],
  ];

  return (
    <div className="space-y-6">
      {sections.map((rows, step) => (
        <section key={WIZARD_STEPS[step].title} aria-label={WIZARD_STEPS[step].title} className="rounded-lg p-4 ring-1 ring-slate-200">
          <div className="flex items-start justify-between gap-4">
            <dl className="grid flex-1 gap-3 sm:grid-cols-[12rem_1fr]">
              {rows.map((row) => (
                <div key={row.label} className="contents">
                  <dt className="text-sm font-medium text-slate-700">{row.label}</dt>
                  <dd className="text-sm text-slate-900">
                    {row.value || <span className="text-slate-600">Not set</span>}
                    {row.error && <span className="mt-1 block font-medium text-red-700">{row.error}</span>}
                  </dd>
                </div>
              ))}
            </dl>
            <Button variant="secondary" size="sm" onClick={() => onEdit(step)} aria-label={`Edit ${WIZARD_STEPS[step].title.toLowerCase()}`}>
              Edit
            </Button>
          </div>
        </section>
      ))}
    </div>
  );
}
