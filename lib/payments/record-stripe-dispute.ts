import { db } from "@/lib/db";
import { notifyAdmins } from "@/lib/notifications/notify";
import type { Stripe } from "@/lib/stripe";

/** A chargeback (charge.dispute.created): the contract freezes and admins are alerted. Idempotent by Stripe's dispute id. */
export async function recordStripeDispute(stripeDispute: Stripe.Dispute) {
  const chargeId = typeof stripeDispute.charge === "string" ? stripeDispute.charge : stripeDispute.charge.id;
  const payment = await db.payment.findUnique({
    where: { stripeChargeId: chargeId },
    select: { milestoneId: true, milestone: { select: { contractId: true, title: true, contract: { select: { title: true } } } } },
  });
  if (!payment) return;
  await db.$transaction(async (tx) => {
    const created = await tx.dispute.createMany({
      data: [
        {
          contractId: payment.milestone.contractId,
          milestoneId: payment.milestoneId,
          reason: `Card dispute (chargeback): ${stripeDispute.reason}`,
          stripeDisputeId: stripeDispute.id,
        },
      ],
      skipDuplicates: true,
    });
    if (!created.count) return;
    await tx.contract.updateMany({ where: { id: payment.milestone.contractId, status: { in: ["ACTIVE", "COMPLETED"] } }, data: { status: "DISPUTED" } });
    await tx.milestone.updateMany({
      where: { id: payment.milestoneId, status: { in: ["FUNDED", "SUBMITTED", "CHANGES_REQUESTED"] } },
      data: { status: "DISPUTED", autoReleaseAt: null },
    });
    await notifyAdmins(tx, {
      kind: "dispute.chargeback",
      title: `Chargeback on ${payment.milestone.contract.title}`,
      body: `The client's bank disputes the payment for "${payment.milestone.title}" (${stripeDispute.reason}). The contract is frozen; respond in Stripe and resolve it here.`,
      link: "/admin/disputes",
      dedupeKey: `chargeback:${stripeDispute.id}`,
    });
  });
}
