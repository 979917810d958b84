import { DateTime } from "@/components/dashboards/date-time";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import { formatMoney } from "@/lib/format";
import { formatHours } from "@/lib/timesheets/hours";

/** The platform's standing terms that apply to every proposal, read from the configuration by the page. */
export type StandingTerms = { trialDays: number; trialPayoutCapCents: number; hourlyReviewDays: number; autoReleaseDays: number };

type ProposalTermsProps = { contract: ContractDetail; terms: StandingTerms };

/**
 * The whole proposal on the page where it is answered: every milestone with its amount, due date and
 * description, or the hourly terms, then the payment terms and the trial. Nobody accepts what they cannot see.
 */
export function ProposalTerms({ contract, terms }: ProposalTermsProps) {
  const money = (cents: number) => formatMoney(cents, contract.currency);
  const feePercent = `${contract.platformFeeBps / 100}%`;
  const milestones = contract.milestones.filter((milestone) => milestone.kind === "FIXED");
  const isExpert = contract.viewerRole === "EXPERT";
  const expertName = contract.parties.expert.name;
  return (
    <div className="space-y-4">
      {contract.hourly ? (
        <dl aria-label="Hourly terms" className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <Term term="Rate" value={`${money(contract.hourly.hourlyRateCents)} an hour`} />
          <Term term="Weekly cap" value={`${formatHours(contract.hourly.weeklyCapMinutes)} hours`} />
          <Term term="Week time zone" value={`Monday to Sunday, ${contract.hourly.weekTimeZone.replaceAll("_", " ")}`} />
          <Term term="Review window" value={`${terms.hourlyReviewDays} days after each week`} />
        </dl>
      ) : (
        <div>
          <table className="w-full table-fixed text-left text-sm break-words">
            <caption className="sr-only">Every milestone of this proposal</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="w-1/2 py-2 pr-3 font-medium">
                  Milestone
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Amount
                </th>
                <th scope="col" className="py-2 font-medium">
                  Due
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 text-slate-900">
              {milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <th scope="row" className="py-2 pr-3 align-top font-medium">
                    {milestone.position}. {milestone.title}
                    {milestone.description && <span className="block font-normal whitespace-pre-line text-slate-700">{milestone.description}</span>}
                  </th>
                  <td className="py-2 pr-3 text-right align-top tabular-nums">{money(milestone.amountCents)}</td>
                  <td className="py-2 align-top">{milestone.dueDate ? <DateTime value={milestone.dueDate} isDateOnly /> : "No date"}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-slate-300 font-semibold text-slate-900">
                <th scope="row" className="py-2 pr-3">
                  Total, {milestones.length} {milestones.length === 1 ? "milestone" : "milestones"}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{money(contract.totalCents)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ul aria-label="Terms" className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {contract.hourly ? (
          <li>
            {isExpert ? "You log your hours" : `${expertName} logs their hours`} each week; the client has {terms.hourlyReviewDays} days to review them, and
            without an answer they are approved. Approved hours are charged to the client's saved card and paid to {isExpert ? "you" : expertName} minus the{" "}
            {feePercent} platform fee.
          </li>
        ) : (
          <li>
            Each milestone is funded by the client when work on it starts and held by Vetted until the client approves it; then{" "}
            {isExpert ? "you receive" : `${expertName} receives`} it minus the {feePercent} platform fee. A submission the client does not answer within{" "}
            {terms.autoReleaseDays} days is released automatically.
          </li>
        )}
        {terms.trialDays > 0 && (
          <li>
            The first {terms.trialDays} days after acceptance are a trial: the client may end the contract as not the right fit.
            {!contract.hourly &&
              ` Milestones ${isExpert ? "you submit" : "submitted"} in the trial are still paid, up to ${money(terms.trialPayoutCapCents)}, by Vetted.`}
          </li>
        )}
        <li>Either side can open a dispute before a payment is released; a Vetted admin decides.</li>
      </ul>
    </div>
  );
}

function Term({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900">{value}</dd>
    </div>
  );
}
