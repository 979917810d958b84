"use client";

import { useState } from "react";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { END_REASON_LABELS, END_REASONS } from "@/lib/contract-endings/reasons";
import { answerEndRefundSchema, endContractSchema } from "@/lib/contract-endings/schemas";
import { callApi } from "@/lib/endpoints/client";
import { ActionDialog } from "./action-dialog";
import { checkWith } from "./form-errors";

type EndReason = (typeof END_REASONS)[number];

/** "End contract": a reason from the short list and an optional note (required for "Another reason"). */
export function EndContractDialog({ contractId, consequences }: { contractId: string; consequences: string }) {
  const [reason, setReason] = useState<EndReason | "">("");
  const [note, setNote] = useState("");
  return (
    <ActionDialog
      triggerLabel="End contract"
      triggerVariant="danger"
      triggerSize="md"
      title="End this contract"
      description={consequences}
      buildBody={() => checkWith(endContractSchema, { reason: reason || undefined, note })}
      call={(body) => callApi("POST /api/v1/contracts/{id}/end", { params: { id: contractId }, body })}
      submitLabel="End contract"
      submitVariant="danger"
      pendingLabel="Ending…"
      successMessage="The contract has ended. Both sides were told."
    >
      {(errors) => (
        <>
          <Select
            label="Why are you ending it?"
            name="reason"
            required
            placeholder="Choose a reason"
            value={reason}
            onChange={(event) => setReason(event.target.value as EndReason | "")}
            error={errors.reason}
          >
            {END_REASONS.map((value) => (
              <option key={value} value={value}>
                {END_REASON_LABELS[value]}
              </option>
            ))}
          </Select>
          <Textarea
            label="Anything the other side should know"
            name="note"
            rows={4}
            isOptional={reason !== "OTHER"}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={errors.note}
          />
        </>
      )}
    </ActionDialog>
  );
}

/** "Find me a replacement": the request is matched again, this expert left out. */
export function ReplacementButton({ contractId, expertName }: { contractId: string; expertName: string }) {
  return (
    <ActionDialog
      triggerLabel="Find me a replacement"
      triggerVariant="primary"
      triggerSize="md"
      title="Find a replacement expert"
      description={`Your request goes back into matching with a new 8-hour clock. ${expertName} will not be invited again for it.`}
      call={() => callApi("POST /api/v1/contracts/{id}/replacement", { params: { id: contractId }, body: {} })}
      submitLabel="Start matching again"
      pendingLabel="Starting…"
      successMessage="Matching has started again. We will send you a new shortlist within 8 hours."
    />
  );
}

/** The expert's answer to the refund of funded work not submitted: agree, or dispute with a reason. */
export function EndRefundAnswer({ milestoneId, amount }: { milestoneId: string; amount: string }) {
  const [reason, setReason] = useState("");
  return (
    <div className="flex flex-wrap gap-2">
      <ActionDialog
        triggerLabel="Agree to the refund"
        title="Agree to the refund"
        description={`${amount} goes back to the client's card. This cannot be undone.`}
        call={() => callApi("POST /api/v1/milestones/{id}/end-refund", { params: { id: milestoneId }, body: { decision: "AGREE" } })}
        submitLabel="Agree and refund"
        pendingLabel="Refunding…"
        successMessage="Refunded to the client."
      />
      <ActionDialog
        triggerLabel="Dispute the refund"
        title="Dispute the refund"
        description="A Vetted admin reads the contract and the conversation, then releases, refunds or splits the payment. Until then it stays held by Vetted."
        buildBody={() => checkWith(answerEndRefundSchema, { decision: "DISPUTE", reason })}
        call={(body) => callApi("POST /api/v1/milestones/{id}/end-refund", { params: { id: milestoneId }, body })}
        submitLabel="Open dispute"
        pendingLabel="Opening…"
        successMessage="The dispute is open. An admin will be in touch with both sides."
      >
        {(errors) => (
          <Textarea
            label="Why should you be paid for it?"
            name="reason"
            rows={5}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.reason}
          />
        )}
      </ActionDialog>
    </div>
  );
}
