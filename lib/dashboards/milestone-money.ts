import type { Prisma } from "@/generated/prisma/client";
import type { MilestoneStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
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
  const rows = await db.milestone.groupBy({
    by: ["currency", "status"],
    where: { AND: [where, { status: { in: COUNTED_STATUSES } }] },
    _sum: { amountCents: true },
  });
  return sumByCurrency(
    BUCKETS,
    rows.map((row) => ({ currency: row.currency, bucket: BUCKET_OF_STATUS[row.status], cents: row._sum.amountCents })),
  );
}
