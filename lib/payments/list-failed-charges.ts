import { db } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import type { SessionUser } from "@/lib/sessions/session-user";
import { assertAdmin } from "./access";

const FAILED_CHARGE = { status: "FAILED" as const, idempotencyKey: { startsWith: "charge:" } };

/** Charges to saved cards that were declined and have not gone through since, oldest first: what admins chase. */
export async function listFailedCharges({ user }: { user: SessionUser }) {
  assertAdmin(user);
  const milestones = await db.milestone.findMany({
    where: { status: "PENDING", payments: { some: FAILED_CHARGE } },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      amountCents: true,
      currency: true,
      fundingFailureReason: true,
      nextChargeAt: true,
      contract: { select: { id: true, title: true, chargesFailingSince: true, company: { select: { id: true, name: true } } } },
      payments: { where: { idempotencyKey: { startsWith: "charge:" } }, orderBy: { createdAt: "desc" }, select: { failureReason: true, updatedAt: true } },
    },
  });
  return milestones.map((milestone) => ({
    milestoneId: milestone.id,
    milestoneTitle: milestone.title,
    kind: milestone.kind,
    company: milestone.contract.company,
    contract: { id: milestone.contract.id, title: milestone.contract.title },
    amountText: formatMoney(milestone.amountCents, milestone.currency),
    attempts: milestone.payments.length,
    lastReason: milestone.payments[0]?.failureReason ?? milestone.fundingFailureReason ?? "Declined",
    lastAttemptAt: milestone.payments[0]?.updatedAt ?? null,
    nextRetryAt: milestone.nextChargeAt,
    failingSince: milestone.contract.chargesFailingSince,
  }));
}

export type FailedChargeRow = Awaited<ReturnType<typeof listFailedCharges>>[number];
