"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import type { HireCandidate } from "@/lib/contracts/get-hire-candidate";
import { callApi } from "@/lib/endpoints/client";
import { formatCount, formatMoney } from "@/lib/format";
import { useFocusFirstInvalid } from "./form-errors";
import { HourlyTermsFields } from "./hourly-terms-fields";
import { MilestoneRows } from "./milestone-rows";
import { type Billing, buildHireAgain, buildProposal, emptyRow, type ProposalValues, proposalTotals } from "./proposal-values";

/** Fixed-price milestones or hourly: two radio buttons in a fieldset, the platform's own keyboard behaviour. */
function BillingChoice({ billing, onChange }: { billing: Billing; onChange: (billing: Billing) => void }) {
  const options: { value: Billing; label: string; hint: string }[] = [
    { value: "FIXED", label: "Fixed price", hint: "Milestones you fund and approve one by one." },
    { value: "HOURLY", label: "Hourly", hint: "An hourly rate with a weekly cap, billed weekly." },
  ];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-900">How you pay</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600"
          >
            <input
              type="radio"
              name="billing"
              value={option.value}
              checked={billing === option.value}
              onChange={() => onChange(option.value)}
              className="mt-1"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{option.label}</span>
              <span className="block text-sm text-slate-600">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** `candidate.matchId` null: "Hire again", sent to the expert directly (candidate.expertProfileId), fixed-price only. */
type ProposalFormProps = {
  candidate: Omit<HireCandidate, "matchId"> & { matchId: string | null; expertProfileId?: string };
  today: string;
  timeZones?: readonly string[];
};

/**
 * Title, fixed currency, and either milestones or an hourly rate with a weekly cap (the request's
 * engagement chooses first); checked with the same schema as the server before sending.
 */
export function ProposalForm({ candidate, today, timeZones = [] }: ProposalFormProps) {
  const { matchId, request, expert, platformFeeBps } = candidate;
  const router = useRouter();
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProposalValues>({
    title: request.title,
    billing: matchId && request.engagement === "HOURLY" ? "HOURLY" : "FIXED",
    milestones: [emptyRow(1)],
    hourlyRate: "",
    weeklyCapHours: request.hoursPerWeek ? String(request.hoursPerWeek) : "",
    weekTimeZone: request.timezone,
  });
  const isHourly = values.billing === "HOURLY";
  const { isPending, problem, fieldErrors, setFieldErrors, run } = useApiCall();
  useFocusFirstInvalid(formRef, fieldErrors);
  const totals = proposalTotals(values.milestones, platformFeeBps);
  const money = (cents: number) => formatMoney(cents, request.currency);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = matchId
      ? buildProposal(values, { matchId, currency: request.currency })
      : buildHireAgain(values, { expertProfileId: candidate.expertProfileId ?? "", currency: request.currency });
    if ("errors" in built) return setFieldErrors(built.errors);
    const { body } = built;
    run(() => ("matchId" in body ? callApi("POST /api/v1/contracts", { body }) : callApi("POST /api/v1/contracts/hire-again", { body })), {
      onDone: (created) => {
        toast(`Proposal sent to ${expert.name}.`, { tone: "success" });
        router.push(`/contracts/${created.id}`);
        return false;
      },
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} aria-label={`Proposal to ${expert.name}`} className="space-y-8">
      {problem && (
        <Alert tone="danger" role="alert" title="The proposal was not sent">
          {problem.message}
        </Alert>
      )}
      <section aria-labelledby="terms-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="terms-heading" className="text-lg font-semibold text-slate-900">
          The contract
        </h2>
        <Input
          label="Contract title"
          name="title"
          required
          maxLength={120}
          value={values.title}
          error={fieldErrors.title}
          onChange={(event) => setValues({ ...values, title: event.target.value })}
        />
        <Input
          label="Currency"
          name="currency"
          value={request.currency}
          readOnly
          fieldClassName="max-w-40"
          hint="Set by the request."
          error={fieldErrors.currency}
        />
        {matchId && (
          <BillingChoice
            billing={values.billing}
            onChange={(billing) => {
              setValues({ ...values, billing });
              setFieldErrors({});
            }}
          />
        )}
      </section>
      {isHourly ? (
        <section aria-labelledby="hourly-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <div>
            <h2 id="hourly-heading" className="text-lg font-semibold text-slate-900">
              Hourly terms
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {expert.name} logs hours each week. After the week closes you have {formatCount(candidate.hourlyReviewDays, "day")} to approve or dispute them;
              approved hours are charged to your saved card and paid to {expert.name}, minus the {platformFeeBps / 100}% platform fee, once the review window
              ends.
            </p>
          </div>
          <HourlyTermsFields values={values} currency={request.currency} timeZones={timeZones} errors={fieldErrors} onChange={setValues} />
        </section>
      ) : (
        <section aria-labelledby="milestones-heading" className="space-y-4">
          <div>
            <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
              Milestones
            </h2>
            <p className="mt-1 text-sm text-slate-600">You fund each milestone when its work starts, and approve it when it is done.</p>
          </div>
          <MilestoneRows
            rows={values.milestones}
            currency={request.currency}
            today={today}
            errors={fieldErrors}
            onChange={(milestones) => {
              setValues({ ...values, milestones });
              if (milestones.length !== values.milestones.length) setFieldErrors({});
            }}
          />
          {(fieldErrors.milestones ?? fieldErrors.totalCents) && (
            <p className="text-sm font-medium text-red-700">{fieldErrors.milestones ?? fieldErrors.totalCents}</p>
          )}
        </section>
      )}
      {!isHourly && (
        <section aria-labelledby="total-heading" className="space-y-3 rounded-xl bg-slate-50 p-6 ring-1 ring-slate-200">
          <h2 id="total-heading" className="text-lg font-semibold text-slate-900">
            Total
          </h2>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">You pay</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">{money(totals.totalCents)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Platform fee ({platformFeeBps / 100}%)</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">{money(totals.feeCents)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{expert.name} receives</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">{money(totals.expertReceivesCents)}</dd>
            </div>
          </dl>
          <p className="text-sm text-slate-600">
            The fee is kept from the expert's side when a milestone is released; you pay the milestone amounts only. Nothing is charged until you fund a
            milestone.
          </p>
        </section>
      )}
      <Button type="submit" size="lg" isLoading={isPending} loadingLabel="Sending…">
        Send proposal
      </Button>
    </form>
  );
}
