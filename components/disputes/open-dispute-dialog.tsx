"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/contracts/action-dialog";
import { checkWith } from "@/components/contracts/form-errors";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { DISPUTE_CATEGORY_LABEL, MILESTONE_DISPUTE_CATEGORIES } from "@/lib/disputes/categories";
import { callApi } from "@/lib/endpoints/client";
import { openDisputeSchema } from "@/lib/milestones/schemas";
import { EvidenceFields, linksFrom } from "./evidence-fields";

/** Opening a dispute on a held milestone: what it is about, the details, and evidence. */
export function OpenDisputeDialog({ milestoneId, responseDays }: { milestoneId: string; responseDays: number }) {
  const [category, setCategory] = useState("");
  const [reason, setReason] = useState("");
  const [links, setLinks] = useState("");
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  const input = () => ({ category: category || undefined, reason, links: linksFrom(links), fileIds });
  return (
    <ActionDialog
      triggerLabel="Open a dispute"
      title="Open a dispute"
      description={`The payment stays held by Vetted. The other side has ${responseDays} days to respond with their side; then a Vetted admin decides to release, refund or split it, with written reasons.`}
      buildBody={() => (category ? checkWith(openDisputeSchema, input()) : { errors: { category: "Choose what the dispute is about." } })}
      call={(body) => callApi("POST /api/v1/milestones/{id}/dispute", { params: { id: milestoneId }, body })}
      submitLabel="Open dispute"
      pendingLabel="Opening…"
      successMessage="The dispute is open. The other side has been asked to respond."
      isSubmitBlocked={isUploading}
    >
      {(errors) => (
        <>
          <Select
            label="What is the dispute about?"
            name="category"
            required
            placeholder="Choose a reason"
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            error={errors.category}
          >
            {MILESTONE_DISPUTE_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {DISPUTE_CATEGORY_LABEL[value]}
              </option>
            ))}
          </Select>
          <Textarea
            label="Details"
            name="reason"
            rows={5}
            required
            hint="What was agreed, what happened, and what you are asking for."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={errors.reason}
          />
          <EvidenceFields links={links} onLinksChange={setLinks} onFilesChange={setFileIds} onUploadingChange={setUploading} errors={errors} />
        </>
      )}
    </ActionDialog>
  );
}
