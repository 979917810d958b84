"use client";

import type { FieldErrorMap } from "@/components/auth/field-errors";
import { errorUnder } from "@/components/contracts/form-errors";
import { FileUploader } from "@/components/files/file-uploader";
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
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-900">
          Files <span className="font-normal text-slate-600">(optional)</span>
        </p>
        <p className="text-sm text-slate-600">
          Up to {EVIDENCE_MAX_FILES} files: screenshots, documents, exports. Only both sides of the contract and Vetted admins can open them.
        </p>
        <FileUploader
          purpose="DISPUTE_EVIDENCE"
          label="Attach evidence"
          maxFiles={EVIDENCE_MAX_FILES}
          onChange={onFilesChange}
          onUploadingChange={onUploadingChange}
        />
        {errorUnder(errors, "fileIds") && <p className="text-sm font-medium text-red-700">{errorUnder(errors, "fileIds")}</p>}
      </div>
    </>
  );
}
