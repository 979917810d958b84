import type { DataExportStatus } from "@/generated/prisma/enums";

// An export as its owner sees it: never the bytes, and a ready one past its expiry reads as expired
// even before the periodic job has caught up.

export const EXPORT_VIEW_SELECT = {
  id: true,
  status: true,
  sectionsDone: true,
  sectionsTotal: true,
  sizeBytes: true,
  failureReason: true,
  readyAt: true,
  expiresAt: true,
  createdAt: true,
} as const;

export type DataExportView = {
  id: string;
  status: DataExportStatus;
  sectionsDone: number;
  sectionsTotal: number;
  sizeBytes: number | null;
  failureReason: string | null;
  readyAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
  downloadPath: string | null;
};

type ExportRow = Omit<DataExportView, "downloadPath">;

export const downloadPathOf = (exportId: string) => `/api/v1/privacy/exports/${exportId}/download`;

export function toExportView(row: ExportRow, now: Date): DataExportView {
  const isExpired = row.status === "READY" && row.expiresAt !== null && row.expiresAt <= now;
  const status = isExpired ? "EXPIRED" : row.status;
  return { ...row, status, downloadPath: status === "READY" ? downloadPathOf(row.id) : null };
}
