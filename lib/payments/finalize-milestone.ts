import { now as clockNow } from "@/lib/clock";
import { db, type Transaction } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { milestoneRefundedWording, milestoneReleasedWording, notifyBothSides } from "@/lib/notifications/party-messages";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { SETTLED_MILESTONE_STATUSES } from "./money-states";

/**
 * Once Stripe has confirmed everything decided for a milestone (no Transfer or Refund row pending),
 * both sides hear about it, and the contract moves on: back to ACTIVE when no dispute is open,
 * COMPLETED when every milestone is settled and nothing is pending anywhere (CANCELLED if all were refunded);
 * an hourly contract stays ACTIVE.
 */
export async function finalizeMilestone(milestoneId: string, { shouldAnnounce }: { shouldAnnounce: boolean }) {
  await db.$transaction(async (tx) => {
    const milestone = await tx.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: {
        id: true,
        title: true,
        status: true,
        contractId: true,
        transfers: { select: { status: true } },
        refunds: { select: { status: true } },
        contract: {
          select: { clientUserId: true, company: { select: { name: true } }, expertProfile: { select: { userId: true, user: { select: { name: true } } } } },
        },
      },
    });
    if ([...milestone.transfers, ...milestone.refunds].some((row) => row.status === "PENDING")) return;
    const recipients = {
      client: await companyRecipients(tx, { contractId: milestone.contractId }, ["viewBilling"]),
      expert: [milestone.contract.expertProfile.userId],
    };
    const named = { companyName: milestone.contract.company.name, expertName: milestone.contract.expertProfile.user.name, milestoneTitle: milestone.title };
    const link = `/contracts/${milestone.contractId}`;
    if (shouldAnnounce && milestone.status === "RELEASED" && milestone.transfers.some((transfer) => transfer.status === "PAID")) {
      await notifyBothSides(tx, recipients, { kind: "milestone.released", link, dedupeKey: `released:${milestone.id}` }, (side) =>
        milestoneReleasedWording(side, named),
      );
    }
    if (shouldAnnounce && milestone.status === "REFUNDED") {
      await notifyBothSides(tx, recipients, { kind: "milestone.refunded", link, dedupeKey: `refunded:${milestone.id}` }, (side) =>
        milestoneRefundedWording(side, named),
      );
    }
    await updateContractAfterSettlement(tx, milestone.contractId, clockNow());
  });
}

/** After a milestone settles or is removed: unfreeze, then complete (or cancel, when nothing was ever released). */
export async function updateContractAfterSettlement(tx: Transaction, contractId: string, now: Date) {
  const openDisputes = await tx.dispute.count({ where: { contractId, status: "OPEN" } });
  if (openDisputes) return;
  await tx.contract.updateMany({ where: { id: contractId, status: "DISPUTED" }, data: { status: "ACTIVE" } });
  // An hourly contract bills week after week: settling one week never ends it, until the contract is
  // ended, and then only once every week with hours logged is billed and settled. An ended contract's
  // unfunded fixed milestones are cancelled: they hold nothing and wait for nothing. Nor does a bonus
  // whose payment was never completed. A week's charge still in progress is waited for.
  const { endedAt, billing } = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { endedAt: true, billing: true } });
  if (billing === "HOURLY" && !endedAt) return;
  const unpaidOrCancelled = { status: { in: ["PENDING" as const, "FUNDING" as const] } };
  const unsettled = await tx.milestone.count({
    where: {
      contractId,
      status: { notIn: [...SETTLED_MILESTONE_STATUSES] },
      NOT: [{ kind: "BONUS", ...unpaidOrCancelled }, ...(endedAt ? [{ kind: "FIXED" as const, ...unpaidOrCancelled }] : [])],
    },
  });
  const weeksToBill =
    billing === "HOURLY"
      ? await tx.timesheetWeek.count({
          where: { contractId, milestoneId: null, OR: [{ status: { in: ["OPEN", "IN_REVIEW"] }, totalMinutes: { gt: 0 } }, { amountCents: { gt: 0 } }] },
        })
      : 0;
  const pending =
    (await tx.transfer.count({ where: { milestone: { contractId }, status: "PENDING" } })) +
    (await tx.refund.count({ where: { milestone: { contractId }, status: "PENDING" } })) +
    (await tx.trialPayout.count({ where: { contractId, status: "PENDING" } }));
  if (unsettled || pending || weeksToBill) return;
  const released = await tx.milestone.count({ where: { contractId, OR: [{ status: "RELEASED" }, { releasedCents: { gt: 0 } }] } });
  if (!released) {
    await tx.contract.updateMany({ where: { id: contractId, status: "ACTIVE" }, data: { status: "CANCELLED", cancelledAt: now } });
    return;
  }
  const { count } = await tx.contract.updateMany({ where: { id: contractId, status: "ACTIVE" }, data: { status: "COMPLETED", completedAt: now } });
  if (!count) return;
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: { title: true, requestId: true, clientUserId: true, expertProfileId: true, endReason: true },
  });
  await tx.expertProfile.update({ where: { id: contract.expertProfileId }, data: { completedContracts: { increment: 1 } } });
  // Ended as not the right fit, the request stays open: the client may ask for a replacement.
  if (contract.endReason !== "NOT_A_FIT") {
    await tx.hiringRequest.updateMany({ where: { id: contract.requestId, status: "HIRED" }, data: { status: "CLOSED", closedAt: now } });
  }
  await notifyUsers(tx, await companyRecipients(tx, { contractId }, ["manageContracts"]), {
    kind: "contract.completed",
    title: `Completed: ${contract.title}`,
    body: "Every milestone is settled. Rate your expert: your review helps other companies hire and feeds matching.",
    link: `/contracts/${contractId}`,
    dedupeKey: `completed:${contractId}`,
  });
}
