import type { GeneratedDocumentStatus } from "@/generated/prisma/enums";

// A statement as the expert's earnings page and the API show it: its progress and, once ready, where
// its PDF and CSV download from (the file storage's download route, which checks access each time).

export const STATEMENT_VIEW_SELECT = {
  id: true,
  month: true,
  status: true,
  failureReason: true,
  pdfFileId: true,
  csvFileId: true,
  startedAt: true,
  readyAt: true,
  createdAt: true,
} as const;

type StatementRow = {
  id: string;
  month: string;
  status: GeneratedDocumentStatus;
  failureReason: string | null;
  pdfFileId: string | null;
  csvFileId: string | null;
  /** When the worker read the ledger for it. */
  startedAt: Date | null;
  readyAt: Date | null;
  createdAt: Date;
};

export type StatementView = {
  id: string;
  month: string;
  status: GeneratedDocumentStatus;
  failureReason: string | null;
  readyAt: Date | null;
  createdAt: Date;
  pdfDownloadPath: string | null;
  csvDownloadPath: string | null;
};

export const fileDownloadPath = (fileId: string) => `/api/v1/files/${fileId}/download`;

export function toStatementView(row: StatementRow): StatementView {
  const isReady = row.status === "READY";
  return {
    id: row.id,
    month: row.month,
    status: row.status,
    failureReason: row.failureReason,
    readyAt: row.readyAt,
    createdAt: row.createdAt,
    pdfDownloadPath: isReady && row.pdfFileId ? fileDownloadPath(row.pdfFileId) : null,
    csvDownloadPath: isReady && row.csvFileId ? fileDownloadPath(row.csvFileId) : null,
  };
}
