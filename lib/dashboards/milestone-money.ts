import type { Prisma } from "@/generated/prisma/client";
import type { MilestoneStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { DUPLICATE_PAYMENT } from "@/lib/payments/refund-reasons";
import { sumByCurrency } from "./tally";

export type MilestoneMoney = {
  currency: string;
  inEscrowCents: number;
  releasedCents: number;
  refundedCents: number;
};

type Bucket = Exclude<keyof MilestoneMoney, "currency">;
const BUCKETS: readonly Bucket[] = ["inEscrowCents", "releasedCents", "refundedCents"];

// Money is held by Vetted from funding until release or refund, including while changes are
// requested or a dispute is open: escrow = funded − released − refunded.
const BUCKET_OF_STATUS: Record<MilestoneStatus, Bucket | null> = {
  PENDING: null,
  FUNDING: null,
  FUNDED: "inEscrowCents",
  SUBMITTED: "inEscrowCents",
  CHANGES_REQUESTED: "inEscrowCents",
  DISPUTED: "inEscrowCents",
  RELEASED: "releasedCents",
  REFUNDED: "refundedCents",
};

const COUNTED_STATUSES = (Object.keys(BUCKET_OF_STATUS) as MilestoneStatus[]).filter((status) => BUCKET_OF_STATUS[status]);

/** Held, released and refunded milestone amounts per currency, for the milestones `where` selects. */
export async function sumMilestoneMoney(where: Prisma.MilestoneWhereInput): Promise<MilestoneMoney[]> {
  const [rows, splitRefunds] = await Promise.all([
    db.milestone.groupBy({
      by: ["currency", "status"],
      where: { AND: [where, { status: { in: COUNTED_STATUSES } }] },
      _sum: { amountCents: true },
    }),
    // A dispute split releases part of a milestone and refunds the rest: move that part from released to refunded.
    db.refund.groupBy({
      by: ["currency"],
      where: { milestone: { AND: [where, { status: "RELEASED" }] }, status: { not: "FAILED" }, OR: [{ reason: null }, { reason: { not: DUPLICATE_PAYMENT } }] },
      _sum: { amountCents: true },
    }),
  ]);
  return sumByCurrency(BUCKETS, [
    ...rows.map((row) => ({ currency: row.currency, bucket: BUCKET_OF_STATUS[row.status], cents: row._sum.amountCents })),
    ...splitRefunds.flatMap((row) => [
      { currency: row.currency, bucket: "releasedCents" as const, cents: -(row._sum.amountCents ?? 0) },
      { currency: row.currency, bucket: "refundedCents" as const, cents: row._sum.amountCents },
    ]),
  ]);
}
