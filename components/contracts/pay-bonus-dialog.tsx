"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { parseAmount } from "@/lib/contracts/amount-input";
import { callApi } from "@/lib/endpoints/client";
import { formatMoney } from "@/lib/format";
import { payBonusSchema } from "@/lib/milestones/schemas";
import { ActionDialog } from "./action-dialog";
import { type BuiltBody, checkWith } from "./form-errors";

type PayBonusDialogProps = { contractId: string; currency: string; expertName: string; maxBonusCents: number; feePercent: string };

/** The client pays a bonus by card (Stripe Checkout); it is released to the expert as soon as the payment is confirmed. */
export function PayBonusDialog({ contractId, currency, expertName, maxBonusCents, feePercent }: PayBonusDialogProps) {
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const max = formatMoney(maxBonusCents, currency);
  const build = (): BuiltBody<{ amountCents: number; note: string }> => {
    const parsed = parseAmount(amount);
    const amountError = !parsed.ok
      ? parsed.message
      : parsed.cents <= 0
        ? "A bonus must be more than zero."
        : parsed.cents > maxBonusCents
          ? `A bonus can be at most ${max}.`
          : null;
    const checked = checkWith(payBonusSchema, { amountCents: parsed.ok ? parsed.cents : 0, note });
    const errors = { ...("errors" in checked ? checked.errors : {}), ...(amountError && { amountCents: amountError }) };
    return Object.keys(errors).length ? { errors } : { body: { amountCents: parsed.ok ? parsed.cents : 0, note } };
  };
  return (
    <ActionDialog
      triggerLabel="Pay a bonus"
      triggerVariant="primary"
      title={`Pay ${expertName} a bonus`}
      description={`You pay by card on Stripe's page; the bonus is released to ${expertName} as soon as the payment is confirmed, minus the ${feePercent} platform fee. It is not held and cannot be taken back.`}
      buildBody={build}
      call={(body) => callApi("POST /api/v1/contracts/{id}/bonuses", { params: { id: contractId }, body })}
      onAnswer={({ checkoutUrl }) => {
        window.location.assign(checkoutUrl);
        return false;
      }}
      submitLabel="Continue to payment"
      pendingLabel="Opening the payment page…"
      successMessage="Opening the payment page…"
    >
      {(errors) => (
        <>
          <Input
            label={`Amount (${currency})`}
            name="amountCents"
            inputMode="decimal"
            autoComplete="off"
            required
            hint={`Up to ${max}`}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={errors.amountCents}
          />
          <Textarea
            label="Note for the expert"
            name="note"
            rows={3}
            required
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={errors.note}
          />
        </>
      )}
    </ActionDialog>
  );
}
