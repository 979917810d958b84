"use client";

import { useState } from "react";
import { OpenDisputeDialog } from "@/components/disputes/open-dispute-dialog";
import { OptionalFilesField } from "@/components/files/optional-files-field";
import { Textarea } from "@/components/ui/textarea";
import type { MilestoneDetail } from "@/lib/contracts/get-contract";
import { callApi } from "@/lib/endpoints/client";
import { formatMoney } from "@/lib/format";
import { requestChangesSchema, SUBMISSION_MAX_FILES, submitMilestoneSchema } from "@/lib/milestones/schemas";
import { splitRelease } from "@/lib/payments/fees";
import { ActionDialog } from "./action-dialog";
import { type BuiltBody, checkWith, errorUnder } from "./form-errors";
import { FundButton } from "./fund-button";
import { ReleasePartDialog } from "./release-part-dialog";
import { SUBMITTED_WORDS } from "./submitted-words";

type MilestoneActionsProps = {
  milestone: Pick<MilestoneDetail, "id" | "title" | "status" | "amountCents" | "releasedCents" | "feeCents" | "expertReceivesCents" | "actions">;
  currency: string;
  feePercent: string;
  feeBps: number;
  expertName: string;
  /** A payment for this milestone is being confirmed: offering to pay again would only confuse. */
  isConfirmingPayment: boolean;
  /** DISPUTE_RESPONSE_DAYS, for the dispute dialog's words. */
  disputeResponseDays?: number;
};

/** The buttons this viewer gets for one milestone; get-contract decides which. */
export function MilestoneActions({ milestone, currency, feePercent, feeBps, expertName, isConfirmingPayment, disputeResponseDays = 5 }: MilestoneActionsProps) {
  const { id, actions } = milestone;
  const params = { id };
  const money = (cents: number) => formatMoney(cents, currency);
  if (!Object.values(actions).some(Boolean)) return null;
  // After partial releases, approval releases only what is still held, with the fee on that.
  const heldCents = milestone.amountCents - milestone.releasedCents;
  const release =
    milestone.releasedCents > 0 ? splitRelease(heldCents, feeBps) : { feeCents: milestone.feeCents, transferCents: milestone.expertReceivesCents };
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
      {actions.fund && !isConfirmingPayment && <FundButton milestoneId={id} isResuming={milestone.status === "FUNDING"} />}
      {actions.submit && <SubmitWorkDialog milestoneId={id} />}
      {actions.approve && (
        <ActionDialog
          triggerLabel="Approve and release"
          triggerVariant="primary"
          title={`Approve “${milestone.title}” and release the payment?`}
          description={`${expertName} receives ${money(release.transferCents)}: the ${money(heldCents)} ${milestone.releasedCents > 0 ? "still held" : "you funded"}, minus the ${money(release.feeCents)} platform fee. A released payment cannot be taken back.`}
          call={() => callApi("POST /api/v1/milestones/{id}/approve", { params, body: {} })}
          submitLabel="Yes, release payment"
          pendingLabel="Releasing…"
          successMessage={`Released. ${expertName} is being paid ${money(release.transferCents)}.`}
        />
      )}
      {actions.releasePart && (
        <ReleasePartDialog
          milestoneId={id}
          title={milestone.title}
          heldCents={milestone.amountCents - milestone.releasedCents}
          currency={currency}
          feePercent={feePercent}
          expertName={expertName}
        />
      )}
      {actions.requestChanges && <NoteDialog milestoneId={id} kind="changes" />}
      {actions.cancel &&
        (milestone.status === "PENDING" ? (
          <ActionDialog
            triggerLabel="Remove milestone"
            title={`Remove “${milestone.title}”?`}
            description={`It was never funded, so nothing is charged, and the contract total goes down by ${money(milestone.amountCents)}.`}
            call={() => callApi("POST /api/v1/milestones/{id}/cancel", { params, body: {} })}
            submitLabel="Yes, remove it"
            submitVariant="danger"
            pendingLabel="Removing…"
            successMessage="The milestone is removed."
          />
        ) : (
          <ActionDialog
            triggerLabel="Cancel and refund"
            title={`Cancel “${milestone.title}” and get a refund?`}
            description={`The ${money(heldCents)} ${milestone.releasedCents > 0 ? "still held" : "you funded"} goes back to your card, and ${expertName} is not paid for ${milestone.releasedCents > 0 ? "the rest of " : ""}this milestone.`}
            call={() => callApi("POST /api/v1/milestones/{id}/cancel", { params, body: {} })}
            submitLabel="Yes, refund it"
            submitVariant="danger"
            pendingLabel="Refunding…"
            successMessage="The refund is on its way to your card."
          />
        ))}
      {actions.dispute && <OpenDisputeDialog milestoneId={id} responseDays={disputeResponseDays} />}
    </div>
  );
}

function SubmitWorkDialog({ milestoneId }: { milestoneId: string }) {
  const [isSubmitted, setSubmitted] = useState(false);
  const [note, setNote] = useState("");
  const [links, setLinks] = useState("");
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  const input = () => ({ note, links: links.split(/\s+/).filter(Boolean), fileIds });
  // From the moment the server accepts it, while the page refreshes (the refreshed card says the same).
  if (isSubmitted) {
    return (
      <p role="status" className="text-sm font-medium text-slate-900">
        {SUBMITTED_WORDS}
      </p>
    );
  }
  return (
    <ActionDialog
      triggerLabel="Submit work"
      triggerVariant="primary"
      title="Submit this milestone for review"
      description="The client reviews it and approves the payment or asks for changes. Without an answer within 14 days, it is released to you automatically."
      buildBody={() => checkWith(submitMilestoneSchema, input())}
      call={(body) => callApi("POST /api/v1/milestones/{id}/submit", { params: { id: milestoneId }, body })}
      onAnswer={() => setSubmitted(true)}
      submitLabel="Submit for review"
      pendingLabel="Submitting…"
      successMessage="Submitted. The client has been told."
      isSubmitBlocked={isUploading}
    >
      {(errors) => (
        <>
          <Textarea
            label="What you delivered"
            name="note"
            rows={5}
            required
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={errors.note}
          />
          <Textarea
            label="Links"
            name="links"
            rows={3}
            isOptional
            hint="One per line: a pull request, a deployed preview, a shared folder."
            value={links}
            onChange={(event) => setLinks(event.target.value)}
            error={errorUnder(errors, "links")}
          />
          <OptionalFilesField
            title="Files"
            hint={`The build, a report, screenshots: up to ${SUBMISSION_MAX_FILES} files. The client downloads them when reviewing.`}
            purpose="MILESTONE_DELIVERABLE"
            label="Attach files"
            maxFiles={SUBMISSION_MAX_FILES}
            onChange={setFileIds}
            onUploadingChange={setUploading}
            error={errorUnder(errors, "fileIds")}
          />
        </>
      )}
    </ActionDialog>
  );
}

const NOTE_DIALOGS = {
  changes: {
    triggerLabel: "Request changes",
    title: "Ask for changes",
    description: "The milestone goes back to the expert with your note; its automatic release stops until they submit again.",
    field: "note",
    label: "What should change",
    check: (note: string): BuiltBody => checkWith(requestChangesSchema, { note }),
    send: (id: string, note: string) => callApi("POST /api/v1/milestones/{id}/request-changes", { params: { id }, body: { note } }),
    submitLabel: "Send change request",
    pendingLabel: "Sending…",
    successMessage: "Your change request was sent.",
  },
} as const;

function NoteDialog({ milestoneId, kind }: { milestoneId: string; kind: keyof typeof NOTE_DIALOGS }) {
  const [text, setText] = useState("");
  const { field, label, check, send, ...dialog } = NOTE_DIALOGS[kind];
  return (
    <ActionDialog<unknown, unknown> {...dialog} buildBody={() => check(text)} call={() => send(milestoneId, text)}>
      {(errors) => (
        <Textarea label={label} name={field} rows={5} required value={text} onChange={(event) => setText(event.target.value)} error={errors[field]} />
      )}
    </ActionDialog>
  );
}
