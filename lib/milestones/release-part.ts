import { Prisma } from "@/generated/prisma/client";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { notifyBothSides, partReleasedWording } from "@/lib/notifications/party-messages";
import { splitRelease } from "@/lib/payments/fees";
import { enqueueSettleJob } from "@/lib/payments/queue-settlement";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { clientMilestoneWhere } from "./access";
import { describeMilestoneStatus } from "./transitions";

// The client releases part of a funded fixed milestone ahead of the rest: a transfer of that part
// (minus the fee on that part) with the milestone's charge as its source; the rest stays held. The
// milestone counts what it released so far (releasedCents), and every later release, refund or split
// moves only what is still held. The row lock and the guarded update make concurrent partial releases
// line up: together they never exceed what is held.

const PART_RELEASABLE = ["FUNDED", "SUBMITTED"] as const;

/** What a milestone still holds for the expert or a refund. */
export const heldCents = (milestone: { amountCents: number; releasedCents: number }) => milestone.amountCents - milestone.releasedCents;

type PartRelease = { user: SessionUser; milestoneId: string; amountCents: number; now: Date };

export async function releasePart(options: PartRelease) {
  const found = await db.milestone.findFirst({ where: clientMilestoneWhere(options.user, options.milestoneId, "approveWork"), select: { id: true } });
  if (!found) throw notFound("Milestone");
  const part = await decidePartRelease(options);
  await settleMilestone(options.milestoneId);
  return { milestoneId: options.milestoneId, releasedCents: options.amountCents, ...part };
}

/** The decision, committed before any Stripe call: the released-so-far count and the PENDING transfer with its key, and the settle job. */
export async function decidePartRelease({ user, milestoneId, amountCents, now }: PartRelease) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw(Prisma.sql`SELECT id FROM milestones WHERE id = ${milestoneId} FOR UPDATE`);
    const milestone = await tx.milestone.findUniqueOrThrow({
      where: { id: milestoneId },
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        amountCents: true,
        releasedCents: true,
        currency: true,
        contractId: true,
        contract: {
          select: {
            status: true,
            title: true,
            platformFeeBps: true,
            company: { select: { name: true } },
            expertProfile: { select: { userId: true, user: { select: { name: true } } } },
          },
        },
        payments: { where: { status: "SUCCEEDED" }, take: 1, select: { id: true } },
      },
    });
    if (milestone.kind !== "FIXED") throw conflict("Only a fixed-price milestone can be released in parts.");
    if (milestone.contract.status !== "ACTIVE") throw conflict("This contract is not active (it may be in dispute): nothing can be released now.");
    if (!(PART_RELEASABLE as readonly string[]).includes(milestone.status) || !milestone.payments[0]) {
      throw conflict(`This milestone is ${describeMilestoneStatus(milestone.status)}, so part of it cannot be released.`);
    }
    const held = heldCents(milestone);
    if (amountCents <= 0 || amountCents >= held) {
      const message =
        amountCents <= 0
          ? "Release an amount greater than zero."
          : `You can release less than the ${formatMoney(held, milestone.currency)} still held; to release all of it, approve the milestone.`;
      throw new AppError("BAD_REQUEST", message, { fields: { amountCents: [message] } });
    }
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, status: { in: [...PART_RELEASABLE] }, releasedCents: milestone.releasedCents },
      data: { releasedCents: { increment: amountCents } },
    });
    if (!count) throw conflict("This milestone changed meanwhile; reload and try again.");
    const partNumber = (await tx.transfer.count({ where: { milestoneId: milestone.id, idempotencyKey: { startsWith: `release-part:${milestone.id}:` } } })) + 1;
    const { feeCents, transferCents } = splitRelease(amountCents, milestone.contract.platformFeeBps);
    await tx.transfer.create({
      data: {
        milestoneId: milestone.id,
        amountCents: transferCents,
        feeCents,
        currency: milestone.currency,
        idempotencyKey: `release-part:${milestone.id}:${partNumber}`,
      },
    });
    await enqueueSettleJob(tx, milestone.id, `part-${partNumber}`, now);
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "milestone.part-released",
      targetType: "Milestone",
      targetId: milestone.id,
      data: { amountCents, feeCents, part: partNumber, stillHeldCents: held - amountCents },
    });
    const amount = formatMoney(amountCents, milestone.currency);
    const { contract } = milestone;
    await notifyBothSides(
      tx,
      { client: await companyRecipients(tx, { contractId: milestone.contractId }, ["viewBilling"]), expert: [contract.expertProfile.userId] },
      { kind: "milestone.part-released", link: `/contracts/${milestone.contractId}`, dedupeKey: `part-released:${milestone.id}:${partNumber}` },
      (side) =>
        partReleasedWording(side, {
          companyName: contract.company.name,
          expertName: contract.expertProfile.user.name,
          milestoneTitle: milestone.title,
          contractTitle: contract.title,
          amount,
          stillHeld: formatMoney(held - amountCents, milestone.currency),
        }),
    );
    return { partNumber, feeCents, transferCents, heldCents: held - amountCents };
  });
}
