"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ApplicationValues, checkSteps, STEP_TITLES } from "@/lib/vetting/application/steps";
import type { ApplicationStep } from "@/lib/vetting/schemas";
import { ApplicationSummary } from "./application-summary";

/** The saved application with what is still missing, each missing step a button back to it. */
export function ReviewStep({ steps, onEdit }: { steps: ApplicationValues; onEdit: (step: ApplicationStep) => void }) {
  const { missing, fields } = checkSteps(steps);
  const firstProblem = (step: ApplicationStep) => Object.entries(fields).find(([path]) => path.startsWith(`${step}.`))?.[1][0];
  return (
    <div className="space-y-6">
      {missing.length > 0 ? (
        <Alert tone="warning" title="Still to do before you can submit">
          <ul className="mt-2 space-y-2">
            {missing.map((step) => (
              <li key={step} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Button variant="secondary" size="sm" onClick={() => onEdit(step)}>
                  Go to {STEP_TITLES[step]}
                </Button>
                <span>{firstProblem(step)}</span>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="success">Every step is complete. Read it through once more, then submit it for review.</Alert>
      )}
      <ApplicationSummary steps={steps} missingSteps={missing} onEdit={onEdit} />
    </div>
  );
}
