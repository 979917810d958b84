import type { GeneratedDocumentStatus, LedgerExportKind } from "@/generated/prisma/enums";

// An admin export as the exports page and the API list it: what, which days, who asked, progress, and
// once ready where it downloads from (file storage's download route, admins only).

export const LEDGER_EXPORT_SELECT = {
  id: true,
  kind: true,
  fromDate: true,
  toDate: true,
  status: true,
  rowsDone: true,
  fileId: true,
  failureReason: true,
  readyAt: true,
  createdAt: true,
  requestedBy: { select: { id: true, name: true } },
} as const;

type ExportRow = {
  id: string;
  kind: LedgerExportKind;
  fromDate: Date;
  toDate: Date;
  status: GeneratedDocumentStatus;
  rowsDone: number;
  fileId: string | null;
  failureReason: string | null;
  readyAt: Date | null;
  createdAt: Date;
  requestedBy: { id: string; name: string } | null;
};

export type LedgerExportView = {
  id: string;
  kind: LedgerExportKind;
  /** YYYY-MM-DD, UTC, included. */
  from: string;
  /** YYYY-MM-DD, UTC, included. */
  to: string;
  status: GeneratedDocumentStatus;
  rowsDone: number;
  failureReason: string | null;
  readyAt: Date | null;
  createdAt: Date;
  requestedBy: { id: string; name: string } | null;
  downloadPath: string | null;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toLedgerExportView(row: ExportRow): LedgerExportView {
  return {
    id: row.id,
    kind: row.kind,
    from: day(row.fromDate),
    to: day(row.toDate),
    status: row.status,
    rowsDone: row.rowsDone,
    failureReason: row.failureReason,
    readyAt: row.readyAt,
    createdAt: row.createdAt,
    requestedBy: row.requestedBy,
    downloadPath: row.status === "READY" && row.fileId ? `/api/v1/files/${row.fileId}/download` : null,
  };
}

/** The file's name: what, and which days. */
export const exportFileName = (row: { kind: LedgerExportKind; fromDate: Date; toDate: Date }) =>
  `vetted-${row.kind === "LEDGER_ENTRIES" ? "ledger-entries" : "payouts"}-${day(row.fromDate)}-to-${day(row.toDate)}.csv`;
