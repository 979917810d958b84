"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/contracts/action-dialog";
import { checkWith } from "@/components/contracts/form-errors";
import { Textarea } from "@/components/ui/textarea";
import { callApi } from "@/lib/endpoints/client";
import { disputeWeekSchema } from "@/lib/timesheets/schemas";

type WeekReviewActionsProps = { weekId: string; weekName: string; hours: string; amount: string; expertName: string };

/** The client's Approve and Dispute for a closed week. */
export function WeekReviewActions({ weekId, weekName, hours, amount, expertName }: WeekReviewActionsProps) {
  const [reason, setReason] = useState("");
  const params = { id: weekId };
  return (
    <div className="flex flex-wrap gap-3">
      <ActionDialog
        triggerLabel="Approve hours"
        triggerVariant="primary"
        title={`Approve ${hours} for the week of ${weekName}?`}
        description={`${amount} is charged to your saved card now and held by Vetted; ${expertName} is paid when the review window ends.`}
        call={() => callApi("POST /api/v1/timesheet-weeks/{id}/approve", { params, body: {} })}
        submitLabel="Yes, approve"
        pendingLabel="Approving…"
        successMessage="Approved. The week is being charged to your card."
      />
      <ActionDialog
        triggerLabel="Dispute hours"
        title={`Dispute the week of ${weekName}`}
        description="The week is charged and held by Vetted; an admin reads both sides and decides what is paid and what is refunded."
        buildBody={() => checkWith(disputeWeekSchema, { reason })}
        call={(body) => callApi("POST /api/v1/timesheet-weeks/{id}/dispute", { params, body })}
        submitLabel="Open dispute"
        submitVariant="danger"
        pendingLabel="Opening…"
        successMessage="Disputed. An admin will look at it."
      >
        {(errors) => (
          <Textarea
            label="Which hours, and why"
            name="reason"
            rows={4}
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
