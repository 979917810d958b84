import { DateTime } from "@/components/dashboards/date-time";
import { Alert } from "@/components/ui/alert";
import { END_REASON_LABELS } from "@/lib/contract-endings/reasons";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import { formatMoney } from "@/lib/format";
import { EndContractDialog, EndRefundAnswer, ReplacementButton } from "./contract-ending-actions";

function consequencesFor(contract: ContractDetail) {
  const base = "Unfunded milestones are cancelled. Submitted work is still approved, released automatically or disputed as usual.";
  if (contract.viewerRole === "CLIENT" && contract.ending.isInTrial) {
    return `${base} You are in the trial: choose "Not the right fit" and every payment held for work you have not approved comes back to you at once, while Vetted pays ${contract.parties.expert.name} for work submitted in the trial.`;
  }
  return `${base} Money held for work not submitted goes back to the client once the expert agrees, disputes nothing within the consent window, or an admin decides.`;
}

/** The contract's early end on its page: what happened, the expert's refund answers, and the ending buttons. */
export function ContractEnding({ contract }: { contract: ContractDetail }) {
  const { ending, viewerRole, parties, currency } = contract;
  const waiting = contract.milestones.filter((milestone) => milestone.endRefund?.status === "REQUESTED");
  return (
    <>
      {ending.endedAt && (
        <Alert tone={ending.isEndedInTrial ? "info" : "warning"} title="This contract has ended">
          {ending.endedByName ?? "A former member"} ended it on <DateTime value={ending.endedAt} isDateOnly />
          {ending.endReason && <> ({END_REASON_LABELS[ending.endReason].toLowerCase()})</>}.{ending.endNote && <> “{ending.endNote}”</>}{" "}
          {ending.isEndedInTrial
            ? "It ended in its trial: money held for work not yet approved is refunded to the client."
            : "No new work is funded or submitted; the conversation stays open to read."}
          {ending.trialPayout && (
            <>
              {" "}
              Vetted pays {parties.expert.name} {formatMoney(ending.trialPayout.amountCents, currency)} for the work submitted in the trial, at its own cost.
            </>
          )}
        </Alert>
      )}
      {viewerRole === "EXPERT" &&
        waiting
          .filter((milestone) => milestone.endRefund?.canAnswer)
          .map((milestone) => (
            <Alert key={milestone.id} tone="warning" title={`Refund requested: ${milestone.title}`}>
              <p>
                The client asks for the {formatMoney(milestone.amountCents, currency)} held for this milestone, which you have not submitted. Agree, or open a
                dispute, by <DateTime value={milestone.endRefund!.consentDeadline} />; if you do nothing, it is refunded then.
              </p>
              <div className="mt-3">
                <EndRefundAnswer milestoneId={milestone.id} amount={formatMoney(milestone.amountCents, currency)} />
              </div>
            </Alert>
          ))}
      {viewerRole !== "EXPERT" && waiting.length > 0 && (
        <Alert tone="info" title="Waiting for the expert's consent">
          {waiting.map((milestone) => (
            <span key={milestone.id} className="block">
              “{milestone.title}” ({formatMoney(milestone.amountCents, currency)}) is refunded when {parties.expert.name} agrees, or on{" "}
              <DateTime value={milestone.endRefund!.consentDeadline} /> if they do not answer.
            </span>
          ))}
        </Alert>
      )}
      {(ending.actions.end || ending.actions.requestReplacement) && (
        <section aria-labelledby="ending-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 id="ending-heading" className="text-lg font-semibold text-slate-900">
            {ending.actions.end ? "End the contract" : "Not the right fit?"}
          </h2>
          <p className="text-sm text-slate-700">
            {ending.actions.end
              ? consequencesFor(contract)
              : `We can look for someone else: your request is matched again within 8 hours, without ${parties.expert.name}.`}
          </p>
          <div className="flex flex-wrap gap-3">
            {ending.actions.end && <EndContractDialog contractId={contract.id} consequences={consequencesFor(contract)} />}
            {ending.actions.requestReplacement && <ReplacementButton contractId={contract.id} expertName={parties.expert.name} />}
          </div>
        </section>
      )}
    </>
  );
}
