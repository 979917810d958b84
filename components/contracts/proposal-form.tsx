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
import { formatMoney } from "@/lib/format";
import { useFocusFirstInvalid } from "./form-errors";
import { MilestoneRows } from "./milestone-rows";
import { buildHireAgain, buildProposal, emptyRow, type ProposalValues, proposalTotals } from "./proposal-values";

/** `candidate.matchId` null: "Hire again", sent to the expert directly (candidate.expertProfileId). */
type ProposalFormProps = {
  candidate: Pick<HireCandidate, "request" | "expert" | "platformFeeBps"> & { matchId: string | null; expertProfileId?: string };
  today: string;
};

/** Title, fixed currency and milestones; checked with the same schema as the server before sending. */
export function ProposalForm({ candidate, today }: ProposalFormProps) {
  const { matchId, request, expert, platformFeeBps } = candidate;
  const router = useRouter();
  const { toast } = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProposalValues>({ title: request.title, milestones: [emptyRow(1)] });
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
      </section>
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
      <Button type="submit" size="lg" isLoading={isPending} loadingLabel="Sending…">
        Send proposal
      </Button>
    </form>
  );
}
