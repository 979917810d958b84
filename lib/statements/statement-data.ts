import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { monthBounds } from "./months";

// What an expert's statement says about one calendar month (UTC), read from the ledger only:
// every ledger transaction of the expert's contracts in the month (funding held by Vetted, releases
// split into gross, platform fee and net, refunds to the client), every payout (the Stripe transfer
// to the expert's connected account, dated when it was booked), and per currency the balance Vetted
// held for the expert's contracts (their escrow) at the start and end of the month.
// opening + funded − released (gross) − refunded = closing, to the cent, by the ledger's construction.

/** Part of every statement's fingerprint: a new layout or column set makes every statement rebuild once. */
export const STATEMENT_FORMAT_VERSION = 1;

export type StatementLineKind = "funding" | "release" | "refund";

export type StatementLine = {
  date: Date;
  kind: StatementLineKind;
  transactionId: string;
  contractId: string;
  contractTitle: string;
  milestoneTitle: string;
  currency: string;
  /** Funding: what the client paid in; release: the released amount; refund: what went back to the client. */
  grossCents: number;
  feeCents: number;
  /** What the expert received: a release's gross minus its fee (0 for funding and refunds). */
  netCents: number;
  /** How the balance held by Vetted moved (+ funding, − release, − refund). */
  heldChangeCents: number;
};

export type StatementPayout = {
  date: Date;
  transferId: string;
  contractTitle: string;
  milestoneTitle: string;
  currency: string;
  amountCents: number;
  status: "PENDING" | "PAID" | "REVERSED" | "FAILED";
  stripeTransferId: string | null;
};

export type StatementTotals = {
  currency: string;
  openingHeldCents: number;
  fundedCents: number;
  releasedCents: number;
  feesCents: number;
  netCents: number;
  refundedCents: number;
  closingHeldCents: number;
  /** Payouts with status PAID: equals netCents, since a release is booked when its transfer is paid. */
  paidOutCents: number;
};

export type StatementData = {
  month: string;
  start: Date;
  end: Date;
  lines: StatementLine[];
  payouts: StatementPayout[];
  totals: StatementTotals[];
};

type LineRow = {
  id: string;
  kind: string;
  createdAt: Date;
  contractId: string;
  contractTitle: string;
  milestoneTitle: string | null;
  currency: string;
  funding: bigint;
  escrow: bigint;
  payable: bigint;
  fee: bigint;
  refunded: bigint;
};

export async function readStatementData(expertProfileId: string, month: string): Promise<StatementData> {
  const { start, end } = monthBounds(month);
  const [lineRows, openingRows, payoutRows] = await Promise.all([
    db.$queryRaw<LineRow[]>(Prisma.sql`
      SELECT t.id, t.kind, t."createdAt", t."contractId", c.title AS "contractTitle", m.title AS "milestoneTitle", e.currency,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_FUNDING'), 0) AS funding,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'ESCROW'), 0) AS escrow,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'EXPERT_PAYABLE'), 0) AS payable,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'PLATFORM_REVENUE'), 0) AS fee,
        coalesce(sum(e."amountCents") FILTER (WHERE a.type = 'CLIENT_REFUNDS'), 0) AS refunded
      FROM ledger_transactions t
      JOIN contracts c ON c.id = t."contractId"
      LEFT JOIN milestones m ON m.id = t."milestoneId"
      JOIN ledger_entries e ON e."transactionId" = t.id
      JOIN ledger_accounts a ON a.id = e."accountId"
      WHERE c."expertProfileId" = ${expertProfileId} AND t."createdAt" >= ${start} AND t."createdAt" < ${end}
      GROUP BY t.id, c.title, m.title, e.currency
      ORDER BY t."createdAt", t.id`),
    db.$queryRaw<{ currency: string; held: bigint }[]>(Prisma.sql`
      SELECT a.currency, sum(e."amountCents") AS held
      FROM ledger_entries e
      JOIN ledger_accounts a ON a.id = e."accountId"
      JOIN ledger_transactions t ON t.id = e."transactionId"
      JOIN contracts c ON c.id = a."contractId"
      WHERE a.type = 'ESCROW' AND c."expertProfileId" = ${expertProfileId} AND t."createdAt" < ${start}
      GROUP BY a.currency`),
    db.$queryRaw<(Omit<StatementPayout, "status"> & { status: StatementPayout["status"] })[]>(Prisma.sql`
      SELECT * FROM (
        SELECT tr.id AS "transferId", coalesce(lt."createdAt", tr."createdAt") AS date, c.title AS "contractTitle", m.title AS "milestoneTitle",
          tr.currency, tr."amountCents", tr.status::text AS status, tr."stripeTransferId"
        FROM transfers tr
        JOIN milestones m ON m.id = tr."milestoneId"
        JOIN contracts c ON c.id = m."contractId"
        LEFT JOIN ledger_transactions lt ON lt."idempotencyKey" = tr."idempotencyKey"
        WHERE c."expertProfileId" = ${expertProfileId}
      ) payouts
      WHERE date >= ${start} AND date < ${end}
      ORDER BY date, "transferId"`),
  ]);

  const lines = lineRows.map(toLine);
  const totals = new Map<string, StatementTotals>();
  const totalsOf = (currency: string) => {
    let total = totals.get(currency);
    if (!total) {
      total = {
        currency,
        openingHeldCents: 0,
        fundedCents: 0,
        releasedCents: 0,
        feesCents: 0,
        netCents: 0,
        refundedCents: 0,
        closingHeldCents: 0,
        paidOutCents: 0,
      };
      totals.set(currency, total);
    }
    return total;
  };
  for (const row of openingRows) totalsOf(row.currency).openingHeldCents = Number(row.held);
  for (const line of lines) {
    const total = totalsOf(line.currency);
    if (line.kind === "funding") total.fundedCents += line.grossCents;
    if (line.kind === "release") {
      total.releasedCents += line.grossCents;
      total.feesCents += line.feeCents;
      total.netCents += line.netCents;
    }
    if (line.kind === "refund") total.refundedCents += line.grossCents;
  }
  for (const payout of payoutRows) if (payout.status === "PAID") totalsOf(payout.currency).paidOutCents += payout.amountCents;
  for (const total of totals.values()) {
    total.closingHeldCents = total.openingHeldCents + total.fundedCents - total.releasedCents - total.refundedCents;
  }
  return {
    month,
    start,
    end,
    lines,
    payouts: payoutRows,
    totals: [...totals.values()].sort((left, right) => left.currency.localeCompare(right.currency)),
  };
}

function toLine(row: LineRow): StatementLine {
  const [funding, escrow, payable, fee, refunded] = [row.funding, row.escrow, row.payable, row.fee, row.refunded].map(Number);
  // A trial payout reaches the expert like a release, from Vetted's own balance and with no fee.
  const isTrialPayout = row.kind === "trial-payout";
  const kind: StatementLineKind = isTrialPayout ? "release" : row.kind === "release" || row.kind === "refund" ? row.kind : "funding";
  const gross = kind === "funding" ? -funding : kind === "release" ? payable + fee : refunded;
  return {
    date: row.createdAt,
    kind,
    transactionId: row.id,
    contractId: row.contractId,
    contractTitle: row.contractTitle,
    milestoneTitle: row.milestoneTitle ?? (isTrialPayout ? "Trial payout (paid by Vetted)" : ""),
    currency: row.currency,
    grossCents: gross,
    feeCents: kind === "release" ? fee : 0,
    netCents: kind === "release" ? payable : 0,
    heldChangeCents: escrow,
  };
}

/** Changes whenever anything the statement shows changes (a late booking, a payout's status, a new format). */
export function statementFingerprint(data: StatementData) {
  const content = JSON.stringify({ version: STATEMENT_FORMAT_VERSION, lines: data.lines, payouts: data.payouts, totals: data.totals });
  return createHash("sha256").update(content).digest("hex");
}
