"use client";

import type { FieldErrorMap } from "@/components/auth/field-errors";
import { errorUnder } from "@/components/contracts/form-errors";
import { OptionalFilesField } from "@/components/files/optional-files-field";
import { Textarea } from "@/components/ui/textarea";
import { EVIDENCE_MAX_FILES } from "@/lib/disputes/schemas";

/** Links (one per line) as the API takes them. */
export const linksFrom = (text: string) => text.split(/\s+/).filter(Boolean);

type EvidenceFieldsProps = {
  links: string;
  onLinksChange: (links: string) => void;
  onFilesChange: (fileIds: string[]) => void;
  onUploadingChange: (isUploading: boolean) => void;
  errors: FieldErrorMap;
};

/** The evidence part of a dispute form: links and files (seen only by the contract's parties and Vetted's admins). */
export function EvidenceFields({ links, onLinksChange, onFilesChange, onUploadingChange, errors }: EvidenceFieldsProps) {
  return (
    <>
      <Textarea
        label="Links"
        name="links"
        rows={2}
        isOptional
        hint="One per line, starting with https://: a document, a recording, a pull request."
        value={links}
        onChange={(event) => onLinksChange(event.target.value)}
        error={errorUnder(errors, "links")}
      />
      <OptionalFilesField
        title="Files"
        hint={`Up to ${EVIDENCE_MAX_FILES} files: screenshots, documents, exports. Only both sides of the contract and Vetted admins can open them.`}
        purpose="DISPUTE_EVIDENCE"
        label="Attach evidence"
        maxFiles={EVIDENCE_MAX_FILES}
        onChange={onFilesChange}
        onUploadingChange={onUploadingChange}
        error={errorUnder(errors, "fileIds")}
      />
    </>
  );
}
