import { Prisma } from "@/generated/prisma/client";
import type { LedgerExportKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { CSV_BOM, centsToDecimal, csvRow } from "@/lib/documents/csv";

// The rows of an admin export, read page by page with a keyset cursor (created at, id) so that an
// export of a year holds one page in memory at a time, never the table. Each page becomes CSV text
// as soon as it is read; the caller streams it to storage.

export const EXPORT_PAGE_SIZE = 1_000;

type Range = { start: Date; end: Date };

const LEDGER_HEADER = [
  "Booked at (UTC)",
  "Transaction id",
  "Transaction kind",
  "Idempotency key",
  "Description",
  "Entry id",
  "Account code",
  "Account type",
  "Contract id",
  "Milestone id",
  "Currency",
  "Amount (cents)",
  "Amount",
];

const PAYOUT_HEADER = [
  "Created at (UTC)",
  "Booked at (UTC)",
  "Transfer id",
  "Status",
  "Stripe transfer id",
  "Expert profile id",
  "Expert",
  "Contract id",
  "Contract",
  "Milestone id",
  "Milestone",
  "Currency",
  "Released (cents)",
  "Platform fee (cents)",
  "Paid to expert (cents)",
  "Paid to expert",
];

type LedgerRow = {
  createdAt: Date;
  transactionId: string;
  kind: string;
  idempotencyKey: string;
  description: string;
  entryId: string;
  code: string;
  type: string;
  contractId: string | null;
  milestoneId: string | null;
  currency: string;
  amountCents: number;
};

type PayoutRow = {
  createdAt: Date;
  bookedAt: Date | null;
  id: string;
  status: string;
  stripeTransferId: string | null;
  expertProfileId: string;
  expertName: string;
  contractId: string;
  contractTitle: string;
  milestoneId: string;
  milestoneTitle: string;
  currency: string;
  amountCents: number;
  feeCents: number;
};

async function* ledgerEntryPages({ start, end }: Range, pageSize: number) {
  let cursor: { createdAt: Date; transactionId: string; entryId: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor
      ? Prisma.sql`AND (t."createdAt", t.id, e.id) > (${cursor.createdAt}, ${cursor.transactionId}, ${cursor.entryId})`
      : Prisma.empty;
    const rows: LedgerRow[] = await db.$queryRaw<LedgerRow[]>(Prisma.sql`
      SELECT t."createdAt", t.id AS "transactionId", t.kind, t."idempotencyKey", t.description, e.id AS "entryId",
        a.code, a.type::text AS type, t."contractId", t."milestoneId", e.currency, e."amountCents"
      FROM ledger_transactions t
      JOIN ledger_entries e ON e."transactionId" = t.id
      JOIN ledger_accounts a ON a.id = e."accountId"
      WHERE t."createdAt" >= ${start} AND t."createdAt" < ${end} ${after}
      ORDER BY t."createdAt", t.id, e.id
      LIMIT ${pageSize}`);
    if (!rows.length) return;
    yield rows.map((row) =>
      csvRow([
        row.createdAt.toISOString(),
        row.transactionId,
        row.kind,
        row.idempotencyKey,
        row.description,
        row.entryId,
        row.code,
        row.type,
        row.contractId,
        row.milestoneId,
        row.currency,
        row.amountCents,
        centsToDecimal(row.amountCents),
      ]),
    );
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { createdAt: last.createdAt, transactionId: last.transactionId, entryId: last.entryId };
  }
}

async function* payoutPages({ start, end }: Range, pageSize: number) {
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor ? Prisma.sql`AND (tr."createdAt", tr.id) > (${cursor.createdAt}, ${cursor.id})` : Prisma.empty;
    const rows: PayoutRow[] = await db.$queryRaw<PayoutRow[]>(Prisma.sql`
      SELECT tr."createdAt", lt."createdAt" AS "bookedAt", tr.id, tr.status::text AS status, tr."stripeTransferId",
        c."expertProfileId", u.name AS "expertName", c.id AS "contractId", c.title AS "contractTitle",
        m.id AS "milestoneId", m.title AS "milestoneTitle", tr.currency, tr."amountCents", tr."feeCents"
      FROM transfers tr
      JOIN milestones m ON m.id = tr."milestoneId"
      JOIN contracts c ON c.id = m."contractId"
      JOIN expert_profiles p ON p.id = c."expertProfileId"
      JOIN users u ON u.id = p."userId"
      LEFT JOIN ledger_transactions lt ON lt."idempotencyKey" = tr."idempotencyKey"
      WHERE tr."createdAt" >= ${start} AND tr."createdAt" < ${end} ${after}
      ORDER BY tr."createdAt", tr.id
      LIMIT ${pageSize}`);
    if (!rows.length) return;
    yield rows.map((row) =>
      csvRow([
        row.createdAt.toISOString(),
        row.bookedAt?.toISOString() ?? "",
        row.id,
        row.status,
        row.stripeTransferId,
        row.expertProfileId,
        row.expertName,
        row.contractId,
        row.contractTitle,
        row.milestoneId,
        row.milestoneTitle,
        row.currency,
        row.amountCents + row.feeCents,
        row.feeCents,
        row.amountCents,
        centsToDecimal(row.amountCents),
      ]),
    );
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

/**
 * The export as CSV chunks: the byte order mark and header first, then one chunk per page of rows.
 * `onPage` hears the running row count after each page (the progress shown to the admin).
 */
export async function* exportCsvChunks(
  kind: LedgerExportKind,
  range: Range,
  options: { pageSize?: number; onPage?: (rowsDone: number) => Promise<void> } = {},
): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  yield CSV_BOM + csvRow(kind === "LEDGER_ENTRIES" ? LEDGER_HEADER : PAYOUT_HEADER);
  let rowsDone = 0;
  const pages = kind === "LEDGER_ENTRIES" ? ledgerEntryPages(range, pageSize) : payoutPages(range, pageSize);
  for await (const page of pages) {
    rowsDone += page.length;
    yield page.join("");
    await options.onPage?.(rowsDone);
  }
}
