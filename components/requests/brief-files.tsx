"use client";

import { FileList } from "@/components/files/file-list";
import { OptionalFilesField } from "@/components/files/optional-files-field";
import { Button } from "@/components/ui/button";
import type { FileSummary } from "@/lib/files/schemas";
import { REQUEST_MAX_FILES } from "@/lib/requests/api-schemas";

type BriefFilesProps = {
  /** The files the draft holds already. */
  files: FileSummary[];
  onRemove: (fileId: string) => void;
  /** Mount anew (a new key) once the uploaded files are saved with the draft. */
  uploaderKey: number;
  onUploaded: (fileIds: string[]) => void;
  onUploadingChange: (isUploading: boolean) => void;
  error?: string;
};

/** The brief's attachments on the wizard's first step: what the draft holds, each removable, and an uploader for more. */
export function BriefFiles({ files, onRemove, uploaderKey, onUploaded, onUploadingChange, error }: BriefFilesProps) {
  return (
    <div className="space-y-3">
      {files.length > 0 && (
        <div className="space-y-2">
          <FileList files={files} label="Files in the brief" />
          <ul className="flex flex-wrap gap-2" aria-label="Remove files from the brief">
            {files.map((file) => (
              <li key={file.id}>
                <Button variant="secondary" size="sm" onClick={() => onRemove(file.id)}>
                  Remove {file.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <OptionalFilesField
        key={uploaderKey}
        title="Attachments"
        hint={`A spec, mockups, a data sample: up to ${REQUEST_MAX_FILES} files. The experts we invite see them.`}
        purpose="REQUEST_BRIEF"
        label="Attach files"
        maxFiles={Math.max(0, REQUEST_MAX_FILES - files.length)}
        onChange={onUploaded}
        onUploadingChange={onUploadingChange}
        error={error}
      />
    </div>
  );
}
