"use client";

import type { ReactNode } from "react";
import { FileUploader, type FileUploaderProps } from "./file-uploader";

type OptionalFilesFieldProps = FileUploaderProps & { title: string; hint: ReactNode; error?: string | null };

/** Files a form may carry: a title marked optional, what they are for and who sees them, the uploader and its error. */
export function OptionalFilesField({ title, hint, error, ...uploader }: OptionalFilesFieldProps) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-900">
        {title} <span className="font-normal text-slate-600">(optional)</span>
      </p>
      <p className="text-sm text-slate-600">{hint}</p>
      <FileUploader {...uploader} />
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}
