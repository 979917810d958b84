"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { parseAmount } from "@/lib/contracts/amount-input";
import { callApi } from "@/lib/endpoints/client";
import { formatMoney } from "@/lib/format";
import { ActionDialog } from "./action-dialog";
import type { BuiltBody } from "./form-errors";

type ReleasePartDialogProps = { milestoneId: string; title: string; heldCents: number; currency: string; feePercent: string; expertName: string };

/** Releases part of a funded milestone now; the rest stays held until the work is approved. */
export function ReleasePartDialog({ milestoneId, title, heldCents, currency, feePercent, expertName }: ReleasePartDialogProps) {
  const [amount, setAmount] = useState("");
  const held = formatMoney(heldCents, currency);
  const build = (): BuiltBody<{ amountCents: number }> => {
    const parsed = parseAmount(amount);
    if (!parsed.ok) return { errors: { amountCents: parsed.message } };
    if (parsed.cents <= 0 || parsed.cents >= heldCents)
      return { errors: { amountCents: `Enter more than 0 and less than ${held}; to release all of it, approve the milestone.` } };
    return { body: { amountCents: parsed.cents } };
  };
  return (
    <ActionDialog
      triggerLabel="Release part"
      title={`Release part of “${title}”?`}
      description={`${held} is held by Vetted for this milestone. ${expertName} receives the part you release now, minus the ${feePercent} platform fee on that part; the rest stays held until you approve the work. A released payment cannot be taken back.`}
      buildBody={build}
      call={(body) => callApi("POST /api/v1/milestones/{id}/release-part", { params: { id: milestoneId }, body })}
      submitLabel="Release this part"
      pendingLabel="Releasing…"
      successMessage="Released. The transfer is on its way to the expert."
    >
      {(errors) => (
        <Input
          label={`Amount to release (${currency})`}
          name="amountCents"
          inputMode="decimal"
          autoComplete="off"
          required
          hint={`Less than ${held}`}
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={errors.amountCents}
        />
      )}
    </ActionDialog>
  );
}
