import type { FileStatus } from "@/generated/prisma/enums";
import { isImageType } from "./content-types";
import type { FileSummary } from "./schemas";

// The shape every place that shows a file sends to the browser: never the storage key.

export type SummarizableFile = { id: string; name: string; size: number; contentType: string; thumbnailKey: string | null };

export const fileSummarySelect = { id: true, name: true, size: true, contentType: true, thumbnailKey: true } as const;

export function toFileSummary(file: SummarizableFile): FileSummary {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    contentType: file.contentType,
    isImage: isImageType(file.contentType),
    hasThumbnail: file.thumbnailKey !== null,
    downloadUrl: `/api/v1/files/${file.id}/download`,
    ...(file.thumbnailKey && { thumbnailUrl: `/api/v1/files/${file.id}/thumbnail` }),
  };
}

export type UploadedFileRow = SummarizableFile & { status: FileStatus; rejectedReason: string | null; width: number | null; height: number | null };

export function toUploadedFile(file: UploadedFileRow) {
  return { ...toFileSummary(file), status: file.status, rejectedReason: file.rejectedReason, width: file.width, height: file.height };
}

export const uploadedFileSelect = { ...fileSummarySelect, status: true, rejectedReason: true, width: true, height: true } as const;
