import { Prisma } from "@/generated/prisma/client";
import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, conflict, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { clientSideWhere } from "@/lib/parties/sides";
import { openCheckout } from "@/lib/payments/open-checkout";
import { assertCan } from "@/lib/teams/assert-can";
import type { PayBonusInput } from "./schemas";

// A bonus is a milestone row of kind BONUS, paid through the same Checkout path as any milestone and
// released to the expert the moment Stripe confirms the charge (record-payment.ts), fee deducted. It is
// on top of the contract's total. A contract completed less than 30 days ago can still get one.

export const BONUS_AFTER_COMPLETION_DAYS = 30;
const DAY_MS = 86_400_000;

/** A bonus is more than nothing and at most BONUS_MAX_CENTS; the message speaks in the contract's currency. */
export function assertBonusAmount(amountCents: number, currency: string) {
  const max = env().BONUS_MAX_CENTS;
  const message = amountCents <= 0 ? "A bonus must be more than zero." : amountCents > max ? `A bonus can be at most ${formatMoney(max, currency)}.` : null;
  if (message) throw new AppError("BAD_REQUEST", message, { fields: { amountCents: [message] } });
}

export async function payBonus(options: { user: SessionUser; contractId: string; input: PayBonusInput; now: Date }) {
  const { user, contractId, input, now } = options;
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only the client's company can pay a bonus.");
  assertCan(user, "manageContracts");
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...clientSideWhere(user, "manageContracts") },
    select: {
      id: true,
      title: true,
      status: true,
      currency: true,
      completedAt: true,
      expertProfile: { select: { payoutsEnabled: true, user: { select: { name: true } } } },
    },
  });
  if (!contract) throw notFound("Contract");
  assertBonusAmount(input.amountCents, contract.currency);
  const isRecentlyCompleted =
    contract.status === "COMPLETED" && contract.completedAt && now.getTime() - contract.completedAt.getTime() <= BONUS_AFTER_COMPLETION_DAYS * DAY_MS;
  if (contract.status !== "ACTIVE" && !isRecentlyCompleted) {
    throw conflict(`A bonus can be paid while the contract is active, or within ${BONUS_AFTER_COMPLETION_DAYS} days of its completion.`);
  }
  await requireVerifiedEmail(db, user.id);
  if (!contract.expertProfile.payoutsEnabled) {
    throw conflict(`${contract.expertProfile.user.name} has not finished setting up payouts with Stripe yet; pay the bonus once they have.`);
  }

  const bonus = await db.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT id FROM contracts WHERE id = ${contract.id} FOR UPDATE`);
    // The same bonus asked for again (a double click, a second try after closing the payment page) reuses its row and page.
    const open = await tx.milestone.findFirst({
      where: { contractId: contract.id, kind: "BONUS", status: { in: ["PENDING", "FUNDING"] }, amountCents: input.amountCents, description: input.note },
      select: { id: true, title: true },
    });
    if (open) {
      await tx.milestone.updateMany({ where: { id: open.id, status: "PENDING" }, data: { status: "FUNDING", fundingFailureReason: null } });
      return open;
    }
    const last = await tx.milestone.aggregate({ where: { contractId: contract.id }, _max: { position: true } });
    const created = await tx.milestone.create({
      data: {
        contractId: contract.id,
        position: (last._max.position ?? -1) + 1,
        kind: "BONUS",
        title: "Bonus",
        description: input.note,
        amountCents: input.amountCents,
        currency: contract.currency,
        status: "FUNDING",
      },
      select: { id: true, title: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "bonus.started",
      targetType: "Milestone",
      targetId: created.id,
      data: { contractId: contract.id, amountCents: input.amountCents },
    });
    return created;
  });
  const checkout = await openCheckout({
    id: bonus.id,
    title: bonus.title,
    amountCents: input.amountCents,
    currency: contract.currency,
    contract: { id: contract.id, title: contract.title },
  });
  return { ...checkout, milestoneId: bonus.id };
}
