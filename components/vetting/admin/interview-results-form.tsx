"use client";

import { type FormEvent, useRef, useState } from "react";
import { bodyFor, useApiCall } from "@/components/api/use-api-call";
import { errorUnder, useFocusFirstInvalid } from "@/components/contracts/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import { callApi } from "@/lib/endpoints/client";
import { formatCount } from "@/lib/format";
import { interviewResultsSchema } from "@/lib/vetting/schemas";

type Result = { passed: boolean; notes: string };
type ResultsFormProps = { expertProfileId: string; interviewId: string; skills: { skillId: string; name: string }[] };

/** One result per skill; the skills passed become verified. */
export function InterviewResultsForm({ expertProfileId, interviewId, skills }: ResultsFormProps) {
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [results, setResults] = useState<Record<string, Result>>(() =>
    Object.fromEntries(skills.map((skill) => [skill.skillId, { passed: false, notes: "" }])),
  );
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);
  const update = (skillId: string, change: Partial<Result>) => setResults((current) => ({ ...current, [skillId]: { ...current[skillId], ...change } }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = bodyFor(interviewResultsSchema, { results: skills.map((skill) => ({ skillId: skill.skillId, ...results[skill.skillId] })) });
    if ("errors" in built) return setFieldErrors(built.errors);
    const passed = skills.filter((skill) => results[skill.skillId]?.passed).length;
    run(
      () => callApi("POST /api/v1/admin/applicants/{id}/interviews/{interviewId}/results", { params: { id: expertProfileId, interviewId }, body: built.body }),
      {
        onDone: () => void toast(`Results recorded: ${passed} of ${formatCount(skills.length, "skill")} verified.`, { tone: "success" }),
      },
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="results-heading"
      className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <div>
        <h3 id="results-heading" className="text-base font-semibold text-slate-900">
          Record the results
        </h3>
        <p className="mt-1 text-sm text-slate-600">Tick each skill the applicant showed in the interview: those are marked verified.</p>
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem.message}
        </Alert>
      )}
      <ul className="space-y-4">
        {skills.map((skill, index) => (
          <li key={skill.skillId} className="space-y-2 rounded-lg p-3 ring-1 ring-slate-200">
            <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
              <input
                type="checkbox"
                checked={results[skill.skillId]?.passed ?? false}
                onChange={(event) => update(skill.skillId, { passed: event.target.checked })}
                disabled={isPending}
                className="size-4 accent-indigo-600"
              />
              {skill.name} passed
            </label>
            <Textarea
              label={`Notes on ${skill.name}`}
              isOptional
              rows={2}
              maxLength={2000}
              value={results[skill.skillId]?.notes ?? ""}
              onChange={(event) => update(skill.skillId, { notes: event.target.value })}
              error={errorUnder(fieldErrors, `results.${index}`)}
            />
          </li>
        ))}
      </ul>
      {fieldErrors.results && <p className="text-sm font-medium text-red-700">{fieldErrors.results}</p>}
      <Button type="submit" isLoading={isPending} loadingLabel="Recording…">
        Record results
      </Button>
    </form>
  );
}
