"use client";

import { useState } from "react";
import { useApiCall } from "@/components/api/use-api-call";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast";
import type { ContractDetail } from "@/lib/contracts/get-contract";
import { declineContractSchema } from "@/lib/contracts/schemas";
import { callApi } from "@/lib/endpoints/client";
import { ActionDialog } from "./action-dialog";
import { checkWith } from "./form-errors";

type ProposalActionsProps = { contractId: string; actions: ContractDetail["actions"] };

/** The expert accepts or declines a proposal; the client may withdraw it while it is unanswered. */
export function ProposalActions({ contractId, actions }: ProposalActionsProps) {
  const { toast } = useToast();
  const accept = useApiCall();
  const [reason, setReason] = useState("");
  const params = { id: contractId };
  return (
    <div className="flex flex-wrap items-center gap-3">
      {actions.accept && (
        <Button
          onClick={() =>
            accept.run(() => callApi("POST /api/v1/contracts/{id}/accept", { params }), {
              onDone: () => void toast("You accepted. The contract is active.", { tone: "success" }),
            })
          }
          isLoading={accept.isPending}
          loadingLabel="Accepting…"
        >
          Accept contract
        </Button>
      )}
      {actions.decline && (
        <ActionDialog
          triggerLabel="Decline"
          triggerSize="md"
          title="Decline this proposal"
          description="The client sees your reason. You stay on their shortlist, so they can propose different terms."
          buildBody={() => checkWith(declineContractSchema, { reason })}
          call={(body) => callApi("POST /api/v1/contracts/{id}/decline", { params, body })}
          submitLabel="Decline proposal"
          submitVariant="danger"
          pendingLabel="Declining…"
          successMessage="You declined the proposal. The client has been told."
        >
          {(errors) => (
            <Textarea
              label="Why are you declining?"
              name="reason"
              rows={3}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={errors.reason}
            />
          )}
        </ActionDialog>
      )}
      {actions.withdraw && (
        <ActionDialog
          triggerLabel="Withdraw proposal"
          triggerSize="md"
          title="Withdraw this proposal?"
          description="The expert is told, and can no longer accept it. You can propose again afterwards."
          call={() => callApi("POST /api/v1/contracts/{id}/withdraw", { params })}
          submitLabel="Yes, withdraw it"
          submitVariant="danger"
          pendingLabel="Withdrawing…"
          successMessage="The proposal is withdrawn."
        />
      )}
      {accept.problem && (
        <Alert tone="danger" role="alert" className="basis-full">
          {accept.problem.message}
        </Alert>
      )}
    </div>
  );
}
