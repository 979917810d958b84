"use client";

import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import { type ApplicationValues, STEP_ORDER, STEP_TITLES } from "@/lib/vetting/application/steps";
import { APPLICATION_QUESTIONS, type ApplicationStep } from "@/lib/vetting/schemas";
import { LEVEL_LABELS } from "./skills-fields";

type Row = { label: string; value: ReactNode };

function rowsOf(steps: ApplicationValues): Record<ApplicationStep, Row[]> {
  const { profile, skills, rate, availability, links, answers } = steps;
  return {
    profile: [
      { label: "Headline", value: profile.headline },
      { label: "Bio", value: profile.bio && <span className="whitespace-pre-line">{profile.bio}</span> },
    ],
    skills: [
      {
        label: "Skills",
        value: skills.skills
          .map(
            (skill) =>
              `${skill.name}: ${LEVEL_LABELS[skill.level]}, ${skill.years} ${skill.years === 1 ? "year" : "years"}${skill.isVerified ? " (verified)" : ""}`,
          )
          .join("; "),
      },
    ],
    rate: [{ label: "Hourly rate", value: rate.hourlyRateCents !== null && `${formatMoney(rate.hourlyRateCents, rate.currency)} an hour` }],
    availability: [
      { label: "Hours a week", value: availability.weeklyAvailableHours },
      { label: "Timezone", value: availability.timezone?.replaceAll("_", " ") },
      { label: "New work", value: availability.isAvailable ? "Available" : "Not available for now" },
    ],
    links: [
      { label: "GitHub", value: links.github || "None" },
      { label: "Portfolio", value: links.portfolio || "None" },
      { label: "LinkedIn", value: links.linkedin || "None" },
    ],
    answers: APPLICATION_QUESTIONS.map((question) => ({
      label: question.label,
      value: answers[question.key] && <span className="whitespace-pre-line">{answers[question.key]}</span>,
    })),
  };
}

type ApplicationSummaryProps = {
  steps: ApplicationValues;
  missingSteps?: readonly ApplicationStep[];
  /** Shows an Edit button per step (the review step of the form). */
  onEdit?: (step: ApplicationStep) => void;
  headingLevel?: 2 | 3;
};

/** What the application holds, a section per step. */
export function ApplicationSummary({ steps, missingSteps = [], onEdit, headingLevel = 3 }: ApplicationSummaryProps) {
  const rows = rowsOf(steps);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4">
      {STEP_ORDER.map((step) => (
        <section key={step} aria-labelledby={`summary-${step}`} className="rounded-lg p-4 ring-1 ring-slate-200">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <Heading id={`summary-${step}`} className="flex items-center gap-2 text-base font-semibold text-slate-900">
              {STEP_TITLES[step]}
              {missingSteps.includes(step) && <Badge tone="warning">Not complete</Badge>}
            </Heading>
            {onEdit && (
              <Button variant="secondary" size="sm" onClick={() => onEdit(step)} aria-label={`Edit ${STEP_TITLES[step].toLowerCase()}`}>
                Edit
              </Button>
            )}
          </div>
          <dl className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr]">
            {rows[step].map((row) => (
              <div key={row.label} className="contents">
                <dt className="text-sm font-medium text-slate-700">{row.label}</dt>
                <dd className="text-sm break-words text-slate-900">{row.value || <span className="text-slate-600">Not set</span>}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
