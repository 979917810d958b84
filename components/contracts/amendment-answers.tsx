"use client";

import { callApi } from "@/lib/endpoints/client";
import { ActionDialog } from "./action-dialog";

/** Accept or decline a proposal from the other side, or withdraw one's own. */
export function AmendmentAnswers({ contractId, amendmentId, isProposer }: { contractId: string; amendmentId: string; isProposer: boolean }) {
  const params = { id: contractId, amendmentId };
  if (isProposer) {
    return (
      <ActionDialog
        triggerLabel="Withdraw"
        title="Withdraw this proposal?"
        description="The terms stay as they are; you can propose again later."
        call={() => callApi("POST /api/v1/contracts/{id}/amendments/{amendmentId}/withdraw", { params, body: {} })}
        submitLabel="Yes, withdraw it"
        pendingLabel="Withdrawing…"
        successMessage="Withdrawn."
      />
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <ActionDialog
        triggerLabel="Accept change"
        triggerVariant="primary"
        title="Accept this change?"
        description="It becomes part of the contract at once (a new hourly rate or cap applies from next week)."
        call={() => callApi("POST /api/v1/contracts/{id}/amendments/{amendmentId}/accept", { params, body: {} })}
        submitLabel="Yes, accept"
        pendingLabel="Accepting…"
        successMessage="Accepted. The contract's terms are updated."
      />
      <ActionDialog
        triggerLabel="Decline"
        title="Decline this change?"
        description="The terms stay as they are, and the other side is told."
        call={() => callApi("POST /api/v1/contracts/{id}/amendments/{amendmentId}/decline", { params, body: {} })}
        submitLabel="Yes, decline"
        submitVariant="danger"
        pendingLabel="Declining…"
        successMessage="Declined."
      />
    </div>
  );
}
