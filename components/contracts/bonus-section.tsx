import { DateTime } from "@/components/dashboards/date-time";
import { StatusBadge } from "@/components/dashboards/status-badge";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import { formatMoney } from "@/lib/format";
import { MilestoneActions } from "./milestone-actions";
import { PayBonusDialog } from "./pay-bonus-dialog";

/** Bonuses the client paid on top of the contract, each released to the expert as soon as it was paid. */
export function BonusSection({ contract, maxBonusCents }: { contract: ContractDetail; maxBonusCents: number }) {
  const bonuses = contract.milestones.filter((milestone) => milestone.kind === "BONUS");
  if (!bonuses.length && !contract.actions.payBonus) return null;
  const money = (cents: number) => formatMoney(cents, contract.currency);
  const feePercent = `${contract.platformFeeBps / 100}%`;
  return (
    <section aria-labelledby="bonuses-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="bonuses-heading" className="text-lg font-semibold text-slate-900">
          Bonuses
        </h2>
        {contract.actions.payBonus && (
          <PayBonusDialog
            contractId={contract.id}
            currency={contract.currency}
            expertName={contract.parties.expert.name}
            maxBonusCents={maxBonusCents}
            feePercent={feePercent}
          />
        )}
      </div>
      {bonuses.length === 0 ? (
        <p className="text-sm text-slate-700">No bonus paid yet. A bonus is paid by card and released to {contract.parties.expert.name} at once.</p>
      ) : (
        <ul className="space-y-3">
          {bonuses.map((bonus) => (
            <li key={bonus.id} className="space-y-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold text-slate-900 tabular-nums">
                  {money(bonus.amountCents)} <span className="font-normal text-slate-700">(expert receives {money(bonus.expertReceivesCents)})</span>
                </p>
                <StatusBadge status={bonus.status} />
              </div>
              {bonus.description && <p className="text-sm whitespace-pre-line text-slate-700">{bonus.description}</p>}
              {bonus.releasedAt && (
                <p className="text-sm text-slate-600">
                  Released <DateTime value={bonus.releasedAt} />
                </p>
              )}
              <MilestoneActions
                milestone={bonus}
                currency={contract.currency}
                feePercent={feePercent}
                feeBps={contract.platformFeeBps}
                expertName={contract.parties.expert.name}
                isConfirmingPayment={false}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
