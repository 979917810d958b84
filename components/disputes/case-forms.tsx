"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/contracts/action-dialog";
import { checkWith } from "@/components/contracts/form-errors";
import { Textarea } from "@/components/ui/textarea";
import { addDisputeEvidenceSchema, respondToDisputeSchema } from "@/lib/disputes/schemas";
import { callApi } from "@/lib/endpoints/client";
import { EvidenceFields, linksFrom } from "./evidence-fields";

/** The other side's response: its statement and evidence, once. */
export function RespondDialog({ disputeId, dueText }: { disputeId: string; dueText: string }) {
  const [statement, setStatement] = useState("");
  const [links, setLinks] = useState("");
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  return (
    <ActionDialog
      triggerLabel="Respond to the dispute"
      triggerVariant="primary"
      title="Your response"
      description={`Give your side and your evidence ${dueText}. You respond once; you can add more evidence afterwards until an admin decides.`}
      buildBody={() => checkWith(respondToDisputeSchema, { statement, links: linksFrom(links), fileIds })}
      call={(body) => callApi("POST /api/v1/disputes/{id}/response", { params: { id: disputeId }, body })}
      submitLabel="Send response"
      pendingLabel="Sending…"
      successMessage="Your response is on the case. An admin decides next."
      isSubmitBlocked={isUploading}
    >
      {(errors) => (
        <>
          <Textarea
            label="Your side"
            name="statement"
            rows={5}
            required
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            error={errors.statement}
          />
          <EvidenceFields links={links} onLinksChange={setLinks} onFilesChange={setFileIds} onUploadingChange={setUploading} errors={errors} />
        </>
      )}
    </ActionDialog>
  );
}

/** More evidence from either side, until an admin decides. */
export function AddEvidenceDialog({ disputeId }: { disputeId: string }) {
  const [text, setText] = useState("");
  const [links, setLinks] = useState("");
  const [fileIds, setFileIds] = useState<string[]>([]);
  const [isUploading, setUploading] = useState(false);
  return (
    <ActionDialog
      triggerLabel="Add evidence"
      title="Add evidence"
      description="Both sides and the admin deciding the case see it. Evidence can be added until the admin decides."
      buildBody={() => checkWith(addDisputeEvidenceSchema, { text, links: linksFrom(links), fileIds })}
      call={(body) => callApi("POST /api/v1/disputes/{id}/evidence", { params: { id: disputeId }, body })}
      submitLabel="Add to the case"
      pendingLabel="Adding…"
      successMessage="Added to the case."
      isSubmitBlocked={isUploading}
    >
      {(errors) => (
        <>
          <Textarea label="Description" name="text" rows={4} isOptional value={text} onChange={(event) => setText(event.target.value)} error={errors.text} />
          <EvidenceFields links={links} onLinksChange={setLinks} onFilesChange={setFileIds} onUploadingChange={setUploading} errors={errors} />
        </>
      )}
    </ActionDialog>
  );
}
